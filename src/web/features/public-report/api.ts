import type { ErrorCode } from '../../../domain/errors/app-error';
import type { TReportCreated, TReportInput } from '../../../domain/intake/report';
import type { TRegion } from '../../../domain/regions/schemas';
import { ApiError, apiRequest } from '../../api/client';
import { i18n } from '../../i18n';
import { PHOTO_FIELDS, type PhotoField } from './photos';

export function fetchRegion(code: string, signal?: AbortSignal): Promise<TRegion> {
  return apiRequest(`/regions/${encodeURIComponent(code)}`, { signal });
}

export function fetchRegionChildren(code: string, signal?: AbortSignal): Promise<{ items: TRegion[] }> {
  return apiRequest(`/regions/${encodeURIComponent(code)}/children`, { signal });
}

/** Longest wait for the report to go through on a weak signal before it goes to the outbox. */
const SEND_TIMEOUT_MS = 90_000;

/** Older phones' browsers lack AbortSignal.timeout: there the request simply waits. */
function sendTimeout(): AbortSignal | undefined {
  return typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(SEND_TIMEOUT_MS) : undefined;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (typeof body === 'object' && body !== null && 'code' in body && 'message' in body) {
    const { code, message, fields } = body as {
      code: ErrorCode;
      message: string;
      fields?: Record<string, string>;
    };
    return new ApiError(response.status, code, message, fields ?? {});
  }
  return new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unexpected'));
}

/**
 * Files a report: JSON, or multipart/form-data with the JSON in `report` and the photos beside it.
 * A dropped or timed-out connection is an ApiError with code NETWORK_ERROR (status 0), which is
 * the caller's cue to keep the report in the outbox.
 */
export async function postReport(
  body: TReportInput | Record<string, unknown>,
  photos: Partial<Record<PhotoField, Blob>>,
  /** The same key on every attempt of one report: a resend after a lost answer opens no second case. */
  idempotencyKey: string,
): Promise<TReportCreated> {
  const files = PHOTO_FIELDS.filter((field) => photos[field]);
  let payload: BodyInit;
  const headers: Record<string, string> = { accept: 'application/json', 'idempotency-key': idempotencyKey };
  if (files.length > 0) {
    const form = new FormData();
    form.append('report', JSON.stringify(body));
    for (const field of files) form.append(field, photos[field] as Blob, `${field}.jpg`);
    payload = form; // the browser writes the multipart boundary into content-type itself
  } else {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch('/api/v1/reports', {
      method: 'POST',
      headers,
      body: payload,
      credentials: 'same-origin',
      signal: sendTimeout(),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  if (!response.ok) throw await errorOf(response);
  try {
    return (await response.json()) as TReportCreated;
  } catch {
    throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unexpected'));
  }
}
