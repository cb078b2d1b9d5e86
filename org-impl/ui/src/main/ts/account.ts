import { AccountOrganization, ApiError, get, Page, PendingInvitation, send, SessionSummary, User } from './api.js';
import type { Context } from './console.js';
import { date, field, h, input, replace, status } from './dom.js';
import { confirmButton, explain, table } from './pages.js';

// The signed-in person's own account: name, password, sessions, organizations and invitations (/api/account).
// Nothing here needs an organization, so these pages work for someone who belongs to none yet.

const FLASH = 'orgkit-flash';

/** A message that survives the reload after a change the top bar must show (an organization left or switched to). */
function reloadSaying(text: string, hash: string): void {
  sessionStorage.setItem(FLASH, text);
  location.hash = hash;
  location.reload();
}

function flash(message: ReturnType<typeof status>): void {
  const text = sessionStorage.getItem(FLASH);
  if (text) {
    sessionStorage.removeItem(FLASH);
    message.show(text, 'ok');
  }
}

// ---- Profile and password -----------------------------------------------------------------------------------------

export async function renderProfile(main: HTMLElement): Promise<void> {
  const me = await get<User>('api/account');
  const profileMessage = status();
  const name = input({ type: 'text', name: 'profile-name', autocomplete: 'name', required: true, maxlength: 100, value: me.name });
  const profile = h('form', { class: 'card', 'aria-labelledby': 'profile-heading' },
    h('h2', { id: 'profile-heading' }, 'Profile'),
    field('Email', input({ type: 'email', value: me.email, readonly: true, autocomplete: 'off' }), 'Your email cannot be changed here.'),
    field('Your name', name),
    profileMessage,
    h('button', { type: 'submit', class: 'primary' }, 'Save name'));
  profile.addEventListener('submit', async event => {
    event.preventDefault();
    profileMessage.clear();
    try {
      const saved = await send<User>('PATCH', 'api/account', { name: name.value.trim() });
      name.value = saved.name;
      profileMessage.show(`Your name is now ${saved.name}.`, 'ok');
    } catch (error) {
      profileMessage.show(explain(error));
    }
  });

  const passwordMessage = status();
  const current = input({ type: 'password', name: 'current-password', autocomplete: 'current-password', required: true });
  const next = input({ type: 'password', name: 'new-password', autocomplete: 'new-password', required: true, minlength: 8, maxlength: 256 });
  const repeat = input({ type: 'password', name: 'repeat-password', autocomplete: 'new-password', required: true, minlength: 8, maxlength: 256 });
  const password = h('form', { class: 'card', 'aria-labelledby': 'password-heading' },
    h('h2', { id: 'password-heading' }, 'Change your password'),
    h('p', { class: 'hint' }, 'Every other session of yours ends when the password changes (signed in elsewhere, you will have to sign in again there); this one stays.'),
    field('Current password', current),
    field('New password', next, 'At least 8 characters.'),
    field('Repeat the new password', repeat),
    passwordMessage,
    h('button', { type: 'submit', class: 'primary' }, 'Change password'));
  password.addEventListener('submit', async event => {
    event.preventDefault();
    passwordMessage.clear();
    if (next.value !== repeat.value) {
      passwordMessage.show('The two new passwords differ.');
      repeat.focus();
      return;
    }
    try {
      await send('PUT', 'api/account/password', { currentPassword: current.value, newPassword: next.value });
      password.reset();
      passwordMessage.show('Your password was changed. Your other sessions were ended.', 'ok');
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        passwordMessage.show('The current password is wrong.');
        current.select();
      } else if (error instanceof ApiError && error.status === 429) {
        passwordMessage.show(`Too many wrong passwords. Try again in ${error.retryAfter ?? 60} seconds.`);
      } else {
        passwordMessage.show(explain(error));
      }
    }
  });
  replace(main, h('h1', {}, 'Your profile'), h('div', { class: 'columns' }, profile, password),
    h('p', { class: 'hint' }, `Account created ${date(me.createdAt)}.`));
}

// ---- Sessions ------------------------------------------------------------------------------------------------------

