import { z } from '../zod';

/** "Who saw this person": by register record id, or by NIK in the body (never in a URL). */
export const ZWhoSawQuery = z
  .object({
    personId: z.uuid('ID register tidak valid').nullable().default(null),
    nik: z
      .string()
      .transform((v) => v.replace(/[\s.-]/g, ''))
      .refine((v) => /^\d{16}$/.test(v), 'NIK harus 16 angka')
      .nullable()
      .default(null),
    /** The id of the last entry of the previous page (newest first). */
    before: z.string().regex(/^\d+$/).nullable().default(null),
  })
  .refine((q) => q.personId !== null || q.nik !== null, {
    path: ['personId'],
    message: 'Isi ID register atau NIK',
  });
export type TWhoSawQuery = z.infer<typeof ZWhoSawQuery>;

export const ZWhoSawEntry = z.object({
  id: z.string(),
  at: z.string(),
  officerUsername: z.string().nullable(),
  officerName: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  /** What was seen: a case (ticket), the register record, a registry check. */
  targetType: z.string(),
  targetId: z.string().nullable(),
  /** Why: the purpose of the page or action (e.g. "membuka kasus"), and a reason the officer gave. */
  purpose: z.string().nullable(),
  reason: z.string().nullable(),
});
export type TWhoSawEntry = z.infer<typeof ZWhoSawEntry>;

export const ZWhoSawPage = z.object({
  /** The register records found (the person and records merged into it); empty when none. */
  personIds: z.array(z.string()),
  tickets: z.array(z.string()),
  items: z.array(ZWhoSawEntry),
  next: z.string().nullable(),
});
export type TWhoSawPage = z.infer<typeof ZWhoSawPage>;

export const REQUESTER_KINDS = [
  'subject',
  'guardian',
  'legal_representative',
  'heir',
  'court',
  'other',
] as const;
export const LEGAL_BASES = [
  'uu_pdp_art_8_erasure',
  'uu_pdp_art_9_consent_withdrawn',
  'uu_pdp_art_43_purpose_ended',
  'court_order',
  'other',
] as const;

const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max);

export const ZErasureRequestInput = z.object({
  personId: z.uuid('ID register tidak valid'),
  requesterKind: z.enum(REQUESTER_KINDS, 'Pilih siapa yang meminta'),
  legalBasis: z.enum(LEGAL_BASES, 'Pilih dasar hukum'),
  referenceNumber: text(3, 100, 'Catat nomor surat/agenda permintaan'),
  reason: text(10, 2000, 'Tulis alasan permintaan (minimal 10 huruf)'),
});
export type TErasureRequestInput = z.infer<typeof ZErasureRequestInput>;

/** What an erasure removed, counted (never the values). */
export const ZErasureOutcome = z.object({
  persons: z.number(),
  cases: z.number(),
  files: z.number(),
  filesNotRemoved: z.number(),
  registryChecks: z.number(),
  notices: z.number(),
  letters: z.number(),
});
export type TErasureOutcome = z.infer<typeof ZErasureOutcome>;

export const ZErasureRequest = z.object({
  id: z.string(),
  personId: z.string(),
  requesterKind: z.enum(REQUESTER_KINDS),
  legalBasis: z.enum(LEGAL_BASES),
  referenceNumber: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'done', 'cancelled']),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  outcome: ZErasureOutcome.nullable(),
  /** For a pending request: the person's cases, and why the erasure cannot go ahead now. */
  cases: z.number(),
  hold: z.array(z.object({ ticket: z.string(), reason: z.enum(['open', 'dispute_window']) })),
});
export type TErasureRequest = z.infer<typeof ZErasureRequest>;

export const ZErasureList = z.object({ items: z.array(ZErasureRequest) });

export const ZRetentionSettings = z.object({
  closedCaseYears: z.number().int().min(1, 'Paling sedikit 1 tahun').max(50),
  registryCheckMonths: z.number().int().min(1, 'Paling sedikit 1 bulan').max(240),
  outboxDays: z.number().int().min(7, 'Paling sedikit 7 hari').max(3650),
  sessionDays: z.number().int().min(1, 'Paling sedikit 1 hari').max(3650),
});
export type TRetentionSettings = z.infer<typeof ZRetentionSettings>;
