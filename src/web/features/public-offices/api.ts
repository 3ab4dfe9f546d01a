import type { TOfficeProfile, TOfficeSummary } from '../../../domain/offices/schemas';
import { apiRequest } from '../../api/client';

export function fetchOffices(signal: AbortSignal): Promise<{ items: TOfficeSummary[] }> {
  return apiRequest('/offices', { signal });
}

export function fetchOfficeProfile(slug: string, signal?: AbortSignal): Promise<TOfficeProfile> {
  return apiRequest(`/offices/${encodeURIComponent(slug)}`, { signal });
}
