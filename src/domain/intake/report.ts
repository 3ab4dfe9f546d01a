import { CHANNELS } from '../catalogue/schemas';
import { KK_MESSAGES } from '../identity/kk';
import { NIK_MESSAGES } from '../identity/nik';
import { normalizePhone, PHONE_MESSAGE } from '../identity/phone';
import { SURVEY_STATES } from '../survey/state';
import { z } from '../zod';
import {
  AID_KINDS,
  DTKS_STATUSES,
  EDUCATION_LEVELS,
  PBI_SCHEMES,
  PPKS_CATEGORIES,
  ppksCategory,
} from './ppks';

const codes = <T extends readonly { code: string }[]>(list: T) =>
  list.map((item) => item.code) as [T[number]['code'], ...T[number]['code'][]];

/** A free text that may be left empty: empty or missing is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/** A phone number in any Indonesian form, stored as +62…. */
export const ZPhone = z.string().transform((value, ctx) => {
  const result = normalizePhone(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
    return z.NEVER;
  }
  return result.value;
});

/** 16 digits (spaces and dots allowed); the district and birth-date rules run on the server against the regions table. */
export const ZSixteenDigits = (message: string) =>
  z
    .string()
    .transform((v) => v.replace(/[\s.-]/g, ''))
    .refine((v) => /^\d{16}$/.test(v), message);

export const ZVillageCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Pilih desa/kelurahan/nagari');

/**
 * The report of a person in need, field for field as the Si-PULAU PANDHA application asks it
 * (000_32934761c3844c36.txt, "D. Aplikasi"): the person, the PPKS category, DTKS status, aid received,
 * what is reported, the reporter, and consent.
 */
export const ZReportInput = z
  .object({
    office: z.string().min(1).max(60).describe('slug or Kemendagri code of the office'),
    serviceCode: z.string().max(60).nullable().default(null),
    person: z.object({
      fullName: z.string().trim().min(2, 'Nama lengkap minimal 2 huruf').max(120),
      birthPlace: optionalText(80),
      birthDate: z.iso.date('Tanggal lahir tidak valid').nullable().default(null),
      kk: ZSixteenDigits(KK_MESSAGES.format).nullable().default(null),
      nik: ZSixteenDigits(NIK_MESSAGES.format).nullable().default(null),
      education: z.enum(codes(EDUCATION_LEVELS)).nullable().default(null),
      phone: ZPhone.nullable().default(null),
      villageCode: ZVillageCode,
      address: optionalText(300),
    }),
    ppks: z.object({
      category: z.enum(codes(PPKS_CATEGORIES), 'Pilih jenis PPKS'),
      subcategory: z.string().max(60).nullable().default(null),
      other: optionalText(200),
    }),
    dtksStatus: z.enum(codes(DTKS_STATUSES), 'Pilih status DTKS'),
    aid: z.object({
      kinds: z
        .array(z.enum(codes(AID_KINDS)))
        .min(1, 'Pilih bantuan yang pernah diterima, atau "Belum pernah"'),
      pbiScheme: z.enum(codes(PBI_SCHEMES)).nullable().default(null),
      other: optionalText(200),
    }),
    description: z.string().trim().min(10, 'Ceritakan hal yang diadukan, minimal 10 huruf').max(4000),
    reporter: z.object({
      name: z.string().trim().min(2, 'Nama pelapor minimal 2 huruf').max(120),
      phone: ZPhone,
      /** Optional: notices also go to this address (issue 14). */
      email: z
        .email('Alamat email tidak valid; tulis seperti nama@contoh.id')
        .max(200)
        .nullish()
        .transform((v) => v ?? null),
    }),
    consent: z.literal(true, 'Persetujuan pengolahan data diperlukan untuk mengirim laporan'),
  })
  // Runs even when other fields failed, so the form shows every problem at once; hence the care
  // with parts that may be missing.
  .superRefine(
    (report, ctx) => {
      const ppks = report.ppks ?? {};
      const category = ppksCategory(ppks.category);
      const subcategories = category?.subcategories ?? [];
      if (subcategories.length > 0 && !subcategories.some((s) => s.code === ppks.subcategory))
        ctx.addIssue({
          code: 'custom',
          path: ['ppks', 'subcategory'],
          message: `Pilih ${category?.subcategoryLabel?.toLowerCase() ?? 'sub-jenis'}`,
        });
      if (ppks.category === 'lainnya' && !ppks.other)
        ctx.addIssue({ code: 'custom', path: ['ppks', 'other'], message: 'Sebutkan jenis PPKS lainnya' });
      const aid = report.aid ?? {};
      const kinds: readonly string[] = Array.isArray(aid.kinds) ? aid.kinds : [];
      if (kinds.includes('belum-pernah') && kinds.length > 1)
        ctx.addIssue({
          code: 'custom',
          path: ['aid', 'kinds'],
          message: '"Belum pernah" tidak bisa dipilih bersama bantuan lain',
        });
      if (kinds.includes('bpjs-pbi') && !aid.pbiScheme)
        ctx.addIssue({
          code: 'custom',
          path: ['aid', 'pbiScheme'],
          message: 'Pilih BPJS/PBI Pusat, Daerah atau Tidak tahu',
        });
      if (kinds.includes('lainnya') && !aid.other)
        ctx.addIssue({ code: 'custom', path: ['aid', 'other'], message: 'Sebutkan bantuan lainnya' });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
export type TReportInput = z.infer<typeof ZReportInput>;
export type TReportFormValues = z.input<typeof ZReportInput>;

export const ZReportCreated = z.object({
  ticket: z.string(),
  trackingUrl: z.string(),
  agendaNumber: z.string().nullable(),
});
export type TReportCreated = z.infer<typeof ZReportCreated>;

export const CASE_STATUSES = [
  'new',
  'verified',
  'awaiting_documents',
  'in_progress',
  'referred',
  'closed',
  'rejected',
  'out_of_scope',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What the public sees of a case: progress, never the person. */
export const ZTrackingView = z.object({
  ticket: z.string(),
  /** The office, with the time zone its dates are read in. */
  office: z.object({ slug: z.string(), name: z.string(), timeZone: z.string() }),
  service: z.object({ code: z.string(), name: z.string() }).nullable(),
  kind: z.enum(['service', 'complaint']),
  channel: z.enum(CHANNELS),
  status: z.enum(CASE_STATUSES),
  currentStep: z.string().nullable(),
  openedAt: z.string(),
  dueAt: z.string().nullable(),
  timeline: z.array(z.object({ at: z.string(), message: z.string() })),
  /** Referrals, as the public may read them: the kind of body and its progress, nothing more. */
  referrals: z.array(z.object({ text: z.string() })),
  /** While a closure may still be disputed (14 days): until when. */
  dispute: z.object({ until: z.string() }).nullable(),
  /** The satisfaction survey: not offered yet, open to the reporter, or already answered. */
  survey: z.enum(SURVEY_STATES),
});
export type TTrackingView = z.infer<typeof ZTrackingView>;
