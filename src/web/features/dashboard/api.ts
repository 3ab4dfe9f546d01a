import type { TDashboardFigures, TDashboardQuery } from '../../../domain/dashboard/schemas';
import { apiRequest } from '../../api/client';

/** The office's figures (the office is the signed-in user's; the server never takes it from here). */
export function fetchDashboard(query: TDashboardQuery, signal?: AbortSignal): Promise<TDashboardFigures> {
  return apiRequest('/dashboard', { query: { ...query }, signal });
}
