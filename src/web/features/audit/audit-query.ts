import type { TAuditQuery } from '../../../domain/audit/schemas';

export const AUDIT_PAGE_SIZE = 25;

export const AUDIT_FILTER_FIELDS = ['action', 'actor', 'targetType', 'from', 'to'] as const;
export type AuditFilters = Record<(typeof AUDIT_FILTER_FIELDS)[number], string>;

/** The filters and page live in the address, so a reload, a shared link or "back" shows the same rows. */
export function auditQueryFromParams(params: URLSearchParams): { filters: AuditFilters; page: number } {
  const filters = Object.fromEntries(
    AUDIT_FILTER_FIELDS.map((field) => [field, params.get(field) ?? '']),
  ) as AuditFilters;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { filters, page };
}

export function paramsFromAuditQuery(filters: AuditFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of AUDIT_FILTER_FIELDS) {
    const value = filters[field].trim();
    if (value) params.set(field, value);
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

/** Empty inputs are no filter at all, not a filter on "". */
export function toAuditRequest(filters: AuditFilters, page: number): Partial<TAuditQuery> {
  const request: Partial<TAuditQuery> = { page, pageSize: AUDIT_PAGE_SIZE };
  for (const field of AUDIT_FILTER_FIELDS) {
    const value = filters[field].trim();
    if (value) request[field] = value;
  }
  return request;
}
