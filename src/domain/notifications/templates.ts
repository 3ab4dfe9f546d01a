import { CASE_EVENT_TYPES } from '../cases/events';
import {
  REPORTER_NOTICE_KINDS,
  reporterKindOf,
  reporterTemplate,
  statusWords,
  type TNoticeParams,
  type TReporterNoticeKind,
  type TStaffAlertKind,
} from './kinds';
import { type SmsLength, smsLength } from './sms-segments';

/**
 * The words of each notice, as an office edits them. Placeholders in braces are filled when the
 * notice is sent; `{agenda}` is ` (agenda 0012/ADU/2026)` for a complaint and empty otherwise, so a
 * text reads right either way.
 */
export const PLACEHOLDERS = {
  kantor: 'nama pengirim (pengaturan "Nama pengirim")',
  tiket: 'nomor tiket',
  agenda: 'nomor agenda pengaduan, bila ada',
  tautan: 'tautan pendek ke halaman pantau (atau survei pada pesan penutupan)',
  status: 'status singkat ("sudah diverifikasi")',
  pesan: 'pesan lengkap di linimasa (panjang: tidak untuk SMS)',
  kurang: 'dokumen yang masih kurang (panjang: tidak untuk SMS)',
} as const;
export type TPlaceholder = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as [TPlaceholder, ...TPlaceholder[]];

/** Placeholders whose value has no bound: a text holding one cannot promise one SMS. */
export const UNBOUNDED_PLACEHOLDERS: readonly TPlaceholder[] = ['pesan', 'kurang'];

/**
 * Each fits one SMS (160 GSM-7 characters) with the longest ticket, agenda number and status words,
 * a 40-character-wide regency in the sender name and a long public address (sms-segments.test.ts).
 */
export const DEFAULT_TEXTS: Record<TReporterNoticeKind, string> = {
  received: '{kantor}: laporan Anda diterima, tiket {tiket}{agenda}. Pantau: {tautan}',
  status: '{kantor}: tiket {tiket} {status}. Lihat rinciannya: {tautan}',
  documents_requested:
    '{kantor}: tiket {tiket} menunggu kelengkapan berkas. Daftar berkas yang kurang: {tautan}',
  closed: '{kantor}: tiket {tiket} {status}. Mohon nilai layanan: {tautan}',
  dispute_answer: '{kantor}: keberatan atas tiket {tiket} diterima, kasus dibuka kembali. {tautan}',
};

/** Alerts to staff: in-app and e-mail/WhatsApp words (staff read them in full, no SMS limit). */
export const STAFF_ALERT_TEXTS: Record<TStaffAlertKind, string> = {
  assigned: 'Kasus {tiket} ditugaskan kepada Anda.',
  referral_received: 'Rujukan baru untuk lembaga Anda: tiket {tiket}.',
  sla_warning: 'Tenggat hampir habis (75% waktu terpakai): tiket {tiket}.',
  sla_breached: 'Tenggat layanan terlewati: tiket {tiket}.',
  step_breached: 'Waktu langkah terlewati: tiket {tiket}.',
  visit_overdue: 'Kunjungan jemput bola belum dilakukan dalam 1 hari: tiket {tiket}.',
  escalated: 'Eskalasi: tenggat tiket {tiket} terlewati dan belum selesai.',
  disputed: 'Pelapor mengajukan keberatan atas penutupan tiket {tiket}; kasus dibuka kembali untuk Anda.',
};

/** The approved WhatsApp template of each kind and the placeholders of its body, in order. */
export interface TWhatsappTemplate {
  name: string;
  language: string;
  parameters: TPlaceholder[];
}

export const DEFAULT_WHATSAPP_TEMPLATES: Record<TReporterNoticeKind | 'staff_alert', TWhatsappTemplate> = {
  received: {
    name: 'satu_atap_laporan_diterima',
    language: 'id',
    parameters: ['kantor', 'tiket', 'agenda', 'tautan'],
  },
  status: {
    name: 'satu_atap_perkembangan',
    language: 'id',
    parameters: ['kantor', 'tiket', 'pesan', 'tautan'],
  },
  documents_requested: {
    name: 'satu_atap_kelengkapan',
    language: 'id',
    parameters: ['kantor', 'tiket', 'kurang', 'tautan'],
  },
  closed: { name: 'satu_atap_selesai', language: 'id', parameters: ['kantor', 'tiket', 'pesan', 'tautan'] },
  dispute_answer: {
    name: 'satu_atap_keberatan',
    language: 'id',
    parameters: ['kantor', 'tiket', 'pesan', 'tautan'],
  },
  staff_alert: {
    name: 'satu_atap_peringatan_petugas',
    language: 'id',
    parameters: ['kantor', 'pesan', 'tautan'],
  },
};

const PLACEHOLDER_PATTERN = /\{([a-z_]+)\}/g;

/** The placeholders a text names that are not known (the editor refuses them). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)]
    .map((m) => m[1] as string)
    .filter((name) => !(name in PLACEHOLDERS));
}

export interface RenderValues {
  sender: string;
  params: TNoticeParams;
  /** The link as the notice carries it (the short `/t/<ticket>` form). */
  link: string;
}

