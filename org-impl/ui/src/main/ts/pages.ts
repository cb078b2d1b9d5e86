import { ApiError, ApiKey, call, get, Invitation, Member, Organization, Page, query, Role, send } from './api.js';
import type { Context } from './console.js';
import { date, field, h, input, replace, select, status } from './dom.js';

/** A table that turns into labelled rows at phone width (each cell carries its column's name). */
export function table(caption: string, columns: string[], rows: (Node | string)[][]): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.length === 0
      ? h('tr', {}, h('td', { colspan: columns.length }, 'Nothing here yet.'))
      : rows.map(row => h('tr', {}, row.map((cell, i) => h('td', { 'data-label': columns[i] }, cell)))))));
}

export function explain(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403 && error.problem.missingPermissions?.length) {
      return `Not allowed: you lack ${error.problem.missingPermissions.join(', ')}.`;
    }
    if (error.status === 429) {
      return `${error.problem.detail ?? 'Too many requests'}. Try again in ${error.retryAfter ?? 60} seconds.`;
    }
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** A button that asks to be pressed twice: the second press, on "Confirm …", acts. */
function confirmButton(label: string, confirmLabel: string, action: () => Promise<void>): HTMLElement {
  const wrap = h('span', { class: 'confirm' });
  const first = h('button', { type: 'button', class: 'danger' }, label);
  first.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'danger' }, confirmLabel);
    const no = h('button', { type: 'button' }, 'Cancel');
    yes.addEventListener('click', () => void action());
    no.addEventListener('click', () => replace(wrap, first));
    replace(wrap, yes, no);
    yes.focus();
  });
  wrap.append(first);
  return wrap;
}

async function roleNames(base: string, context: Context | null): Promise<string[]> {
  if (context && !context.can('roles.read')) {
    return ['Admin', 'Member', 'Viewer'];
  }
  const roles = await get<Role[] | Page<Role>>(`${base}/roles?limit=100`);
  return (Array.isArray(roles) ? roles : roles.data).map(r => r.name);
}

// ---- Members -------------------------------------------------------------------------------------------------------

export async function renderMembers(main: HTMLElement, context: Context, base = 'api/organizations'): Promise<void> {
  const message = status();
  const search = input({ type: 'search', name: 'q', autocomplete: 'off' });
  const list = h('div');
  const roles = await roleNames(base, context);
  const cursors: (string | null)[] = [null];
  const load = async (cursor: string | null) => {
    const page = await get<Page<Member>>(`${base}/members${query({ q: search.value.trim(), cursor, limit: '20' })}`);
    const rows = page.data.map(member => [
      member.name,
      member.email,
      context.can('users.update') ? roleSelect(member, roles, base, message) : member.role,
      date(member.joinedAt),
      context.can('users.delete')
        ? confirmButton('Remove', `Confirm removing ${member.email}`, async () => {
          try {
            await send('DELETE', `${base}/members/${member.id}`);
            message.show(`${member.email} was removed.`, 'ok');
            await load(cursor);
          } catch (error) {
            message.show(lastAdminOr(error, member));
          }
        })
        : '',
    ]);
    const next = page.nextCursor;
    replace(list, table('Members', ['Name', 'Email', 'Role', 'Joined', 'Actions'], rows),
      h('div', { class: 'pager' },
        cursors.length > 1 ? h('button', { type: 'button', onclick: () => { cursors.pop(); void load(cursors[cursors.length - 1]); } }, 'Previous page') : null,
        next ? h('button', { type: 'button', onclick: () => { cursors.push(next); void load(next); } }, 'Next page') : null));
  };
  const form = h('form', { class: 'toolbar', role: 'search' }, field('Search by name or email', search), h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    cursors.splice(1);
    void load(null);
  });
  replace(main, h('h1', {}, 'Members'), form, message, list);
  await load(null);
}

function lastAdminOr(error: unknown, member: Member): string {
  if (error instanceof ApiError && error.status === 409) {
    return `${member.email} is the organization's last Admin, so they can be neither demoted nor removed: make another member Admin first.`;
  }
  return explain(error);
}

