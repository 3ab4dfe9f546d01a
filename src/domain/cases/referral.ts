import type { Role } from '../auth/roles';
import { computeDueAt, type OfficeCalendar } from '../calendar/due-at';
import { AppError } from '../errors/app-error';
import { z } from '../zod';
import type { TimelineEvent } from './events';

/**
 * Partner agencies a case can be referred to, from the four documents (Dumai: RSJ, Dinas Sosial
 * Provinsi, Kepolisian, P4MI, Bank BRI, LKS lanjut usia; Pekanbaru: BPJS Kesehatan; Dharmasraya and
 * Bekasi: health office, civil registry). `publicName` is how the tracking page names the kind.
 */
export const PARTNER_KINDS = [
  { code: 'dinas_kesehatan', label: 'Dinas Kesehatan', publicName: 'dinas kesehatan' },
  {
    code: 'disdukcapil',
    label: 'Dinas Kependudukan dan Pencatatan Sipil',
    publicName: 'dinas kependudukan dan pencatatan sipil',
  },
  { code: 'rumah_sakit', label: 'Rumah sakit', publicName: 'rumah sakit' },
  { code: 'rumah_sakit_jiwa', label: 'Rumah sakit jiwa', publicName: 'rumah sakit jiwa' },
  {
    code: 'lks',
    label: 'Panti / Lembaga Kesejahteraan Sosial (LKS)',
    publicName: 'panti / lembaga kesejahteraan sosial',
  },
  { code: 'bpjs_kesehatan', label: 'BPJS Kesehatan', publicName: 'BPJS Kesehatan' },
  {
    code: 'bank_penyalur',
    label: 'Bank penyalur bantuan sosial',
    publicName: 'bank penyalur bantuan sosial',
  },
  { code: 'dinsos_provinsi', label: 'Dinas Sosial Provinsi', publicName: 'dinas sosial provinsi' },
  { code: 'kepolisian', label: 'Kepolisian', publicName: 'kepolisian' },
  {
    code: 'p4mi',
    label: 'P4MI (Pos Pelayanan Pelindungan Pekerja Migran Indonesia)',
    publicName: 'pos pelayanan pelindungan pekerja migran (P4MI)',
  },
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number]['code'];

/** The social pillars of an area (Bekasi PPS: "diteruskan ke pilar-pilar sosial", 004_d7b0e8581f687c6e.txt). */
export const PILLAR_KINDS = [
  { code: 'psm', label: 'Pekerja Sosial Masyarakat (PSM)', publicName: 'pekerja sosial masyarakat (PSM)' },
  {
    code: 'tksk',
    label: 'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)',
    publicName: 'tenaga kesejahteraan sosial kecamatan (TKSK)',
  },
  { code: 'karang_taruna', label: 'Karang Taruna', publicName: 'Karang Taruna' },
  { code: 'tagana', label: 'Taruna Siaga Bencana (TAGANA)', publicName: 'Taruna Siaga Bencana (TAGANA)' },
  {
    code: 'puskesos',
    label: 'Pusat Kesejahteraan Sosial (PUSKESOS)',
    publicName: 'pusat kesejahteraan sosial (PUSKESOS)',
  },
] as const;
export type PillarKind = (typeof PILLAR_KINDS)[number]['code'];

/** What may be shared with the receiving body; the officer ticks a subset. */
export const SHAREABLE_FIELDS = [
  { code: 'name', label: 'Nama' },
  { code: 'nik', label: 'NIK' },
  { code: 'address', label: 'Alamat' },
  { code: 'phone', label: 'Nomor HP' },
  { code: 'condition', label: 'Kondisi' },
  { code: 'assessment', label: 'Hasil asesmen' },
  { code: 'photos', label: 'Foto' },
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number]['code'];

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'done'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** How the public reads a referral's status. */
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  sent: 'dikirim',
  accepted: 'diterima',
  declined: 'ditolak',
  done: 'selesai',
};

/** Days a receiving body has to act when the officer does not say otherwise. */
export const DEFAULT_REFERRAL_DUE_DAYS = 7;

const codes = <T extends readonly { code: string }[]>(list: T) =>
  list.map((item) => item.code) as [T[number]['code'], ...T[number]['code'][]];

export const ZReferralTarget = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('partner'),
      partnerKind: z.enum(codes(PARTNER_KINDS), 'Pilih jenis instansi mitra'),
      /** A partner registered for the office, when the officer picks one. */
      partnerId: z.uuid('Pilih mitra dari daftar').nullable().default(null),
    }),
    z.object({
      kind: z.literal('pillar'),
      /** The pillar of the case's own district; the server finds it from the case's area. */
      pillarKind: z.enum(codes(PILLAR_KINDS), 'Pilih pilar sosial'),
    }),
  ],
  'Pilih tujuan rujukan: instansi mitra atau pilar sosial',
);
export type TReferralTarget = z.infer<typeof ZReferralTarget>;

export const ZReferralConsent = z.discriminatedUnion(
  'given',
  [
    z.object({ given: z.literal(true) }),
    z.object({
      given: z.literal(false),
      overrideReason: z
        .string()
        .trim()
        .min(10, 'Tulis alasan berbagi data tanpa persetujuan, minimal 10 huruf')
        .max(1000),
    }),
  ],
  'Catat persetujuan berbagi data, atau alasan berbagi tanpa persetujuan',
);

