/**
 * The one way the app talks to /api/v1: JSON in and out, the session's CSRF token on writes,
 * problem+json turned into ApiError (with the offending field), and a lost session reported once
 * so the app can return to sign-in without losing what was typed.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const CSRF_KEY = 'sb.csrf';
let csrfToken: string | null = readStorage(CSRF_KEY);
let sessionLost: (() => void) | undefined;

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Kept in localStorage so a second tab can write at once (a tab that starts also reads it from
 * GET /auth/session); it only proves same-origin, the session itself stays in the HttpOnly cookie.
 */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  try {
    if (token) localStorage.setItem(CSRF_KEY, token);
    else localStorage.removeItem(CSRF_KEY);
  } catch {
    // Storage may be disabled; the token still lives for this page.
  }
}

/** Called when the API says the session is gone (401, or a write without a valid CSRF token). */
export function onSessionLost(handler: (() => void) | undefined): void {
  sessionLost = handler;
}

export interface RequestOptions {
  /** Sent as Idempotency-Key, so a retried create returns the first answer. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Sent as the body as it is (an uploaded file) with this Content-Type, instead of JSON. */
  raw?: { body: Blob; type: string };
}

export async function api<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.raw) headers['content-type'] = options.raw.type;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: options.raw ? options.raw.body : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'Switchboard cannot be reached. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.ok) return parsed as T;
  const problem = (parsed ?? {}) as { code?: string; detail?: string; title?: string; field?: string; details?: Record<string, unknown> };
  const error = new ApiError(
    response.status,
    problem.code ?? 'http_error',
    besideField(problem.detail ?? problem.title ?? `The server answered ${response.status}`, problem.field),
    problem.field,
    problem.details,
  );
  const lost = response.status === 401 || (response.status === 403 && error.code === 'csrf_failed');
  if (lost && !path.startsWith('/auth/login')) sessionLost?.();
  return Promise.reject(error);
}

/** Shown beside its field, "/subject must NOT have …" reads better as "Must NOT have …". */
function besideField(detail: string, field: string | undefined): string {
  if (!field || !detail.startsWith(`${field} `)) return detail;
  const rest = detail.slice(field.length + 1);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Reads every page of a list (for small directories: staff, teams, client organisations). */
export async function apiAll<T>(path: string, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  const joiner = path.includes('?') ? '&' : '?';
  for (let i = 0; i < maxPages; i += 1) {
    const page: { items: T[]; nextCursor: string | null } = await api('GET', `${path}${joiner}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** The message for a field, if the error names that field (JSON pointer like `/subject`). */
export function fieldError(error: unknown, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return fields.includes(error.field) ? error.message : undefined;
}

/** The message for an error that no field on the form shows. */
export function formError(error: unknown, shownFields: string[]): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) return error.field && shownFields.includes(error.field) ? undefined : error.message;
  return (error as Error).message ?? String(error);
}
