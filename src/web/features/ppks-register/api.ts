import type {
  TDuplicateCandidate,
  TPersonDetail,
  TRegisterPage,
  TRegisterSearchInput,
} from '../../../domain/ppks-register/schemas';
import { apiRequest } from '../../api/client';

/** The register searched; always a POST, so a NIK typed in stays out of addresses and access logs. */
export function searchRegister(search: TRegisterSearchInput, signal?: AbortSignal): Promise<TRegisterPage> {
  return apiRequest('/ppks-persons/search', { method: 'POST', body: search, signal });
}

export function fetchPerson(id: string, signal: AbortSignal): Promise<TPersonDetail> {
  return apiRequest(`/ppks-persons/${encodeURIComponent(id)}`, { signal });
}

export function fetchDuplicates(id: string, signal: AbortSignal): Promise<{ items: TDuplicateCandidate[] }> {
  return apiRequest(`/ppks-persons/${encodeURIComponent(id)}/duplicates`, { signal });
}

export function mergeInto(
  targetId: string,
  sourceId: string,
  reason: string,
): Promise<{ id: string; movedCases: number }> {
  return apiRequest(`/ppks-persons/${encodeURIComponent(targetId)}/merge`, {
    method: 'POST',
    body: { sourceId, reason },
  });
}
