// The API as the pages use it: same-origin fetch with the session cookie, the CSRF header on every call that changes
// state (the server refuses a cookie request without it), problem+json turned into an ApiError.

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  missingPermissions?: string[];
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem, readonly retryAfter: number | null) {
    super(describe(problem));
  }
}

function describe(problem: Problem): string {
  const parts = [problem.detail || problem.title || `HTTP ${problem.status}`];
  for (const error of problem.errors ?? []) {
    parts.push(`${error.field}: ${error.message}`);
  }
  if (problem.missingPermissions?.length) {
    parts.push(`missing permissions: ${problem.missingPermissions.join(', ')}`);
  }
  return parts.join(' — ');
}

export interface User { id: string; email: string; name: string; superAdmin: boolean; createdAt?: string }
export interface Membership { organizationId: string; name: string; role: string }
export interface Session { user: User; organizationId: string | null; memberships: Membership[]; expiresAt: string }
export interface Organization { id: string; name: string; logo: string | null; timezone: string; createdAt: string; updatedAt: string }
export interface PermissionMap { role: string; permissions: Record<string, boolean>; sources: Record<string, string> }
export interface Member { id: string; userId: string; email: string; name: string; role: string; joinedAt: string }
export interface Role { id: string; name: string; description: string | null; permissions: string[]; system: boolean; shadowsSystemRole: boolean }
export interface Invitation { id: string; email: string; role: string; status: string; invitedBy: string; createdAt: string; expiresAt: string; lastSentAt: string; sendCount: number }
export interface ApiKey { id: string; name: string; role: string; prefix: string; createdAt: string; expiresAt: string | null; lastUsedAt: string | null; createdBy: { userId: string; email: string } | null; key?: string }
export interface Page<T> { data: T[]; nextCursor: string | null }
export interface InvitationLookup { organization: { id: string; name: string; logo: string | null }; email: string; role: string; expiresAt: string; invitedBy: string }

export interface Answer<T> { body: T; etag: string | null }

export async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const sent: Record<string, string> = { Accept: 'application/json', ...headers };
  if (method !== 'GET' && method !== 'HEAD') {
    sent['X-Requested-With'] = 'orgkit-console';
  }
  if (body !== undefined) {
    sent['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method,
    headers: sent,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const retry = response.headers.get('Retry-After');
    throw new ApiError(response.status, parsed ?? { status: response.status }, retry === null ? null : Number(retry));
  }
  return { body: parsed as T, etag: response.headers.get('ETag') };
}

export async function get<T>(path: string): Promise<T> {
  return (await call<T>('GET', path)).body;
}

export async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  return (await call<T>(method, path, body)).body;
}

export function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