export async function renderSessions(main: HTMLElement): Promise<void> {
  const message = status();
  const list = h('div');
  const load = async () => {
    const page = await get<Page<SessionSummary>>('api/account/sessions');
    const others = page.data.filter(s => !s.current).length;
    replace(list, table('Your sessions', ['Browser', 'Signed in', 'Last seen', 'Expires', 'Actions'], page.data.map(session => [
      session.userAgent ?? 'Unknown browser',
      date(session.createdAt),
      date(session.lastSeenAt),
      date(session.expiresAt),
      session.current
        ? h('strong', {}, 'This session')
        : h('button', {
          type: 'button', class: 'danger', onclick: async () => {
            try {
              await send('DELETE', `api/account/sessions/${session.id}`);
              message.show(`The session signed in ${date(session.createdAt)} was ended.`, 'ok');
              await load();
            } catch (error) {
              message.show(explain(error));
            }
          },
        }, 'End session'),
    ])), others > 0
      ? confirmButton('End every other session', `Confirm ending ${others} other ${others === 1 ? 'session' : 'sessions'}`, async () => {
        try {
          await send('DELETE', 'api/account/sessions');
          message.show('Every other session was ended: only this one is signed in.', 'ok');
          await load();
        } catch (error) {
          message.show(explain(error));
        }
      })
      : h('p', { class: 'hint' }, 'You are signed in nowhere else.'));
  };
  replace(main, h('h1', {}, 'Your sessions'),
    h('p', { class: 'hint' }, 'Where your account is signed in. End a session you do not recognise, then change your password.'),
    message, list);
  await load();
}

// ---- Organizations -------------------------------------------------------------------------------------------------

export async function renderMyOrganizations(main: HTMLElement, context: Context): Promise<void> {
  const message = status();
  flash(message);
  const page = await get<Page<AccountOrganization>>('api/account/organizations');
  const rows = page.data.map(organization => [
    organization.name,
    organization.role,
    date(organization.joinedAt),
    h('span', { class: 'actions' },
      organization.active
        ? h('strong', {}, 'Active')
        : h('button', {
          type: 'button', onclick: async () => {
            try {
              await send('PUT', 'api/auth/session/organization', { organizationId: organization.organizationId });
              location.hash = '';
              location.reload();
            } catch (error) {
              message.show(explain(error));
            }
          },
        }, `Switch to ${organization.name}`),
      confirmButton(`Leave ${organization.name}`, `Confirm leaving ${organization.name}`, async () => {
        try {
          await send('DELETE', `api/account/organizations/${organization.organizationId}`);
          reloadSaying(`You left ${organization.name}.`, 'my-organizations');
        } catch (error) {
          message.show(error instanceof ApiError && error.status === 409
            ? `You are ${organization.name}'s last Admin, so you cannot leave it: an organization always keeps an Admin. Make another member Admin first (Members), then leave.`
            : explain(error));
        }
      })),
  ]);
  const none = page.data.length === 0;
  replace(main, h('h1', {}, 'Your organizations'),
    none
      ? h('p', {}, 'You belong to no organization yet. Ask an Admin for an invitation, or look at ', h('a', { href: '#my-invitations' }, 'your invitations'), '.')
      : context.session.organizationId
        ? h('p', { class: 'hint' }, 'Switching changes the organization the console shows. Leaving removes your membership and revokes your API keys there.')
        : h('p', {}, 'Choose the organization to work in: switch to it below.'),
    message,
    none ? null : table('Your organizations', ['Organization', 'Your role', 'Joined', 'Actions'], rows));
}

// ---- Invitations ---------------------------------------------------------------------------------------------------

export async function renderMyInvitations(main: HTMLElement, context: Context): Promise<void> {
  const message = status();
  const list = h('div');
  const load = async () => {
    const page = await get<Page<PendingInvitation>>('api/account/invitations');
    replace(list, table('Your invitations', ['Organization', 'Role', 'Invited by', 'Expires', 'Actions'], page.data.map(invitation => [
      invitation.organization.name,
      invitation.role,
      invitation.invitedBy,
      date(invitation.expiresAt),
      h('span', { class: 'actions' },
        h('a', { class: 'button', href: 'accept-invitation', 'aria-label': `Accept the invitation to ${invitation.organization.name}` }, 'Accept'),
        confirmButton(`Decline ${invitation.organization.name}`, `Confirm declining ${invitation.organization.name}`, async () => {
          try {
            await send('DELETE', `api/account/invitations/${invitation.id}`);
            message.show(`You declined the invitation to ${invitation.organization.name}.`, 'ok');
            await load();
          } catch (error) {
            message.show(explain(error));
          }
        })),
    ])));
  };
  replace(main, h('h1', {}, 'Your invitations'),
    h('p', { class: 'hint' }, `Pending invitations to ${context.session.user.email}. Accepting needs the link from the invitation email: `
      + 'Accept opens the page where you paste it. Declining tells the organization, and the link stops working.'),
    message, list);
  await load();
}
