import type { TDistrictUnit, TDistrictUnitUpdate } from '../../../domain/offices/schemas';
import { apiRequest } from '../../api/client';

/** The caller's district units: all of the office, or only their own for a district operator. */
export function fetchDistrictUnits(signal: AbortSignal): Promise<{ items: TDistrictUnit[] }> {
  return apiRequest('/district-units', { signal });
}

export function updateDistrictUnit(
  districtCode: string,
  update: TDistrictUnitUpdate,
): Promise<TDistrictUnit> {
  return apiRequest(`/district-units/${encodeURIComponent(districtCode)}`, { method: 'PATCH', body: update });
}
