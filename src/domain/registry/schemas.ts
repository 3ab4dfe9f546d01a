import { z } from '../zod';
import { PROGRAMMES } from './decisions';
import { RELATIONS } from './values';

// The registry's API contract: imports, checks, the decision walkthrough. NIK and KK travel only in
// POST bodies and come back masked.

export const IMPORT_STATUSES = ['running', 'done', 'failed'] as const;

export const ZRegistryImport = z.object({
  id: z.uuid(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  source: z.string(),
  dataDate: z.string(),
  status: z.enum(IMPORT_STATUSES),
  bytesRead: z.number(),
  bytesTotal: z.number(),
  rowsRead: z.number(),
  inserted: z.number(),
  updated: z.number(),
  failed: z.number(),
  /** Why the whole import stopped (a missing column, an unreadable file). */
  message: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  by: z.string().nullable(),
});
export type TRegistryImport = z.infer<typeof ZRegistryImport>;

export const ZImportError = z.object({
  line: z.number(),
  column: z.string(),
  reason: z.string(),
  message: z.string(),
});

export const ZImportErrorPage = z.object({
  items: z.array(ZImportError),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const isoDate = (message: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message);

/** The form fields sent with an uploaded export. */
export const ZImportOptions = z.object({
  /** "DTKS", "DTSEN": the registry the file comes from. */
  source: z.string().trim().min(2, 'Tulis sumber data, mis. DTKS').max(40).default('DTKS'),
  /** The date the data was exported or fixed (e.g. the SK penetapan). */
  dataDate: isoDate('Tulis tanggal data (TTTT-BB-HH)'),
  /** Overrides the saved mapping for this file; saved when `saveMapping`. */
  mapping: z.string().max(4000).optional(),
  saveMapping: z.enum(['true', 'false']).optional(),
});

const programmes = z.object({ pkh: z.boolean(), bpnt: z.boolean(), pbiJkn: z.boolean(), blt: z.boolean() });

export const ZRegistryPerson = z.object({
  memberId: z.uuid(),
  nikMasked: z.string(),
  name: z.string(),
  birthPlace: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  relation: z.enum(RELATIONS).nullable(),
  programmes,
  decile: z.number().nullable(),
  /** Name searches: how alike the name is, 0-1. */
  score: z.number().optional(),
  source: z.string(),
  dataDate: z.string(),
});
export type TRegistryPerson = z.infer<typeof ZRegistryPerson>;

export const ZRegistryHousehold = z.object({
  kkMasked: z.string(),
  householdRef: z.string(),
  address: z.string().nullable(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  districtName: z.string().nullable(),
  /** Programmes any member receives. */
  programmes,
  decile: z.number().nullable(),
  members: z.array(ZRegistryPerson),
});
export type TRegistryHousehold = z.infer<typeof ZRegistryHousehold>;

const ticket = z.string().trim().min(1, 'Tulis nomor tiket kasus').max(20);

/** A check is always made for a case: the audit says who looked up whom, and why. */
export const ZRegistryCheckRequest = z.discriminatedUnion(
  'by',
  [
    z.object({ by: z.literal('nik'), ticket, nik: z.string().regex(/^\d{16}$/, 'NIK harus 16 angka') }),
    z.object({ by: z.literal('kk'), ticket, kk: z.string().regex(/^\d{16}$/, 'Nomor KK harus 16 angka') }),
    z.object({
      by: z.literal('name'),
      ticket,
      name: z.string().trim().min(3, 'Tulis nama minimal 3 huruf').max(200),
      birthDate: isoDate('Tulis tanggal lahir'),
    }),
  ],
  'Pilih cara pengecekan: NIK, KK atau nama dan tanggal lahir',
);
export type TRegistryCheckRequest = z.infer<typeof ZRegistryCheckRequest>;

export const ZRegistryCheckResult = z.object({
  checkId: z.uuid(),
  ticket: z.string(),
  by: z.enum(['nik', 'kk', 'name']),
  registered: z.boolean(),
  /** The person found (by NIK), or the candidates (by name), best first. */
  people: z.array(ZRegistryPerson),
  household: ZRegistryHousehold.nullable(),
  /** Where the answer comes from: the registry and the date of its data. */
  source: z.string().nullable(),
  dataDate: z.string().nullable(),
  checkedAt: z.string(),
});
export type TRegistryCheckResult = z.infer<typeof ZRegistryCheckResult>;

/** The walkthrough's answers, decided on the server from the stored check. */
export const ZDecisionRequest = z.object({
  checkId: z.uuid(),
  /** For a check by name or KK: which person the decision is about. */
  memberId: z.uuid().optional(),
  programme: z.enum(PROGRAMMES, 'Pilih keperluan warga'),
  ill: z.boolean().nullable().optional(),
  pbiInactiveSince: isoDate('Tulis tanggal PBI-JKN nonaktif').nullable().optional(),
});
export type TDecisionRequest = z.infer<typeof ZDecisionRequest>;

export const ZDecision = z.object({
  programme: z.enum(PROGRAMMES),
  registered: z.boolean(),
  rule: z.string(),
  letter: z.string().nullable(),
  addressee: z.string().nullable(),
  stampKk: z.boolean(),
  guidance: z.array(z.string()),
});
export type TDecision = z.infer<typeof ZDecision>;
