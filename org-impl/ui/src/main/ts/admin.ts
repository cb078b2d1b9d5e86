import { get, Organization, Page, query, send } from './api.js';
import type { Context } from './console.js';
import { date, field, h, input, replace, select, status } from './dom.js';
import { explain, organizationSettings, renderMembers, table, timeZones } from './pages.js';

/** The Super Admin console: every organization, searched, created with an Admin invitation, opened, deleted. */
export async function renderOrganizations(main: HTMLElement, context: Context): Promise<void> {
  const message = status();
  const list = h('div');
  const detail = h('div');
  const search = input({ type: 'search', name: 'org-q', autocomplete: 'off' });
  const cursors: (string | null)[] = [null];
  const load = async (cursor: string | null) => {
    const page = await get<Page<Organization>>(`api/organizations${query({ q: search.value.trim(), cursor, limit: '20' })}`);
    const next = page.nextCursor;
    replace(list, table('Organizations', ['Name', 'Time zone', 'Created', 'Actions'], page.data.map(organization => [
      organization.name, organization.timezone, date(organization.createdAt),
      h('button', { type: 'button', onclick: () => void open(organization) }, `Open ${organization.name}`),
    ])), h('div', { class: 'pager' },
      cursors.length > 1 ? h('button', { type: 'button', onclick: () => { cursors.pop(); void load(cursors[cursors.length - 1]); } }, 'Previous page') : null,
      next ? h('button', { type: 'button', onclick: () => { cursors.push(next); void load(next); } }, 'Next page') : null));
  };
  const open = async (organization: Organization) => {
    const base = `api/organizations/${organization.id}`;
    const settings = h('div');
    const members = h('div');
    const typed = input({ type: 'text', name: 'confirm-name', autocomplete: 'off' });
    const remove = h('button', { type: 'button', class: 'danger', disabled: true }, `Delete ${organization.name}`);
    typed.addEventListener('input', () => { remove.disabled = typed.value !== organization.name; });
    remove.addEventListener('click', async () => {
      try {
        await send('DELETE', base);
        message.show(`${organization.name} and everything in it were deleted.`, 'ok');
        replace(detail);
        await load(null);
      } catch (error) {
        message.show(explain(error));
      }
    });
    replace(detail, h('section', { class: 'card', 'aria-label': `Organization ${organization.name}` },
      settings, members,
      h('div', { class: 'danger-zone' }, h('h2', {}, 'Delete this organization'),
        h('p', {}, 'Its members, roles, invitations and API keys go with it; the users stay.'),
        field(`Type ${organization.name} to confirm`, typed), remove),
      h('button', { type: 'button', onclick: () => replace(detail) }, 'Close')));
    // The Super Admin acts in any organization with every permission; the organization's rules still hold.
    const everything: Context = { ...context, can: () => true, isAdmin: () => true };
    await organizationSettings(settings, base, true, organization.name);
    await renderMembers(members, everything, base);
    members.querySelector('h1')?.replaceWith(h('h2', {}, 'Members'));
    settings.querySelector('h1')?.replaceWith(h('h2', {}, organization.name));
    typed.focus();
  };
  const name = input({ type: 'text', name: 'new-org-name', required: true, maxlength: 100, autocomplete: 'off' });
  const adminEmail = input({ type: 'email', name: 'new-org-admin', autocomplete: 'off' });
  const zone = select(timeZones().map(z => ({ value: z, label: z })), 'UTC', { name: 'new-org-timezone' });
  const create = h('form', { class: 'card toolbar' }, h('h2', {}, 'Create an organization'),
    field('Name', name), field('Admin email (optional)', adminEmail, 'Gets an Admin invitation by email.'), field('Time zone', zone),
    h('button', { type: 'submit', class: 'primary' }, 'Create organization'));
  create.addEventListener('submit', async event => {
    event.preventDefault();
    const body: Record<string, string> = { name: name.value.trim(), timezone: zone.value };
    if (adminEmail.value.trim()) {
      body.adminEmail = adminEmail.value.trim();
    }
    try {
      const created = await send<Organization>('POST', 'api/organizations', body);
      message.show(body.adminEmail ? `${created.name} created; ${body.adminEmail} was invited as Admin.` : `${created.name} created.`, 'ok');
      name.value = '';
      adminEmail.value = '';
      // The new organization is on the list's last page: show it by its name.
      search.value = created.name;
      cursors.splice(1);
      await load(null);
    } catch (error) {
      message.show(explain(error));
    }
  });
  const searchForm = h('form', { class: 'toolbar', role: 'search' }, field('Search organizations by name', search), h('button', { type: 'submit' }, 'Search'));
  searchForm.addEventListener('submit', event => {
    event.preventDefault();
    cursors.splice(1);
    void load(null);
  });
  replace(main, h('h1', {}, 'All organizations'), create, message, searchForm, list, detail);
  await load(null);
}
