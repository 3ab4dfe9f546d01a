import type { TReportCreated } from '../../../domain/intake/report';
import type { TStaffIntake, ZDuplicateMatch } from '../../../domain/intake/staff-intake';
import type { z } from '../../../domain/zod';
import { apiRequest } from '../../api/client';
import { PHOTO_FIELDS, type PhotoField } from '../public-report/photos';
import { multipartBody } from './multipart';

export type TDuplicateMatch = z.infer<typeof ZDuplicateMatch>;

/**
 * Records an officer's intake: JSON, or multipart/form-data with the JSON in `intake` and the
 * photos beside it. The multipart body goes through apiRequest as one Blob, so it carries the
 * session's CSRF header like every other staff write.
 */
export function postStaffIntake(
  body: TStaffIntake,
  photos: Partial<Record<PhotoField, Blob>>,
): Promise<TReportCreated> {
  const files = PHOTO_FIELDS.flatMap((field) => {
    const file = photos[field];
    return file ? [{ name: field, file, filename: `${field}.jpg` }] : [];
  });
  if (files.length === 0) return apiRequest('/cases', { method: 'POST', body });
  const multipart = multipartBody([{ name: 'intake', value: JSON.stringify(body) }, ...files]);
  return apiRequest('/cases', { method: 'POST', rawBody: multipart });
}

/** Open cases of the same person for the same service. A POST, so the NIK never sits in a URL or a log. */
export function checkDuplicates(
  nik: string,
  serviceCode: string | null,
  signal: AbortSignal,
): Promise<{ items: TDuplicateMatch[] }> {
  return apiRequest('/cases/duplicate-check', { method: 'POST', body: { nik, serviceCode }, signal });
}
