import { ApiError, send } from './api.js';
import { field, h, input, replace, status } from './dom.js';

export const CONSOLE_PATH = 'console';
export const SIGN_IN_PATH = 'sign-in';

/** What a failed login means to a person: 401 and 429 (with its Retry-After) each get their own words. */
export function loginFailure(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) {
      return 'Wrong email or password.';
    }
    if (error.status === 429) {
      const wait = error.retryAfter ?? 60;
      return `Too many failed sign-in attempts. Try again in ${wait} seconds.`;
    }
    return error.message;
  }
  return 'The server could not be reached. Try again.';
}

export async function login(email: string, password: string): Promise<void> {
  await send('POST', 'api/auth/login', { email, password });
}

export function renderSignIn(app: HTMLElement): void {
  document.title = 'Sign in · orgkit';
  const email = input({ type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = input({ type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const message = status();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', { class: 'card narrow', novalidate: false },
    h('h1', {}, 'Sign in'),
    field('Email', email),
    field('Password', password),
    message,
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    message.clear();
    submit.disabled = true;
    try {
      await login(email.value.trim(), password.value);
      location.assign(CONSOLE_PATH);
    } catch (error) {
      message.show(loginFailure(error));
      submit.disabled = false;
      password.select();
    }
  });
  replace(app, h('main', { class: 'page' }, form));
  email.focus();
}
