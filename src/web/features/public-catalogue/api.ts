import type { TServiceStandard, TServiceSummary } from '../../../domain/catalogue/standard';
import { apiRequest } from '../../api/client';

/** The office's active services, in the office's order; `office` is its slug or code. */
export function fetchServices(office: string, signal?: AbortSignal): Promise<{ items: TServiceSummary[] }> {
  return apiRequest(`/offices/${encodeURIComponent(office)}/services`, { signal });
}

/** One active service standard, in its current version. */
export function fetchServiceStandard(
  office: string,
  serviceCode: string,
  signal?: AbortSignal,
): Promise<TServiceStandard> {
  return apiRequest(`/offices/${encodeURIComponent(office)}/services/${encodeURIComponent(serviceCode)}`, {
    signal,
  });
}
