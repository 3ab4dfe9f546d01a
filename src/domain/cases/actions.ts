import { z } from '../zod';
import { ZAssessmentInput } from './assessment';
import { CASE_OUTCOMES, DELIVERY_FORMS } from './outcomes';
import { ZReferralInput } from './referral';

/** Every staff action on a case, in the order a case usually meets them. */
export const CASE_ACTION_TYPES = [
  'verify',
  'request_documents',
  'documents_received',
  'assess',
  'approve',
  'refer',
  'deliver',
  'close',
  'reject',
  'out_of_scope',
  'reopen',
  'note',
  'assign',
] as const;
export type CaseActionType = (typeof CASE_ACTION_TYPES)[number];

const PUBLIC_MESSAGE_MAX = 500;

/** Optional free text: blank means absent. */
const optionalText = (max: number, message?: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

const note = optionalText(2000, 'Catatan paling banyak 2000 karakter');
/** Words for the reporter, shown on the tracking page and sent with the notice. */
const publicMessage = optionalText(
  PUBLIC_MESSAGE_MAX,
  `Pesan untuk pelapor paling banyak ${PUBLIC_MESSAGE_MAX} karakter`,
);
const reason = (message: string) => z.string().trim().min(5, message).max(2000);

export const ZAssignTarget = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('officer'), userId: z.uuid('Pilih petugas') }),
    z.object({ kind: z.literal('division'), code: z.string().trim().min(1, 'Pilih bidang').max(40) }),
    z.object({
      kind: z.literal('district_unit'),
      districtCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Pilih kecamatan'),
    }),
  ],
  'Pilih tujuan penugasan: petugas, bidang atau unit kecamatan',
);
export type TAssignTarget = z.infer<typeof ZAssignTarget>;

export const ZVerifyAction = z.object({ type: z.literal('verify'), note, publicMessage });

export const ZRequestDocumentsAction = z.object({
  type: z.literal('request_documents'),
  missing: z
    .array(
      z
        .string()
        .trim()
        .min(2, 'Nama dokumen minimal 2 karakter')
        .max(200, 'Nama dokumen paling banyak 200 karakter'),
    )
    .min(1, 'Sebutkan minimal satu dokumen yang kurang')
    .max(20, 'Paling banyak 20 dokumen sekaligus'),
  publicMessage,
});

export const ZDocumentsReceivedAction = z.object({ type: z.literal('documents_received'), note });

export const ZAssessAction = z.object({ type: z.literal('assess'), assessment: ZAssessmentInput });

export const ZApproveAction = z.object({ type: z.literal('approve'), note });

export const ZReferAction = z.object({ type: z.literal('refer'), referral: ZReferralInput });

export const ZDeliverAction = z.object({
  type: z.literal('deliver'),
  /** The service product handed over (e.g. "Surat Rekomendasi", "kursi roda"). */
  product: z.string().trim().min(2, 'Tulis produk layanan yang diberikan').max(300),
  note,
  publicMessage,
});

export const ZCloseAction = z.object({
  type: z.literal('close'),
  outcome: z.enum(CASE_OUTCOMES, 'Pilih hasil tindak lanjut: terminasi, rujukan atau reunifikasi'),
  deliveredAs: z.enum(DELIVERY_FORMS, 'Pilih bentuk pelayanan: jasa, administrasi atau barang'),
  summary: z.string().trim().min(10, 'Tulis ringkasan penyelesaian, minimal 10 huruf').max(4000),
  publicMessage,
});

export const ZRejectAction = z.object({
  type: z.literal('reject'),
  reason: reason('Tulis alasan penolakan'),
});

export const ZOutOfScopeAction = z.object({
  type: z.literal('out_of_scope'),
  reason: reason('Tulis alasan laporan ini bukan kewenangan dinas'),
  /** Where the reporter should turn instead (e.g. "Dinas Kesehatan"); shown to the reporter. */
  referTo: optionalText(200, 'Instansi tujuan paling banyak 200 karakter'),
});

export const ZReopenAction = z.object({
  type: z.literal('reopen'),
  reason: reason('Tulis alasan kasus dibuka kembali'),
});

export const ZNoteAction = z.object({
  type: z.literal('note'),
  text: z
    .string()
    .trim()
    .min(2, 'Tulis isi catatan')
    .max(PUBLIC_MESSAGE_MAX * 4),
  /** A public note goes to the reporter; an internal one stays with staff. */
  public: z.boolean(),
});

export const ZAssignAction = z.object({
  type: z.literal('assign'),
  to: ZAssignTarget,
  /** Required when the case already has someone else: a reassignment says why. */
  reason: optionalText(1000, 'Alasan paling banyak 1000 karakter'),
});

export const ZCaseAction = z
  .discriminatedUnion(
    'type',
    [
      ZVerifyAction,
      ZRequestDocumentsAction,
      ZDocumentsReceivedAction,
      ZAssessAction,
      ZApproveAction,
      ZReferAction,
      ZDeliverAction,
      ZCloseAction,
      ZRejectAction,
      ZOutOfScopeAction,
      ZReopenAction,
      ZNoteAction,
      ZAssignAction,
    ],
    'Pilih tindakan',
  )
  .superRefine((action, ctx) => {
    // A public note is read by the reporter, so it has the public message's limit.
    if (action.type === 'note' && action.public && action.text.length > PUBLIC_MESSAGE_MAX)
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: `Catatan untuk pelapor paling banyak ${PUBLIC_MESSAGE_MAX} karakter`,
      });
  });
export type TCaseAction = z.infer<typeof ZCaseAction>;
export type TCaseActionInput = z.input<typeof ZCaseAction>;
/** One action's parsed input, by its type: `TCaseActionOf<'close'>`. */
export type TCaseActionOf<T extends CaseActionType> = Extract<TCaseAction, { type: T }>;
