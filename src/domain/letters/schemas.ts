import { LETTER_TYPES } from '../registry/decisions';
import { z } from '../zod';
import { CHAIN_ROLES, chainProblem, LETTER_ACTIONS, LETTER_STATUSES } from './approval';
import { numberFormatProblem } from './numbering';
import { unknownPlaceholders } from './template';

// The letters' API contract: staff views, approval actions, templates, and the public verification.

export const ZLetterAction = z.object({
  type: z.enum(LETTER_ACTIONS, 'Pilih tindakan'),
  reason: z.string().trim().max(500, 'Alasan paling banyak 500 karakter').optional(),
});
export type TLetterAction = z.infer<typeof ZLetterAction>;

const ZApproval = z.object({
  role: z.enum(CHAIN_ROLES),
  name: z.string(),
  at: z.string(),
  kind: z.enum(['paraf', 'sign', 'sign_on_behalf']),
});

export const ZLetterView = z.object({
  id: z.uuid(),
  number: z.string(),
  type: z.enum(LETTER_TYPES),
  typeLabel: z.string(),
  status: z.enum(LETTER_STATUSES),
  ticket: z.string(),
  personName: z.string(),
  nikMasked: z.string().nullable(),
  programme: z.string(),
  rule: z.string(),
  addressee: z.string().nullable(),
  issuedAt: z.string(),
  issuedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  chain: z.array(z.enum(CHAIN_ROLES)),
  approvals: z.array(ZApproval),
  nextRole: z.enum(CHAIN_ROLES).nullable(),
  /** What the caller may do now. */
  actions: z.array(z.enum(LETTER_ACTIONS)),
  /** The archived signed copy, a file of the case. */
  attachmentId: z.string().nullable(),
  verificationUrl: z.string(),
  reason: z.string().nullable(),
});
export type TLetterView = z.infer<typeof ZLetterView>;

export const ZLetterListQuery = z.object({
  /** `mine`: letters waiting for the caller's signature; else every letter of a case or the office. */
  awaiting: z.enum(['mine']).optional(),
  ticket: z.string().max(20).optional(),
  status: z.enum(LETTER_STATUSES).optional(),
});

/** What anyone holding the letter sees by its QR code: never the NIK, the name masked. */
export const ZLetterVerification = z.object({
  number: z.string(),
  date: z.string(),
  type: z.enum(LETTER_TYPES),
  typeLabel: z.string(),
  officeName: z.string(),
  /** valid: signed and in force; revoked: withdrawn after signing; pending: not signed yet; void: returned. */
  status: z.enum(['valid', 'revoked', 'pending', 'void']),
  personMasked: z.string(),
  signedBy: z.string().nullable(),
  onBehalf: z.boolean(),
});
export type TLetterVerification = z.infer<typeof ZLetterVerification>;

const text = (max: number, message: string) => z.string().trim().max(max, message);
const withPlaceholders = (max: number, message: string) =>
  text(max, message).refine((value) => unknownPlaceholders(value).length === 0, {
    message: 'Ada penanda {…} yang tidak dikenal',
  });

export const ZLetterTemplate = z.object({
  title: text(120, 'Judul paling banyak 120 karakter').min(3, 'Tulis judul surat'),
  subject: withPlaceholders(200, 'Perihal paling banyak 200 karakter'),
  addressee: withPlaceholders(300, 'Tujuan paling banyak 300 karakter'),
  opening: withPlaceholders(1000, 'Pembuka paling banyak 1000 karakter'),
  body: withPlaceholders(4000, 'Isi paling banyak 4000 karakter').pipe(z.string().min(10, 'Tulis isi surat')),
  closing: withPlaceholders(1000, 'Penutup paling banyak 1000 karakter'),
  numberFormat: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = numberFormatProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  signerTitle: text(200, 'Jabatan paling banyak 200 karakter').min(3, 'Tulis jabatan penanda tangan'),
  approvalChain: z.array(z.enum(CHAIN_ROLES)).superRefine((chain, ctx) => {
    const problem = chainProblem(chain);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});
export type TLetterTemplate = z.infer<typeof ZLetterTemplate>;

export const ZLetterTemplateView = ZLetterTemplate.extend({
  type: z.enum(LETTER_TYPES),
  typeLabel: z.string(),
});
export type TLetterTemplateView = z.infer<typeof ZLetterTemplateView>;
