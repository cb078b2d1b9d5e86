import { ApiError, get, PermissionMap, send, Session } from './api.js';
import { h, replace, select } from './dom.js';
import { renderOrganizations } from './admin.js';
import { renderApiKeys, renderInvitations, renderMembers, renderRoles, renderSettings } from './pages.js';
import { SIGN_IN_PATH } from './signin.js';

/** What a page of the console knows: who is calling and what /me/permissions says they may do. */
export interface Context {
  session: Session;
  permissions: PermissionMap | null;
  /** true when the caller holds the permission (the server still decides every call). */
  can(permission: string): boolean;
  isAdmin(): boolean;
}

interface Section {
  id: string;
  title: string;
  shown(context: Context): boolean;
  render(main: HTMLElement, context: Context): Promise<void>;
}

const SECTIONS: Section[] = [
  { id: 'members', title: 'Members', shown: c => c.can('users.read'), render: renderMembers },
  { id: 'roles', title: 'Roles', shown: c => c.can('roles.read'), render: renderRoles },
  { id: 'invitations', title: 'Invitations', shown: c => c.can('users.read'), render: renderInvitations },
  { id: 'api-keys', title: 'API keys', shown: c => c.isAdmin(), render: renderApiKeys },
  { id: 'settings', title: 'Settings', shown: c => c.permissions !== null, render: renderSettings },
  { id: 'organizations', title: 'All organizations', shown: c => c.session.user.superAdmin, render: renderOrganizations },
];

export async function renderConsole(app: HTMLElement): Promise<void> {
  document.title = 'Console · orgkit';
  let session: Session;
  try {
    session = await get<Session>('api/auth/session');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      location.replace(SIGN_IN_PATH);
      return;
    }
    throw error;
  }
  let permissions: PermissionMap | null = null;
  if (session.organizationId) {
    permissions = await get<PermissionMap>('api/organizations/me/permissions');
  }
  const context: Context = {
    session,
    permissions,
    can: permission => permissions?.permissions[permission] === true,
    isAdmin: () => permissions?.role === 'Admin',
  };
  const main = h('main', { id: 'main', class: 'page', tabindex: '-1' });
  const nav = h('nav', { 'aria-label': 'Console' });
  replace(app, h('a', { class: 'skip', href: '#main' }, 'Skip to content'), topBar(context), nav, main);
  const route = async () => {
    const visible = SECTIONS.filter(section => section.shown(context));
    const wanted = location.hash.slice(1);
    const section = visible.find(s => s.id === wanted) ?? visible[0];
    replace(nav, h('ul', {}, visible.map(s => h('li', {},
      h('a', { href: `#${s.id}`, 'aria-current': s === section ? 'page' : null }, s.title)))));
    if (!section) {
      replace(main, h('h1', {}, 'No organization yet'),
        h('p', {}, context.session.memberships.length > 0
          ? 'Choose an organization in the list above.'
          : 'You belong to no organization. Ask an Admin for an invitation.'));
      return;
    }
    document.title = `${section.title} · orgkit`;
    replace(main, h('p', { class: 'hint' }, 'Loading…'));
    try {
      await section.render(main, context);
    } catch (error) {
      replace(main, h('h1', {}, section.title), h('p', { class: 'status error', role: 'alert' },
        error instanceof Error ? error.message : String(error)));
    }
  };
  window.addEventListener('hashchange', () => void route());
  await route();
}

function topBar(context: Context): HTMLElement {
  const { session } = context;
  const current = session.memberships.find(m => m.organizationId === session.organizationId);
  const choices = session.memberships.map(m => ({ value: m.organizationId, label: `${m.name} (${m.role})` }));
  if (!current && choices.length > 0) {
    choices.unshift({ value: '', label: 'Choose an organization' });
  }
  const switcher = choices.length > 0
    ? select(choices, session.organizationId ?? '', { id: 'organization-switcher', 'aria-label': 'Active organization' })
    : null;
  switcher?.addEventListener('change', async () => {
    if (!switcher.value) {
      return;
    }
    await send('PUT', 'api/auth/session/organization', { organizationId: switcher.value });
    location.hash = '';
    location.reload();
  });
  const signOut = h('button', {
    type: 'button', onclick: async () => {
      await send('POST', 'api/auth/logout');
      location.assign(SIGN_IN_PATH);
    },
  }, 'Sign out');
  return h('header', { class: 'topbar' },
    h('span', { class: 'brand' }, 'orgkit'),
    switcher ? h('label', { class: 'switcher' }, h('span', { class: 'visually-hidden' }, 'Organization'), switcher) : null,
    h('span', { class: 'who' }, session.user.email,
      current ? ` · ${context.permissions?.role ?? current.role}` : '',
      session.user.superAdmin ? ' · Super Admin' : ''),
    signOut);
}
