import type { CaseEventType } from '../cases/events';
import { TERMINAL_STATUSES } from '../cases/status';
import { disputeWindowEndsAt } from '../cases/workflow';
import type { CaseStatus } from '../intake/report';

/** What an erased personal value reads as where the column may not be empty. */
export const ERASED = '[dihapus]';

/**
 * A case holds its person's data back from erasure while it is still being handled, or while the
 * reporter may still dispute its closing (14 days): the data is then needed for the case itself.
 * A signed letter does not hold it: the letter keeps its number, type, dates and status in the
 * register of letters; its subject and PDF go.
 */
export function legalHold(
  row: { status: CaseStatus; closedAt: Date | null },
  timeZone: string,
  now: Date,
): 'open' | 'dispute_window' | null {
  if (!TERMINAL_STATUSES.includes(row.status)) return 'open';
  if (row.status === 'closed' && row.closedAt && disputeWindowEndsAt(row.closedAt, timeZone) > now)
    return 'dispute_window';
  return null;
}

/** Keys of a timeline event's data that are structure (statuses, steps, outcome codes), never free text. */
export const STRUCTURAL_EVENT_KEYS: ReadonlySet<string> = new Set([
  'fromStatus',
  'toStatus',
  'fromStep',
  'toStep',
  'stepName',
  'outcome',
  'deliveredAs',
  'product',
  'missing',
  'closedAt',
  'previousOutcome',
  'to',
  'from',
]);

/** A timeline event's data with every free-text value (notes, reasons, assessments, referrals) gone. */
export function erasedEventData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => STRUCTURAL_EVENT_KEYS.has(key)));
}

export const ERASED_NOTE = 'Catatan dihapus (UU PDP).';

/** The neutral words an erased event shows (officers' messages may quote the person or the reason). */
export function erasedEventMessage(type: CaseEventType | string): string {
  return EVENT_WORDS[type as CaseEventType] ?? ERASED_NOTE;
}

export const EVENT_WORDS: Partial<Record<CaseEventType, string>> = {
  verified: 'Diverifikasi.',
  documents_requested: 'Dokumen diminta.',
  documents_received: 'Dokumen diterima.',
  assessed: 'Asesmen dicatat.',
  approved: 'Disetujui.',
  referred: 'Dirujuk.',
  delivered: 'Layanan diberikan.',
  closed: 'Selesai.',
  rejected: 'Tidak dapat diproses.',
  out_of_scope: 'Bukan kewenangan Dinas Sosial.',
  reopened: 'Dibuka kembali.',
  disputed: 'Penutupan dipersoalkan.',
  assigned: 'Ditugaskan.',
  status_changed: 'Status berubah.',
  referral_accepted: 'Rujukan diterima.',
  referral_declined: 'Rujukan ditolak.',
  referral_done: 'Rujukan selesai.',
};

/** Channel details that are not about a person (a letter's number and date, a SP4N-LAPOR! id, when). */
export const KEPT_CHANNEL_KEYS: ReadonlySet<string> = new Set([
  'visitedAt',
  'referenceNumber',
  'letterDate',
  'reportId',
  'guestBookEntryId',
]);

export function erasedChannelDetails(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([key]) => KEPT_CHANNEL_KEYS.has(key)));
}

/** Audit actions that read personal data, with the purpose the route serves. */
export const READ_PURPOSES: Record<string, string> = {
  'case.viewed': 'membuka kasus',
  'ppks_person.viewed': 'membuka data register PPKS',
  'registry.checked': 'cek data terpadu (DTKS)',
  'case.identity_revealed': 'membuka NIK/KK lengkap',
};