function roleSelect(member: Member, roles: string[], base: string, message: ReturnType<typeof status>): HTMLElement {
  const names = roles.includes(member.role) ? roles : [member.role, ...roles];
  const control = select(names.map(n => ({ value: n, label: n })), member.role, { 'aria-label': `Role of ${member.email}` });
  control.addEventListener('change', async () => {
    try {
      await send('PATCH', `${base}/members/${member.id}`, { role: control.value });
      member.role = control.value;
      message.show(`${member.email} is now ${control.value}.`, 'ok');
    } catch (error) {
      control.value = member.role;
      message.show(lastAdminOr(error, member));
    }
  });
  return control;
}

// ---- Roles ---------------------------------------------------------------------------------------------------------

const SHADOWABLE = ['member', 'viewer'];

export async function renderRoles(main: HTMLElement, context: Context): Promise<void> {
  const message = status();
  const list = h('div');
  const editor = h('div');
  const catalog = Object.keys(context.permissions?.permissions ?? {}).sort();
  const load = async () => {
    const answer = await get<Role[] | Page<Role>>('api/organizations/roles?limit=100');
    const roles = Array.isArray(answer) ? answer : answer.data;
    replace(list, table('Roles', ['Role', 'Kind', 'Permissions', 'Actions'], roles.map(role => [
      h('span', {}, h('strong', {}, role.name), role.description ? h('br') : null, role.description ?? ''),
      role.system ? 'System role' : role.shadowsSystemRole ? `Shadows the system role ${role.name}` : 'Organization role',
      h('span', { class: 'permissions' }, role.permissions.join(', ') || 'none'),
      h('span', { class: 'actions' },
        !role.system && context.can('roles.update')
          ? h('button', { type: 'button', onclick: () => roleForm(role) }, `Edit ${role.name}`) : null,
        !role.system && context.can('roles.delete')
          ? confirmButton(`Delete ${role.name}`, `Confirm deleting ${role.name}`, async () => {
            try {
              await send('DELETE', `api/organizations/roles/${role.id}`);
              message.show(`Role ${role.name} deleted.`, 'ok');
              await load();
            } catch (error) {
              message.show(explain(error));
            }
          }) : null),
    ])));
  };
  const roleForm = (role: Role | null) => {
    const name = input({ type: 'text', name: 'role-name', required: true, maxlength: 100, value: role?.name ?? '', readonly: role !== null });
    const shadowNote = h('p', { class: 'hint', 'aria-live': 'polite' });
    const updateShadow = () => {
      const shadowed = SHADOWABLE.find(s => s === name.value.trim().toLowerCase());
      shadowNote.textContent = shadowed
        ? `This role shadows the system role ${shadowed[0].toUpperCase()}${shadowed.slice(1)}: everyone holding it gets these permissions instead.`
        : '';
    };
    name.addEventListener('input', updateShadow);
    updateShadow();
    const description = input({ type: 'text', name: 'description', maxlength: 500, value: role?.description ?? '' });
    const boxes = catalog.map(permission => {
      const held = context.can(permission);
      const box = input({ type: 'checkbox', name: 'permission', value: permission, checked: role?.permissions.includes(permission) ?? false, disabled: !held });
      box.id = `perm-${permission.replace(/[^a-z0-9]/gi, '-')}`;
      return h('div', { class: 'check' }, box, h('label', { for: box.id }, permission),
        held ? null : h('small', { class: 'hint' }, ' — you do not hold this permission, so you cannot grant it'));
    });
    const form = h('form', { class: 'card' },
      h('h2', {}, role ? `Edit role ${role.name}` : 'Create a role'),
      field('Name', name), shadowNote,
      field('Description', description),
      h('fieldset', {}, h('legend', {}, 'Permissions'), boxes),
      h('button', { type: 'submit', class: 'primary' }, role ? 'Save role' : 'Create role'),
      h('button', { type: 'button', onclick: () => replace(editor) }, 'Cancel'));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const permissions = [...form.querySelectorAll<HTMLInputElement>('input[name=permission]:checked')].map(b => b.value);
      try {
        if (role) {
          await send('PATCH', `api/organizations/roles/${role.id}`, { description: description.value || null, permissions });
          message.show(`Role ${role.name} saved.`, 'ok');
        } else {
          await send('POST', 'api/organizations/roles', { name: name.value.trim(), description: description.value || null, permissions });
          message.show(`Role ${name.value.trim()} created.`, 'ok');
        }
        replace(editor);
        await load();
      } catch (error) {
        message.show(explain(error));
      }
    });
    replace(editor, form);
    name.focus();
  };
  replace(main, h('h1', {}, 'Roles'),
    context.can('roles.create') ? h('button', { type: 'button', class: 'primary', onclick: () => roleForm(null) }, 'New role') : null,
    message, editor, list);
  await load();
}

