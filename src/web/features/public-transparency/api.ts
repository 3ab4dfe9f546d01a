import type { TTransparency } from '../../../domain/dashboard/schemas';
import { apiRequest } from '../../api/client';

/** An office's public figures: counts by service and status, on-time rates, IKM; no personal data. */
export function fetchTransparency(office: string, signal?: AbortSignal): Promise<TTransparency> {
  return apiRequest(`/offices/${encodeURIComponent(office)}/transparency`, { signal });
}
