import type {
  TServiceStandard,
  TServiceStandardInput,
  TServiceSummary,
  TServiceVersionEntry,
} from '../../../domain/catalogue/standard';
import { apiRequest } from '../../api/client';

function servicePath(code: string): string {
  return `/catalogue/services/${encodeURIComponent(code)}`;
}

/** Every service of the signed-in user's office, inactive ones too, in the office's order. */
export function fetchServices(signal: AbortSignal): Promise<{ items: TServiceSummary[] }> {
  return apiRequest('/catalogue/services', { signal });
}

export function fetchService(code: string, signal: AbortSignal): Promise<TServiceStandard> {
  return apiRequest(servicePath(code), { signal });
}

export function fetchServiceVersions(
  code: string,
  signal: AbortSignal,
): Promise<{ items: TServiceVersionEntry[] }> {
  return apiRequest(`${servicePath(code)}/versions`, { signal });
}

export function fetchServiceVersion(
  code: string,
  version: number,
  signal: AbortSignal,
): Promise<TServiceStandard> {
  return apiRequest(`${servicePath(code)}/versions/${version}`, { signal });
}

export function createService(code: string, standard: TServiceStandardInput): Promise<TServiceStandard> {
  return apiRequest('/catalogue/services', { method: 'POST', body: { code, standard } });
}

/** Saves the standard as a new version; cases already opened keep theirs. */
export function updateService(code: string, standard: TServiceStandardInput): Promise<TServiceStandard> {
  return apiRequest(servicePath(code), { method: 'PUT', body: standard });
}

export function setServiceActive(code: string, active: boolean): Promise<TServiceStandard> {
  return apiRequest(`${servicePath(code)}/status`, { method: 'PATCH', body: { active } });
}

export function reorderServices(codes: string[]): Promise<{ items: TServiceSummary[] }> {
  return apiRequest('/catalogue/order', { method: 'PUT', body: { codes } });
}