export const ZReferralInput = z.object({
  target: ZReferralTarget,
  reason: z.string().trim().min(5, 'Tulis alasan rujukan').max(2000),
  fieldsShared: z
    .array(z.enum(codes(SHAREABLE_FIELDS)))
    .max(SHAREABLE_FIELDS.length)
    .refine((fields) => new Set(fields).size === fields.length, 'Data yang dibagikan tidak boleh berulang')
    .default([]),
  consent: ZReferralConsent,
  /** Calendar days the receiving body has to act (the referral's own due time). */
  dueDays: z
    .number()
    .int('Jumlah hari harus bilangan bulat')
    .min(1, 'Batas waktu rujukan minimal 1 hari')
    .max(60, 'Batas waktu rujukan paling lama 60 hari')
    .default(DEFAULT_REFERRAL_DUE_DAYS),
});
export type TReferralInput = z.infer<typeof ZReferralInput>;
export type TReferralFormValues = z.input<typeof ZReferralInput>;

/** What the receiving body (or an officer on its behalf) records. */
export const ZReferralAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept'), note: z.string().trim().max(2000).optional() }),
  z.object({
    type: z.literal('decline'),
    reason: z.string().trim().min(5, 'Tulis alasan rujukan ditolak').max(2000),
  }),
  z.object({
    type: z.literal('complete'),
    report: z.string().trim().min(10, 'Tulis laporan hasil tindak lanjut, minimal 10 huruf').max(4000),
  }),
]);
export type TReferralAction = z.infer<typeof ZReferralAction>;

export interface ReferralState {
  status: ReferralStatus;
  target: TReferralTarget;
  sentAt: Date;
  dueAt: Date;
  /** When the receiving body accepted or declined. */
  respondedAt: Date | null;
  declineReason: string | null;
  report: string | null;
  completedAt: Date | null;
}

/**
 * A referral as it is sent. Its due time counts calendar days, as "hari" does in every time standard
 * (only "hari kerja" runs on office time).
 */
export function newReferral(input: TReferralInput, sentAt: Date, calendar: OfficeCalendar): ReferralState {
  return {
    status: 'sent',
    target: input.target,
    sentAt,
    dueAt: computeDueAt(sentAt, { amount: input.dueDays, unit: 'day' }, calendar),
    respondedAt: null,
    declineReason: null,
    report: null,
    completedAt: null,
  };
}

/** The kind of body, as the public reads it: never a name, an id or personal data. */
export function publicTargetName(target: TReferralTarget): string {
  const list: readonly { code: string; publicName: string }[] =
    target.kind === 'partner' ? PARTNER_KINDS : PILLAR_KINDS;
  const code = target.kind === 'partner' ? target.partnerKind : target.pillarKind;
  return list.find((item) => item.code === code)?.publicName ?? 'instansi terkait';
}

/** The public line of a referral, e.g. "Dirujuk ke rumah sakit — diterima". */
export function publicReferralView(referral: Pick<ReferralState, 'target' | 'status'>): string {
  return `Dirujuk ke ${publicTargetName(referral.target)} — ${REFERRAL_STATUS_LABELS[referral.status]}`;
}

/**
 * Who records a referral's answer: the partner itself, or the staff who follow referrals up when the
 * answer comes by phone or letter (the social worker who referred, the coordinator, the Kabid).
 */
export const REFERRAL_ROLES: readonly Role[] = ['partner', 'social_worker', 'coordinator', 'kabid'];

export function canActOnReferral(role: Role): boolean {
  return REFERRAL_ROLES.includes(role);
}

const REFERRAL_MOVES: Record<
  TReferralAction['type'],
  { from: ReferralStatus; to: ReferralStatus; event: TimelineEvent['type'] }
> = {
  accept: { from: 'sent', to: 'accepted', event: 'referral_accepted' },
  decline: { from: 'sent', to: 'declined', event: 'referral_declined' },
  complete: { from: 'accepted', to: 'done', event: 'referral_done' },
};

function refusal(action: TReferralAction['type'], status: ReferralStatus): string {
  if (status === 'done') return 'Rujukan sudah selesai dilaporkan.';
  if (status === 'declined') return 'Rujukan sudah ditolak; buat rujukan baru bila perlu.';
  if (status === 'accepted') return 'Rujukan sudah diterima; laporkan hasilnya untuk menyelesaikannya.';
  return action === 'complete'
    ? 'Rujukan belum diterima; terima rujukan dulu sebelum melaporkan hasilnya.'
    : 'Tindakan ini tidak dapat dilakukan pada status rujukan sekarang.';
}

/** Moves a referral: sent → accepted | declined (with reason); accepted → done (with a report). */
export function applyReferralAction(
  state: ReferralState,
  action: TReferralAction,
  now: Date,
): { next: ReferralState; events: TimelineEvent[] } {
  const move = REFERRAL_MOVES[action.type];
  if (state.status !== move.from)
    throw new AppError('REFERRAL_ACTION_NOT_ALLOWED', { message: refusal(action.type, state.status) });
  const next: ReferralState = { ...state, status: move.to };
  let data: Record<string, unknown>;
  if (action.type === 'complete') {
    next.report = action.report;
    next.completedAt = now;
    data = { report: action.report };
  } else {
    next.respondedAt = now;
    if (action.type === 'decline') next.declineReason = action.reason;
    data = action.type === 'decline' ? { reason: action.reason } : { note: action.note ?? null };
  }
  return {
    next,
    events: [
      {
        type: move.event,
        public: true,
        message: `${publicReferralView(next)}.`,
        data: { ...data, fromStatus: state.status, toStatus: move.to },
      },
    ],
  };
}

/** Past its due time and still waiting on the receiving body. */
export function isReferralOverdue(state: Pick<ReferralState, 'status' | 'dueAt'>, now: Date): boolean {
  return (state.status === 'sent' || state.status === 'accepted') && now.getTime() > state.dueAt.getTime();
}
