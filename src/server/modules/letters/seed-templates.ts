import { DEFAULT_CHAIN } from '../../../domain/letters/approval';
import type { LetterTemplateContent } from '../../../domain/letters/template';
import { LETTER_TYPES, type LetterType } from '../../../domain/registry/decisions';
import type { Database } from '../../db/client';
import { offices } from '../offices/tables';
import { letterTemplates } from './tables';

// The first templates of each office: the four letters of Pekanbaru's and Dumai's standards. Seeds
// add, never overwrite: an administrator's edit stays. The classification code 400.9.2 and the unit
// names follow the example numbering; each type has its own segment so numbers of two types never meet.

/** The unit segment of an office's letter numbers (Dumai's decree is numbered …/DINSOSPM/2024). */
const UNIT: Record<string, string> = { dumai: 'DINSOSPM', dharmasraya: 'DINSOSP3APPKB' };
const TYPE_SEGMENT: Record<LetterType, string> = {
  'rekom-dtks': '',
  'kis-apbd': '-KIS',
  kip: '-KIP',
  'pbi-jkn-reaktivasi': '-PBI',
};

const OPENING = 'Yang bertanda tangan di bawah ini, {kantor}, dengan ini menerangkan bahwa:';
const REGISTERED =
  'adalah benar terdaftar dalam Data Terpadu Kesejahteraan Sosial (DTKS) {kota} berdasarkan data {sumber} per tanggal {tanggal_data}.';
const CLOSING = 'Demikian surat rekomendasi ini dibuat untuk dapat dipergunakan sebagaimana mestinya.';

const WORDS: Record<LetterType, Pick<LetterTemplateContent, 'subject' | 'addressee' | 'body'>> = {
  'kis-apbd': {
    subject: 'Rekomendasi Pembuatan Kartu Indonesia Sehat (KIS) APBD',
    addressee: 'Kepala Dinas Kesehatan {kota}',
    body: `${REGISTERED} Sehubungan dengan itu, yang bersangkutan direkomendasikan untuk didaftarkan sebagai peserta Jaminan Kesehatan (KIS) yang iurannya dibayar oleh APBD {kota}.`,
  },
  kip: {
    subject: 'Rekomendasi Pengusulan Kartu Indonesia Pintar (KIP)',
    addressee: 'Operator Dapodik Sekolah',
    body: `${REGISTERED} Sehubungan dengan itu, yang bersangkutan direkomendasikan untuk diusulkan sebagai penerima Kartu Indonesia Pintar (KIP) melalui Dapodik sekolah.`,
  },
  'pbi-jkn-reaktivasi': {
    subject: 'Rekomendasi Re-Aktivasi Kepesertaan PBI JKN',
    addressee: 'Kepala BPJS Kesehatan Cabang {kota}',
    body: `${REGISTERED} Kepesertaan Penerima Bantuan Iuran Jaminan Kesehatan Nasional (PBI JKN) yang bersangkutan nonaktif kurang dari 6 (enam) bulan, sehingga direkomendasikan untuk diaktifkan kembali.`,
  },
  'rekom-dtks': {
    subject: 'Surat Keterangan Terdaftar dalam DTKS',
    addressee: '',
    body: `${REGISTERED} Bantuan sosial yang tercatat: {program}.`,
  },
};

export function defaultTemplate(
  office: { slug: string; shortName: string },
  type: LetterType,
): LetterTemplateContent {
  const unit = UNIT[office.slug] ?? 'Dinsos';
  return {
    title: type === 'rekom-dtks' ? 'SURAT KETERANGAN' : 'SURAT REKOMENDASI',
    ...WORDS[type],
    opening: OPENING,
    closing: CLOSING,
    numberFormat: `400.9.2/{seq:4}/${unit}${TYPE_SEGMENT[type]}/{year}`,
    signerTitle: `Kepala ${office.shortName}`,
  };
}

/** Adds the templates an office does not have yet. */
export async function seedLetterTemplates(db: Database): Promise<number> {
  const rows = await db
    .select({ id: offices.id, slug: offices.slug, shortName: offices.shortName })
    .from(offices);
  const values = rows.flatMap((office) =>
    LETTER_TYPES.map((type) => ({
      officeId: office.id,
      type,
      content: defaultTemplate(office, type),
      approvalChain: [...DEFAULT_CHAIN],
    })),
  );
  if (values.length === 0) return 0;
  const inserted = await db
    .insert(letterTemplates)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: letterTemplates.id });
  return inserted.length;
}