/** The value of each placeholder for one notice. */
export function placeholderValues({ sender, params, link }: RenderValues): Record<TPlaceholder, string> {
  return {
    kantor: sender,
    tiket: params.ticket ?? '',
    agenda: params.agendaNumber ? ` (agenda ${params.agendaNumber})` : '',
    tautan: link,
    status: params.status ?? '',
    pesan: params.message ?? '',
    kurang: params.missing ?? '',
  };
}

/** Fills a text's placeholders; unknown ones stay as written. */
export function renderText(text: string, values: Record<TPlaceholder, string>): string {
  return text
    .replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
      name in values ? values[name as TPlaceholder] : whole,
    )
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The short link a notice carries: `/t/<ticket>` opens the tracking page, `/t/<ticket>/s` the survey. */
export function shortLink(publicBaseUrl: string, ticket: string, to: 'tracking' | 'survey'): string {
  return `${publicBaseUrl}/t/${ticket}${to === 'survey' ? '/s' : ''}`;
}

/** The link each kind carries: a closing notice asks for the survey. */
function linkTarget(kind: TReporterNoticeKind | undefined): 'tracking' | 'survey' {
  return kind === undefined || kind === 'closed' ? 'survey' : 'tracking';
}

/** The longest short-status words a notice of each kind can carry (its events' words). */
const LONGEST_STATUS = Object.fromEntries(
  REPORTER_NOTICE_KINDS.map((kind) => [
    kind,
    CASE_EVENT_TYPES.filter((e) => reporterKindOf(reporterTemplate(e)) === kind)
      .map(statusWords)
      .reduce((longest, words) => (words.length > longest.length ? words : longest), ''),
  ]),
) as Record<TReporterNoticeKind, string>;

const LONGEST_OF_ALL = Object.values(LONGEST_STATUS).reduce((a, b) => (b.length > a.length ? b : a), '');

/** A ticket and agenda number as long as they come (tickets are always 13 characters). */
const WORST_TICKET = 'DHA-XXXX-XXXX';
const WORST_AGENDA = ' (agenda 9999/ADU/2026)';

/** The longest values a text of a kind can take (without a kind: of any kind). */
function worstCaseValues(
  sender: string,
  publicBaseUrl: string,
  kind?: TReporterNoticeKind,
): Record<TPlaceholder, string> {
  return {
    kantor: sender,
    tiket: WORST_TICKET,
    agenda: WORST_AGENDA,
    status: kind ? LONGEST_STATUS[kind] : LONGEST_OF_ALL,
    tautan: shortLink(publicBaseUrl, WORST_TICKET, linkTarget(kind)),
    pesan: '',
    kurang: '',
  };
}

export interface SmsMeasure extends SmsLength {
  /** Why the text cannot go as one SMS, in Indonesian; null when it fits. */
  problem: string | null;
}

/**
 * How long a text is as an SMS with the longest values it can take (the office's sender name and
 * public address as they are now), and whether that fits one SMS. The editor's live counter and
 * the server's check both use it, so they never disagree.
 */
export function smsMeasure(
  text: string,
  sender: string,
  publicBaseUrl: string,
  kind?: TReporterNoticeKind,
): SmsMeasure {
  const length = smsLength(renderText(text, worstCaseValues(sender, publicBaseUrl, kind)));
  const unbounded = UNBOUNDED_PLACEHOLDERS.find((p) => text.includes(`{${p}}`));
  if (unbounded)
    return {
      ...length,
      problem: `{${unbounded}} terlalu panjang untuk SMS; pakai {tautan} agar penerima membuka rinciannya`,
    };
  if (length.segments <= 1) return { ...length, problem: null };
  return {
    ...length,
    problem:
      length.encoding === 'ucs2'
        ? `Teks memuat huruf di luar abjad SMS biasa (misalnya emoji atau tanda kutip miring), sehingga 1 SMS hanya muat 70 karakter; sekarang ${length.units}`
        : `Teks terpanjang ${length.units} karakter, melebihi 1 SMS (160 karakter)`,
  };
}

/** Whether a text fits one SMS with the longest values it can take: null when it fits, else why. */
export function smsFitProblem(
  text: string,
  sender: string,
  publicBaseUrl: string,
  kind?: TReporterNoticeKind,
): string | null {
  return smsMeasure(text, sender, publicBaseUrl, kind).problem;
}

/** A notice of a kind as a reporter would read it, with example values (the editor's preview). */
export function sampleText(
  text: string,
  kind: TReporterNoticeKind,
  sender: string,
  publicBaseUrl: string,
  ticketPrefix = 'DHA',
): string {
  const ticket = `${ticketPrefix}-7K3F-9QXA`;
  const status: Record<TReporterNoticeKind, string> = {
    received: '',
    status: statusWords('verified'),
    documents_requested: statusWords('documents_requested'),
    closed: statusWords('closed'),
    dispute_answer: statusWords('disputed'),
  };
  return renderText(
    text,
    placeholderValues({
      sender,
      link: shortLink(publicBaseUrl, ticket, linkTarget(kind)),
      params: {
        ticket,
        agendaNumber: kind === 'received' ? '0012/ADU/2026' : null,
        status: status[kind],
        message: 'Laporan Anda sudah diperiksa petugas.',
        missing: 'fotokopi KK, surat keterangan domisili',
      },
    }),
  );
}
