import type { TMapQuery, TMapView } from '../../../domain/ppks-register/schemas';
import { apiRequest } from '../../api/client';

/** The map's points and the tables' figures for a period and category. */
export function fetchMap(query: TMapQuery, signal: AbortSignal): Promise<TMapView> {
  return apiRequest('/ppks-map', { query: { ...query }, signal });
}