// ---- Invitations ---------------------------------------------------------------------------------------------------

export async function renderInvitations(main: HTMLElement, context: Context): Promise<void> {
  const message = status();
  const list = h('div');
  const filter = select([{ value: '', label: 'Any status' }, ...['pending', 'accepted', 'revoked', 'expired'].map(s => ({ value: s, label: s }))], '', { name: 'status' });
  const load = async () => {
    const page = await get<Page<Invitation>>(`api/organizations/invitations${query({ status: filter.value, limit: '50' })}`);
    replace(list, table('Invitations', ['Email', 'Role', 'Status', 'Sent', 'Expires', 'Actions'], page.data.map(invitation => [
      invitation.email, invitation.role, invitation.status,
      `${invitation.sendCount}× · last ${date(invitation.lastSentAt)}`,
      date(invitation.expiresAt),
      invitation.status === 'pending' && context.can('users.invite')
        ? h('span', { class: 'actions' },
          h('button', {
            type: 'button', onclick: async () => {
              try {
                await send('POST', `api/organizations/invitations/${invitation.id}`);
                message.show(`Invitation to ${invitation.email} sent again.`, 'ok');
                await load();
              } catch (error) {
                message.show(error instanceof ApiError && error.status === 429
                  ? `The invitation to ${invitation.email} was sent moments ago: it can be re-sent in ${error.retryAfter ?? 60} seconds.`
                  : explain(error));
              }
            },
          }, `Resend to ${invitation.email}`),
          confirmButton('Revoke', `Confirm revoking ${invitation.email}`, async () => {
            try {
              await send('DELETE', `api/organizations/invitations/${invitation.id}`);
              message.show(`Invitation to ${invitation.email} revoked.`, 'ok');
              await load();
            } catch (error) {
              message.show(explain(error));
            }
          }))
        : '',
    ])));
  };
  filter.addEventListener('change', () => void load());
  let inviteForm: HTMLElement | null = null;
  if (context.can('users.invite')) {
    const email = input({ type: 'email', name: 'invite-email', required: true, autocomplete: 'off' });
    const roles = await roleNames('api/organizations', context);
    const role = select(roles.map(r => ({ value: r, label: r })), 'Member', { name: 'invite-role' });
    inviteForm = h('form', { class: 'card toolbar' }, h('h2', {}, 'Invite someone'), field('Email', email), field('Role', role),
      h('button', { type: 'submit', class: 'primary' }, 'Send invitation'));
    inviteForm.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await send('POST', 'api/organizations/invitations', { email: email.value.trim(), role: role.value });
        message.show(`Invitation sent to ${email.value.trim()}.`, 'ok');
        email.value = '';
        await load();
      } catch (error) {
        message.show(explain(error));
      }
    });
  }
  replace(main, h('h1', {}, 'Invitations'), inviteForm, message, h('div', { class: 'toolbar' }, field('Show', filter)), list);
  await load();
}

// ---- API keys ------------------------------------------------------------------------------------------------------

