import type { LetterType } from '../registry/decisions';

// Letter templates: per office and letter type, the words of the letter with placeholders the
// letter's person and registry answer fill in.

export const LETTER_TYPE_LABELS: Record<LetterType, string> = {
  'kis-apbd': 'Surat Rekomendasi Pembuatan KIS (APBD)',
  kip: 'Surat Rekomendasi Pembuatan KIP',
  'pbi-jkn-reaktivasi': 'Surat Rekomendasi Re-Aktivasi PBI JKN',
  'rekom-dtks': 'Surat Keterangan / Rekomendasi DTKS',
};

/** The placeholders a template may use, with what each stands for. */
export const PLACEHOLDERS = {
  nama: 'nama lengkap',
  ttl: 'tempat, tanggal lahir',
  alamat: 'alamat',
  desa: 'desa/kelurahan',
  kecamatan: 'kecamatan',
  kota: 'kabupaten/kota dinas',
  sumber: 'sumber data registri (DTKS, DTSEN)',
  tanggal_data: 'tanggal data registri',
  program: 'bantuan yang diterima (PKH, BPNT, …)',
  desil: 'desil kesejahteraan',
  kantor: 'nama dinas',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** The placeholders a text uses that are not known: a template with them is refused. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !(name in PLACEHOLDERS));
}

/** The text with each placeholder filled; a blank value reads as "-". */
export function fillTemplate(text: string, values: Partial<Record<Placeholder, string | null>>): string {
  return text.replace(PLACEHOLDER, (match, name: string) =>
    name in PLACEHOLDERS ? values[name as Placeholder] || '-' : match,
  );
}

/** The parts of a letter an office writes for each type. */
export interface LetterTemplateContent {
  title: string;
  subject: string;
  /** "Kepala Dinas Kesehatan {kota}", or empty for a certificate without addressee. */
  addressee: string;
  opening: string;
  body: string;
  closing: string;
  /** e.g. `400.9.2/{seq:4}/Dinsos/{year}`. */
  numberFormat: string;
  /** The title of the signer, e.g. "Kepala Dinas Sosial Kota Pekanbaru". */
  signerTitle: string;
}
