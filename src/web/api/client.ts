import type { ErrorCode, FieldErrors } from '../../domain/errors/app-error';
import { i18n } from '../i18n';

/** Codes the server sends, plus the two the browser finds on its own. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** A failed API call: the server's code, status, Indonesian message and per-field messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fields: FieldErrors;

  constructor(status: number, code: ApiErrorCode, message: string, fields: FieldErrors = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** Any thrown value as an ApiError, so every catch can show something meaningful. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error(error);
  return new ApiError(0, 'UNEXPECTED_RESPONSE', i18n.t('errors.unexpected'));
}

type AuthProblemListener = (error: ApiError) => void;

let csrfToken: string | null = null;
const authProblemListeners = new Set<AuthProblemListener>();

/** The token from login or /auth/me; sent on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For the few writes that cannot go through apiRequest (an upload that reports its progress). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Called when a request finds the session gone or a password change pending, wherever it was made. */
export function onAuthProblem(listener: AuthProblemListener): () => void {
  authProblemListeners.add(listener);
  return () => authProblemListeners.delete(listener);
}

type QueryValue = string | number | undefined | null;

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Sent as is with its own type instead of JSON (an uploaded image); wins over `body`. */
  rawBody?: Blob;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

function urlOf(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/api/v1${path}?${search}` : `/api/v1${path}`;
}

function isErrorBody(body: unknown): body is { code: ErrorCode; message: string; fields?: FieldErrors } {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** An error body as the server sends it, or the generic "unexpected" error. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  if (!isErrorBody(body)) return new ApiError(status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unexpected'));
  return new ApiError(status, body.code, body.message, body.fields ?? {});
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (!isErrorBody(body)) {
    return new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unexpected'));
  }
  return new ApiError(response.status, body.code, body.message, body.fields ?? {});
}

/** The one way the web talks to the API: JSON in and out, the session cookie, CSRF on writes. */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.rawBody) headers['content-type'] = options.rawBody.type;
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));

  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body,
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }

  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.code === 'UNAUTHENTICATED' || error.code === 'PASSWORD_CHANGE_REQUIRED') {
      for (const listener of authProblemListeners) listener(error);
    }
    throw error;
  }
  // 204 No Content (a delete, an upload): nothing to parse.
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unexpected'));
  }
}