export async function renderApiKeys(main: HTMLElement, context: Context): Promise<void> {
  const message = status();
  const list = h('div');
  const shown = h('div');
  const load = async () => {
    const page = await get<Page<ApiKey>>('api/organizations/api-keys?limit=100');
    replace(list, table('API keys', ['Name', 'Key', 'Role', 'Created by', 'Last used', 'Expires', 'Actions'], page.data.map(key => [
      key.name, h('code', {}, `${key.prefix}…`), key.role, key.createdBy?.email ?? 'the application', date(key.lastUsedAt),
      key.expiresAt ? date(key.expiresAt) : 'never',
      confirmButton(`Revoke ${key.name}`, `Confirm revoking ${key.name}`, async () => {
        try {
          await send('DELETE', `api/organizations/api-keys/${key.id}`);
          message.show(`Key ${key.name} revoked.`, 'ok');
          await load();
        } catch (error) {
          message.show(explain(error));
        }
      }),
    ])));
  };
  const name = input({ type: 'text', name: 'key-name', required: true, maxlength: 100, autocomplete: 'off' });
  const roles = await roleNames('api/organizations', context);
  const role = select(roles.map(r => ({ value: r, label: r })), 'Viewer', { name: 'key-role' });
  const expires = input({ type: 'date', name: 'key-expires' });
  const form = h('form', { class: 'card toolbar' }, h('h2', {}, 'Create an API key'), field('Name', name), field('Role', role),
    field('Expires (optional)', expires), h('button', { type: 'submit', class: 'primary' }, 'Create key'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const body: Record<string, string> = { name: name.value.trim(), role: role.value };
      if (expires.value) {
        body.expiresAt = new Date(`${expires.value}T00:00:00Z`).toISOString().replace('.000', '');
      }
      const created = await send<ApiKey>('POST', 'api/organizations/api-keys', body);
      const secret = input({ type: 'text', readonly: true, value: created.key ?? '', id: 'new-key-secret', class: 'secret' });
      const copy = h('button', {
        type: 'button', onclick: async () => {
          secret.select();
          try {
            await navigator.clipboard.writeText(secret.value);
            copy.textContent = 'Copied';
          } catch {
            copy.textContent = 'Select and copy it by hand';
          }
        },
      }, 'Copy key');
      replace(shown, h('div', { class: 'card secret-box', role: 'alert' },
        h('h2', {}, `Key ${created.name} created`),
        h('p', {}, 'Copy it now: it is shown this once and cannot be read again.'),
        field('The new key', secret), copy,
        h('button', { type: 'button', onclick: () => replace(shown) }, 'I have stored it')));
      name.value = '';
      await load();
    } catch (error) {
      message.show(explain(error));
    }
  });
  replace(main, h('h1', {}, 'API keys'), form, message, shown, list);
  await load();
}

// ---- Settings ------------------------------------------------------------------------------------------------------

export function timeZones(): string[] {
  const zones = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return ['UTC', ...zones.filter(z => z !== 'UTC')];
}

export async function renderSettings(main: HTMLElement, context: Context): Promise<void> {
  await organizationSettings(main, 'api/organizations/me', context.isAdmin(), 'Settings');
}

export async function organizationSettings(main: HTMLElement, path: string, editable: boolean, heading: string): Promise<Organization> {
  const answer = await call<Organization>('GET', path);
  let organization = answer.body;
  let etag = answer.etag;
  const message = status();
  const name = input({ type: 'text', name: 'org-name', required: true, maxlength: 100, value: organization.name });
  const logo = input({ type: 'url', name: 'org-logo', maxlength: 2048, value: organization.logo ?? '', placeholder: 'https://…' });
  const preview = h('img', { class: 'logo-preview', alt: 'Logo preview' });
  const showPreview = () => {
    preview.hidden = !/^https?:\/\//.test(logo.value);
    if (!preview.hidden) {
      preview.src = logo.value;
    }
  };
  logo.addEventListener('input', showPreview);
  showPreview();
  const zones = timeZones();
  const zone = select((zones.includes(organization.timezone) ? zones : [organization.timezone, ...zones]).map(z => ({ value: z, label: z })),
    organization.timezone, { name: 'org-timezone' });
  const fieldset = h('fieldset', { disabled: !editable },
    h('legend', {}, 'Organization'),
    field('Name', name), field('Logo address', logo, 'An http(s) address of an image.'), preview,
    field('Time zone', zone),
    h('button', { type: 'submit', class: 'primary' }, 'Save settings'));
  const form = h('form', { class: 'card' }, fieldset,
    editable ? null : h('p', { class: 'hint' }, 'Only an Admin can change these settings.'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const saved = await call<Organization>('PATCH', path,
        { name: name.value.trim(), logo: logo.value.trim() || null, timezone: zone.value },
        etag ? { 'If-Match': etag } : {});
      organization = saved.body;
      etag = saved.etag;
      message.show('Settings saved.', 'ok');
    } catch (error) {
      message.show(error instanceof ApiError && error.status === 412
        ? 'Someone changed these settings meanwhile: reload the page to see their change.'
        : explain(error));
    }
  });
  replace(main, h('h1', {}, heading), message, form,
    h('p', { class: 'hint' }, `Created ${date(organization.createdAt)} · id ${organization.id}`));
  return organization;
}
