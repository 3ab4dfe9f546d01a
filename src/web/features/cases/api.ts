import type { TCaseActionInput } from '../../../domain/cases/actions';
import type { TReferralAction } from '../../../domain/cases/referral';
import type {
  TCaseDetail,
  TCaseSearchInput,
  TReferralView,
  TWorkloadRow,
  ZCaseListPage,
} from '../../../domain/cases/views';
import type { z } from '../../../domain/zod';
import { apiRequest } from '../../api/client';
import { multipartBody } from '../staff-intake/multipart';

export type TCaseListPage = z.infer<typeof ZCaseListPage>;

/**
 * Who a case can go to, as `GET /case-assignees` answers. The domain has no schema for this answer
 * yet (src/domain/cases/views.ts), so its shape is written here from the endpoint's description.
 */
export interface TCaseAssignees {
  officers: { userId: string; name: string; role: string }[];
  divisions: { code: string; name: string }[];
  districtUnits: { districtCode: string; name: string }[];
  partners: { userId: string; partnerName: string }[];
}

function casePath(ticket: string): string {
  return `/cases/${encodeURIComponent(ticket)}`;
}

/**
 * One page of the inbox, always by POST /cases/search: the words searched (a ticket or a name) ride
 * in the body with the filters and cursor, never in a URL. A NIK goes by searchCasesByNik.
 */
export function fetchCaseList(
  query: TCaseSearchInput,
  after: string | null,
  signal?: AbortSignal,
): Promise<TCaseListPage> {
  return apiRequest('/cases/search', {
    method: 'POST',
    body: after ? { ...query, after } : query,
    signal,
  });
}

/** Exact search by full NIK: a POST, so the NIK stays out of addresses, history and access logs. */
export function searchCasesByNik(nik: string, signal?: AbortSignal): Promise<TCaseListPage> {
  return apiRequest('/cases/search-nik', { method: 'POST', body: { nik }, signal });
}

export function fetchCase(ticket: string, signal: AbortSignal): Promise<TCaseDetail> {
  return apiRequest(casePath(ticket), { signal });
}

/**
 * Takes one action on a case and returns the case as it is now. An assessment with photos goes as
 * multipart/form-data (the action as JSON in `action`, the photos as `photo1`..`photo3`).
 */
export function postCaseAction(
  ticket: string,
  action: TCaseActionInput,
  photos: Blob[] = [],
): Promise<TCaseDetail> {
  const path = `${casePath(ticket)}/actions`;
  if (action.type !== 'assess' || photos.length === 0)
    return apiRequest(path, { method: 'POST', body: action });
  const files = photos.slice(0, 3).map((file, index) => ({
    name: `photo${index + 1}`,
    file,
    filename: `photo${index + 1}.jpg`,
  }));
  const body = multipartBody([{ name: 'action', value: JSON.stringify(action) }, ...files]);
  return apiRequest(path, { method: 'POST', rawBody: body });
}

/** A requirement document for one item of the service's checklist (KK, surat keterangan…). */
export function uploadRequirementDocument(ticket: string, item: string, file: File): Promise<{ id: string }> {
  const body = multipartBody([
    { name: 'document', value: JSON.stringify({ item }) },
    { name: 'file', file, filename: file.name || 'berkas' },
  ]);
  return apiRequest(`${casePath(ticket)}/documents`, { method: 'POST', rawBody: body });
}

/** The full NIK and KK, for this screen only; the server records who asked. */
export function revealIdentity(ticket: string): Promise<{ nik: string | null; kk: string | null }> {
  return apiRequest(`${casePath(ticket)}/reveal`, { method: 'POST' });
}

export function fetchAssignees(signal: AbortSignal): Promise<TCaseAssignees> {
  return apiRequest('/case-assignees', { signal });
}

export function fetchWorkload(signal: AbortSignal): Promise<{ items: TWorkloadRow[] }> {
  return apiRequest('/workload', { signal });
}

export function fetchReferrals(
  status: TReferralView['status'] | null,
  signal: AbortSignal,
): Promise<{ items: TReferralView[] }> {
  return apiRequest('/referrals', { query: { status }, signal });
}

export function postReferralAction(id: string, action: TReferralAction): Promise<TReferralView> {
  return apiRequest(`/referrals/${encodeURIComponent(id)}/actions`, { method: 'POST', body: action });
}

/** A case file (photo, document); staff only, and each opening is audited. */
export function attachmentUrl(ticket: string, attachmentId: string): string {
  return `/api/v1${casePath(ticket)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** A photo a referral shares, for the receiving body; each opening is audited. */
export function referralPhotoUrl(referralId: string, photoId: string): string {
  return `/api/v1/referrals/${encodeURIComponent(referralId)}/photos/${encodeURIComponent(photoId)}`;
}
