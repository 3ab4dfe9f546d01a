import type { TNoticeParams, TReporterNoticeKind, TStaffAlertKind } from './kinds';
import { smsLength } from './sms-segments';

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

/** Placeholders whose value has no bound: a text holding one cannot promise one SMS. */
export const UNBOUNDED_PLACEHOLDERS: readonly TPlaceholder[] = ['pesan', 'kurang'];

export const DEFAULT_TEXTS: Record<TReporterNoticeKind, string> = {
  received: '{kantor}: laporan Anda diterima, tiket {tiket}{agenda}. Pantau perkembangannya: {tautan}',
  status: '{kantor}: tiket {tiket} {status}. Lihat rinciannya: {tautan}',
  documents_requested:
    '{kantor}: tiket {tiket} menunggu kelengkapan berkas. Daftar berkas yang kurang: {tautan}',
  closed: '{kantor}: tiket {tiket} {status}. Mohon nilai layanan kami: {tautan}',
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

/** The longest short-status words, a ticket and an agenda number: the worst case a text must fit. */
const WORST_CASE: Omit<Record<TPlaceholder, string>, 'kantor' | 'tautan'> = {
  tiket: 'DHA-XXXX-XXXX',
  agenda: ' (agenda 9999/ADU/2026)',
  status: 'keberatan diterima, dibuka kembali',
  pesan: '',
  kurang: '',
};

/**
 * Whether a text fits one SMS with the longest values it can take (the office's sender name and
 * public address as they are now). Null when it fits, else the reason in Indonesian.
 */
export function smsFitProblem(text: string, sender: string, publicBaseUrl: string): string | null {
  const unbounded = UNBOUNDED_PLACEHOLDERS.filter((p) => text.includes(`{${p}}`));
  if (unbounded.length > 0)
    return `{${unbounded[0]}} terlalu panjang untuk SMS; pakai {tautan} agar penerima membuka rinciannya`;
  const rendered = renderText(text, {
    ...WORST_CASE,
    kantor: sender,
    tautan: shortLink(publicBaseUrl, WORST_CASE.tiket, 'survey'),
  });
  const length = smsLength(rendered);
  if (length.segments > 1)
    return length.encoding === 'ucs2'
      ? `Teks memuat huruf di luar abjad SMS biasa, sehingga muat hanya 70 karakter (sekarang ${length.units})`
      : `Teks terpanjang ${length.units} karakter, melebihi 1 SMS (160 karakter)`;
  return null;
}

/** The short link a notice carries: `/t/<ticket>` opens the tracking page, `/t/<ticket>/s` the survey. */
export function shortLink(publicBaseUrl: string, ticket: string, to: 'tracking' | 'survey'): string {
  return `${publicBaseUrl}/t/${ticket}${to === 'survey' ? '/s' : ''}`;
}
