import { ApiError, get, InvitationLookup, send, Session } from './api.js';
import { date, field, h, input, replace, status } from './dom.js';
import { CONSOLE_PATH, login, loginFailure } from './signin.js';

/**
 * The page the invitation email links to. The token arrives in the fragment (#token=…, never sent to a server or in a
 * Referer) or, from older links, the query; it is taken out of the address bar at once and kept in memory only.
 */
export function renderAccept(app: HTMLElement): void {
  document.title = 'Accept invitation · orgkit';
  const token = new URLSearchParams(location.hash.slice(1)).get('token')
    ?? new URLSearchParams(location.search).get('token');
  history.replaceState(null, '', location.pathname);
  const main = h('main', { class: 'page' });
  replace(app, main);
  if (!token) {
    replace(main, pasteLink(main));
    return;
  }
  void show(main, token);
}

/** Without a token (a link cut short, or "Accept" in the account's invitations): the emailed link, pasted. */
function pasteLink(main: HTMLElement): HTMLElement {
  const link = input({ type: 'text', name: 'invitation-link', autocomplete: 'off', required: true });
  const message = status();
  const form = h('form', { class: 'card narrow' },
    h('h1', {}, 'Accept an invitation'),
    h('p', {}, 'This link has no invitation in it. Open the link from the invitation email again, whole, or paste it here.'),
    field('The link from the invitation email', link),
    message,
    h('button', { type: 'submit', class: 'primary' }, 'Open the invitation'),
    h('p', {}, h('a', { href: 'sign-in' }, 'Go to sign-in')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const token = /orgi_[A-Za-z0-9_-]+/.exec(link.value)?.[0];
    if (!token) {
      message.show('No invitation token found: the link from the email contains one starting with orgi_.');
      return;
    }
    void show(main, token);
  });
  return form;
}

function refusal(title: string, text: string): HTMLElement {
  return h('section', { class: 'card narrow' }, h('h1', {}, title), h('p', {}, text),
    h('p', {}, h('a', { href: 'sign-in' }, 'Go to sign-in')));
}

/** Words for a token that cannot be used: the server says which of expired, revoked, replaced or used. */
export function tokenRefusal(error: unknown): HTMLElement {
  if (error instanceof ApiError && error.status === 410) {
    const detail = error.problem.detail ?? '';
    let text = 'This invitation can no longer be used.';
    if (/re-sent/.test(detail)) {
      text = 'This invitation was sent again with a new link: use the newest email you received.';
    } else if (/expired/.test(detail)) {
      text = 'This invitation has expired. Ask whoever invited you to send it again.';
    } else if (/revoked/.test(detail)) {
      text = 'This invitation was withdrawn by the organization.';
    } else if (/accepted|used/.test(detail)) {
      text = 'This invitation was already accepted. Sign in to reach the organization.';
    }
    return refusal('Invitation not valid', text);
  }
  if (error instanceof ApiError && error.status === 404) {
    return refusal('Invitation not found', 'This link does not match any invitation. Check that you opened the whole link from the email.');
  }
  if (error instanceof ApiError && error.status === 429) {
    return refusal('Too many attempts', `Too many unknown invitation links from here. Try again in ${error.retryAfter ?? 60} seconds.`);
  }
  return refusal('Something went wrong', error instanceof Error ? error.message : String(error));
}

async function show(main: HTMLElement, token: string): Promise<void> {
  let invitation: InvitationLookup;
  try {
    invitation = await send<InvitationLookup>('POST', 'api/invitations/lookup', { token });
  } catch (error) {
    replace(main, tokenRefusal(error));
    return;
  }
  let session: Session | null = null;
  try {
    session = await get<Session>('api/auth/session');
  } catch {
    session = null;
  }
  const heading = h('section', { class: 'card narrow' },
    invitation.organization.logo ? h('img', { class: 'logo', src: invitation.organization.logo, alt: `${invitation.organization.name} logo` }) : null,
    h('h1', {}, `Join ${invitation.organization.name}`),
    h('p', {}, `${invitation.invitedBy} invited ${invitation.email} to join as ${invitation.role}.`),
    h('p', { class: 'hint' }, `The invitation is valid until ${date(invitation.expiresAt)}.`));
  const message = status();
  const accept = async (body: Record<string, string>) => {
    message.clear();
    try {
      const answer = await send<{ token: string | null; redirectUrl: string | null }>('POST', 'api/invitations/accept',
        { token, ...body });
      if (!answer.token) {
        // An existing user's session stays in the organization it was in: move it to the one just joined.
        await send('PUT', 'api/auth/session/organization', { organizationId: invitation.organization.id });
      }
      // Where the invitation asked to send its recipient: checked against the allow-list when it was created.
      location.assign(answer.redirectUrl ?? CONSOLE_PATH);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 410 || error.status === 404)) {
        replace(main, tokenRefusal(error));
      } else if (error instanceof ApiError && error.status === 401) {
        message.show('An account with this email already exists: sign in below to accept.');
      } else {
        message.show(error instanceof Error ? error.message : String(error));
      }
    }
  };
  if (session && session.user.email.toLowerCase() === invitation.email.toLowerCase()) {
    const join = h('button', { type: 'button', class: 'primary', onclick: () => accept({}) }, `Join ${invitation.organization.name}`);
    replace(main, heading, h('section', { class: 'card narrow' }, h('p', {}, `You are signed in as ${session.user.email}.`), message, join));
    return;
  }
  if (session) {
    const signOut = h('button', { type: 'button', onclick: async () => { await send('POST', 'api/auth/logout'); location.reload(); } }, 'Sign out');
    replace(main, heading, h('section', { class: 'card narrow' },
      h('p', {}, `You are signed in as ${session.user.email}, but this invitation is for ${invitation.email}. Sign out, then open the link again.`),
      signOut));
    return;
  }
  const name = input({ type: 'text', name: 'name', autocomplete: 'name', required: true, maxlength: 100 });
  const password = input({ type: 'password', name: 'new-password', autocomplete: 'new-password', required: true, minlength: 8 });
  const repeat = input({ type: 'password', name: 'repeat-password', autocomplete: 'new-password', required: true, minlength: 8 });
  const create = h('form', { class: 'card narrow', 'aria-labelledby': 'new-account' },
    h('h2', { id: 'new-account' }, 'New here? Create your account'),
    field('Email', input({ type: 'email', value: invitation.email, readonly: true, autocomplete: 'off' })),
    field('Your name', name),
    field('Password', password, 'At least 8 characters.'),
    field('Repeat the password', repeat),
    h('button', { type: 'submit', class: 'primary' }, 'Create account and join'));
  create.addEventListener('submit', event => {
    event.preventDefault();
    if (password.value !== repeat.value) {
      message.show('The two passwords differ.');
      return;
    }
    void accept({ name: name.value.trim(), password: password.value });
  });
  const existingPassword = input({ type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const signIn = h('form', { class: 'card narrow', 'aria-labelledby': 'existing-account' },
    h('h2', { id: 'existing-account' }, 'Already have an account? Sign in to accept'),
    field('Email', input({ type: 'email', value: invitation.email, readonly: true, autocomplete: 'username' })),
    field('Password', existingPassword),
    h('button', { type: 'submit' }, 'Sign in and join'));
  signIn.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await login(invitation.email, existingPassword.value);
    } catch (error) {
      message.show(loginFailure(error));
      return;
    }
    await accept({});
  });
  replace(main, heading, message, create, signIn);
  name.focus();
}
