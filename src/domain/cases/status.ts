import type { CaseStatus } from '../intake/report';

export { CASE_STATUSES, type CaseStatus } from '../intake/report';

/**
 * How the public reads each status: the canonical list. The web's tracking page keeps the same words
 * in its i18n files (src/web/features/public-tracking/messages.ts), beside their English.
 */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  new: 'Baru diterima',
  verified: 'Diverifikasi',
  awaiting_documents: 'Menunggu kelengkapan',
  in_progress: 'Diproses',
  referred: 'Dirujuk',
  closed: 'Selesai',
  rejected: 'Ditolak',
  out_of_scope: 'Bukan kewenangan',
};

/** Statuses a case does not leave without a reopen. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['closed', 'rejected', 'out_of_scope'];

/** Statuses of a case still being handled (counted in workloads and SLA sweeps). */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'new',
  'verified',
  'awaiting_documents',
  'in_progress',
  'referred',
];

export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/**
 * Whether a case counts as resolved in reports: only a closure with an outcome does. Rejected and
 * "bukan kewenangan" cases are finished but not resolved.
 */
export function isResolved(status: CaseStatus): boolean {
  return status === 'closed';
}
