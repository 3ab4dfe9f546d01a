import type { CaseEventType } from '../cases/events';

/**
 * The kinds of notice whose words an office edits: what a reporter hears about their case. Each
 * `case.<event>` template of the outbox belongs to one (see `reporterKindOf`).
 */
export const REPORTER_NOTICE_KINDS = [
  'received',
  'status',
  'documents_requested',
  'closed',
  'dispute_answer',
] as const;
export type TReporterNoticeKind = (typeof REPORTER_NOTICE_KINDS)[number];

/** Alerts to staff: in the app's notifications list, and by e-mail or WhatsApp where the profile has it. */
export const STAFF_ALERT_KINDS = [
  'assigned',
  'referral_received',
  'sla_warning',
  'sla_breached',
  'step_breached',
  'visit_overdue',
  'escalated',
  'disputed',
] as const;
export type TStaffAlertKind = (typeof STAFF_ALERT_KINDS)[number];

/**
 * The values a notice's template is filled with when it is sent. Every value is public: the ticket,
 * the tracking link and the words the tracking page shows anyway; never a name or a NIK.
 */
export interface TNoticeParams {
  ticket?: string;
  agendaNumber?: string | null;
  /** The tracking page (`…/lacak?tiket=…`), or the survey link for a closing notice. */
  link?: string;
  /** The timeline's public words for this event. */
  message?: string;
  /** The short status words for a one-segment SMS ("sudah diverifikasi"). */
  status?: string;
  /** What the reporter still has to bring (documents requested). */
  missing?: string;
}

/** The outbox template of a reporter's notice: `case.received`, `case.<public event>`. */
export function reporterTemplate(event: CaseEventType | 'received'): string {
  return `case.${event}`;
}

/** The outbox template of a staff alert. */
export function staffTemplate(kind: TStaffAlertKind): string {
  return `staff.${kind}`;
}

/** Which editable kind a reporter's notice belongs to. */
export function reporterKindOf(template: string): TReporterNoticeKind {
  switch (template) {
    case 'case.received':
      return 'received';
    case 'case.documents_requested':
      return 'documents_requested';
    case 'case.closed':
    case 'case.rejected':
      return 'closed';
    case 'case.disputed':
      return 'dispute_answer';
    default:
      return 'status';
  }
}

/** The few words an SMS gives for each public event (the full message goes by WhatsApp and e-mail). */
const STATUS_WORDS: Partial<Record<CaseEventType, string>> = {
  verified: 'sudah diverifikasi',
  documents_requested: 'menunggu kelengkapan berkas',
  documents_received: 'berkas sudah diterima',
  assessed: 'sudah diasesmen',
  approved: 'sudah disetujui',
  referred: 'dirujuk ke mitra',
  delivered: 'layanan sudah diberikan',
  closed: 'selesai',
  rejected: 'tidak dapat dipenuhi',
  out_of_scope: 'di luar kewenangan dinas',
  reopened: 'dibuka kembali',
  disputed: 'keberatan diterima, dibuka kembali',
  referral_accepted: 'diterima mitra',
  referral_declined: 'ditolak mitra, dialihkan',
  referral_done: 'selesai ditangani mitra',
  status_changed: 'status berubah',
  note: 'ada pesan petugas',
};

export function statusWords(event: string): string {
  return STATUS_WORDS[event as CaseEventType] ?? 'ada perkembangan';
}
