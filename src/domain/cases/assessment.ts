import { z } from '../zod';
import { CASE_OUTCOMES } from './outcomes';

/** What the person needs, as a social worker ticks it on the assessment form. */
export const ASSESSMENT_NEEDS = [
  { code: 'pangan', label: 'Pangan / makanan' },
  { code: 'sandang', label: 'Sandang / pakaian' },
  { code: 'tempat_tinggal', label: 'Tempat tinggal' },
  { code: 'kesehatan', label: 'Layanan kesehatan' },
  { code: 'kesehatan_jiwa', label: 'Layanan kesehatan jiwa' },
  { code: 'jaminan_kesehatan', label: 'Jaminan kesehatan (BPJS/KIS)' },
  { code: 'adminduk', label: 'Dokumen kependudukan (KTP, KK, akta)' },
  { code: 'pendidikan', label: 'Pendidikan' },
  { code: 'bantuan_sosial', label: 'Bantuan sosial (PKH, BPNT, dll.)' },
  { code: 'alat_bantu', label: 'Alat bantu disabilitas' },
  { code: 'rehabilitasi_sosial', label: 'Rehabilitasi sosial / panti' },
  { code: 'pendampingan_psikososial', label: 'Pendampingan psikososial' },
  { code: 'perlindungan', label: 'Perlindungan dari kekerasan' },
  { code: 'reunifikasi_keluarga', label: 'Penelusuran / penyatuan keluarga' },
  { code: 'pemulangan', label: 'Pemulangan ke daerah asal' },
  { code: 'usaha_ekonomi', label: 'Usaha ekonomi / pekerjaan' },
  { code: 'lainnya', label: 'Lainnya' },
] as const;
export type AssessmentNeed = (typeof ASSESSMENT_NEEDS)[number]['code'];

/**
 * Identity documents the worker saw: the brief's list plus those Si-PULAU PANDHA accepts at
 * assessment ("KTP/KK/SIM/Akte Kelahiran/Akta Nikah/Akta Cerai/Surat Kenal Lahir/surat lain yang sah",
 * 000_32934761c3844c36.txt BAB IV A.3).
 */
export const IDENTITY_DOCUMENTS = [
  { code: 'ktp', label: 'KTP' },
  { code: 'kk', label: 'Kartu Keluarga' },
  { code: 'akta_lahir', label: 'Akta kelahiran' },
  { code: 'kartu_bpjs_kis', label: 'Kartu BPJS/KIS' },
  { code: 'sim', label: 'SIM' },
  { code: 'akta_nikah', label: 'Akta nikah' },
  { code: 'akta_cerai', label: 'Akta cerai' },
  { code: 'surat_kenal_lahir', label: 'Surat kenal lahir' },
  { code: 'lainnya', label: 'Surat lain yang sah' },
  { code: 'tidak_ada', label: 'Tidak ada dokumen' },
] as const;
export type IdentityDocument = (typeof IDENTITY_DOCUMENTS)[number]['code'];

const codes = <T extends readonly { code: string }[]>(list: T) =>
  list.map((item) => item.code) as [T[number]['code'], ...T[number]['code'][]];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** Where the assessment took place; the same Indonesia bounds as an outreach intake. */
export const ZGpsPoint = z.object({
  latitude: z.number().min(-11.5, 'Lokasi di luar Indonesia').max(6.5, 'Lokasi di luar Indonesia'),
  longitude: z.number().min(94.5, 'Lokasi di luar Indonesia').max(141.5, 'Lokasi di luar Indonesia'),
  accuracyMetres: z.number().min(0).max(100_000).nullable().default(null),
});
export type TGpsPoint = z.infer<typeof ZGpsPoint>;

/**
 * A social worker's assessment (asesmen) of the person: condition, needs, family, identity documents
 * seen, the recommended follow-up, and where it was done. Photos are files: the server takes them as
 * multipart parts beside this form (re-encoded, EXIF and GPS stripped) and stores their count with
 * the event, so this schema has no photo field.
 */
export const ZAssessmentInput = z
  .object({
    condition: z.string().trim().min(10, 'Tuliskan kondisi orang yang diasesmen, minimal 10 huruf').max(4000),
    needs: z.object({
      items: z.array(z.enum(codes(ASSESSMENT_NEEDS))).min(1, 'Pilih minimal satu kebutuhan'),
      other: optionalText(300),
    }),
    /** Household members and who cares for the person. */
    family: z
      .string()
      .trim()
      .min(3, 'Tuliskan anggota keluarga dan siapa yang merawat, atau "tidak ada keluarga"')
      .max(2000),
    identityDocumentsSeen: z
      .array(z.enum(codes(IDENTITY_DOCUMENTS)))
      .min(1, 'Pilih dokumen identitas yang dilihat, atau "Tidak ada dokumen"'),
    identityDocumentsOther: optionalText(200),
    recommendedFollowUp: z.object({
      outcome: z.enum(CASE_OUTCOMES, 'Pilih rekomendasi tindak lanjut: terminasi, rujukan atau reunifikasi'),
      text: z.string().trim().min(5, 'Jelaskan rekomendasi tindak lanjut').max(2000),
    }),
    gps: ZGpsPoint.nullable().default(null),
    /** When the visit took place, if the form is sent later (filled offline). */
    visitedAt: z.iso
      .datetime({ offset: true, error: 'Waktu kunjungan tidak valid' })
      .nullable()
      .default(null),
  })
  .superRefine((form, ctx) => {
    if (form.needs.items.includes('lainnya') && !form.needs.other)
      ctx.addIssue({ code: 'custom', path: ['needs', 'other'], message: 'Sebutkan kebutuhan lainnya' });
    const documents = form.identityDocumentsSeen;
    if (documents.includes('tidak_ada') && documents.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['identityDocumentsSeen'],
        message: '"Tidak ada dokumen" tidak bisa dipilih bersama dokumen lain',
      });
    if (documents.includes('lainnya') && !form.identityDocumentsOther)
      ctx.addIssue({
        code: 'custom',
        path: ['identityDocumentsOther'],
        message: 'Sebutkan surat lain yang dilihat',
      });
  });
export type TAssessmentInput = z.infer<typeof ZAssessmentInput>;
export type TAssessmentFormValues = z.input<typeof ZAssessmentInput>;
