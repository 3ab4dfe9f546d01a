import type { TAuditPage, TAuditQuery } from '../../../domain/audit/schemas';
import { apiRequest } from '../../api/client';

export function fetchAuditPage(query: Partial<TAuditQuery>, signal: AbortSignal): Promise<TAuditPage> {
  return apiRequest('/audit', { query: { ...query }, signal });
}
