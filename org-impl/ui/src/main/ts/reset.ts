import { ApiError, send } from './api.js';
import { field, h, input, replace, status } from './dom.js';
import { SIGN_IN_PATH } from './signin.js';

export const FORGOT_PATH = 'forgot-password';

/**
 * Asks for a reset link. The answer is the same whether or not the email has an account (the server's 202), so the
 * page never tells who has one.
 */
export function renderForgotPassword(app: HTMLElement): void {
  document.title = 'Forgot password · orgkit';
  const email = input({ type: 'email', name: 'email', autocomplete: 'username', required: true });
  const message = status();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Email me a reset link');
  const form = h('form', { class: 'card narrow' },
    h('h1', {}, 'Forgot your password?'),
    h('p', {}, 'Give the email you sign in with: we send it a link to choose a new password.'),
    field('Email', email),
    message,
    submit,
    h('p', {}, h('a', { href: SIGN_IN_PATH }, 'Back to sign-in')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    message.clear();
    submit.disabled = true;
    try {
      await send('POST', 'api/account/password-reset', { email: email.value.trim() });
      message.show(`If ${email.value.trim()} belongs to an account, a link to reset its password is on its way. `
        + 'It works once, for 30 minutes; a newer request replaces it.', 'ok');
    } catch (error) {
      message.show(error instanceof ApiError && error.status === 429
        ? `Too many reset requests. Try again in ${error.retryAfter ?? 60} seconds.`
        : error instanceof Error ? error.message : String(error));
    } finally {
      submit.disabled = false;
    }
  });
  replace(app, h('main', { class: 'page' }, form));
  email.focus();
}

function refusal(title: string, text: string): HTMLElement {
  return h('section', { class: 'card narrow' }, h('h1', {}, title), h('p', {}, text),
    h('p', {}, h('a', { href: FORGOT_PATH }, 'Ask for a new link'), ' · ', h('a', { href: SIGN_IN_PATH }, 'Sign in')));
}

/** Words for a reset token the server refuses: unknown (404), or used, replaced or expired (410). */
function tokenRefusal(error: unknown): HTMLElement | null {
  if (error instanceof ApiError && error.status === 404) {
    return refusal('Reset link not found', 'This link matches no password reset. Check that you opened the whole link from the email.');
  }
  if (error instanceof ApiError && error.status === 410) {
    return refusal('Reset link no longer valid',
      'This link was already used, replaced by a newer one, or has expired (a link works for 30 minutes). Ask for a new one.');
  }
  if (error instanceof ApiError && error.status === 429) {
    return refusal('Too many attempts', `Too many unknown reset links from here. Try again in ${error.retryAfter ?? 60} seconds.`);
  }
  return null;
}

/**
 * The page the reset email links to. As on the accept page, the token comes in the fragment (#token=…, never sent to
 * a server or in a Referer), or the query; it leaves the address bar at once and stays in memory only.
 */
export function renderResetPassword(app: HTMLElement): void {
  document.title = 'Choose a new password · orgkit';
  const token = new URLSearchParams(location.hash.slice(1)).get('token')
    ?? new URLSearchParams(location.search).get('token');
  history.replaceState(null, '', location.pathname);
  const main = h('main', { class: 'page' });
  replace(app, main);
  if (!token) {
    replace(main, refusal('This link has no reset token in it', 'Open the link from the password reset email again, whole.'));
    return;
  }
  const password = input({ type: 'password', name: 'new-password', autocomplete: 'new-password', required: true, minlength: 8, maxlength: 256 });
  const repeat = input({ type: 'password', name: 'repeat-password', autocomplete: 'new-password', required: true, minlength: 8, maxlength: 256 });
  const message = status();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Set the new password');
  const form = h('form', { class: 'card narrow' },
    h('h1', {}, 'Choose a new password'),
    h('p', { class: 'hint' }, 'Every session of your account ends: you sign in again with the new password, everywhere.'),
    field('New password', password, 'At least 8 characters.'),
    field('Repeat the new password', repeat),
    message,
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    message.clear();
    if (password.value !== repeat.value) {
      message.show('The two passwords differ.');
      repeat.focus();
      return;
    }
    submit.disabled = true;
    try {
      await send('POST', 'api/account/password-reset/complete', { token, newPassword: password.value });
      replace(main, h('section', { class: 'card narrow' },
        h('h1', {}, 'Password changed'),
        h('p', { role: 'status' }, 'Your new password is set and every session of your account was ended.'),
        h('p', {}, h('a', { href: SIGN_IN_PATH }, 'Sign in with the new password'))));
    } catch (error) {
      const refused = tokenRefusal(error);
      if (refused) {
        replace(main, refused);
        return;
      }
      message.show(error instanceof Error ? error.message : String(error));
      submit.disabled = false;
    }
  });
  replace(main, form);
  password.focus();
}
