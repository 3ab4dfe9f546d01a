import type { Role } from '../auth/roles';
import { AppError } from '../errors/app-error';
import type { CaseStatus } from '../intake/report';
import { type CaseActionType, type TCaseActionInput, ZCaseAction } from './actions';
import type { TAssessmentFormValues } from './assessment';
import type { TReferralFormValues } from './referral';
import { type ActionContext, type CaseState, type CaseStep, newCaseState } from './workflow';

// Cases, steps and actions the workflow tests share (test support; not part of the app).
export const OFFICER = '11111111-1111-4111-8111-111111111111';
export const OTHER_OFFICER = '22222222-2222-4222-8222-222222222222';
export const COORDINATOR = '33333333-3333-4333-8333-333333333333';

/** An instant given as WIB wall-clock time. */
export const wib = (text: string) => new Date(`${text}:00+07:00`);
export const NOW = wib('2026-08-10T10:00');

export const step = (kind: CaseStep['kind'], name: string, timeStandard: string | null = null): CaseStep => ({
  name,
  kind,
  role: 'service_officer',
  timeStandard,
});

/** Si-PULAU PANDHA "jemput bola" (seed/catalogue/dharmasraya.json). */
export const JEMPUT_BOLA: CaseStep[] = [
  step('intake', 'Terima Laporan', '3 menit'),
  { ...step('field_visit', 'Mengunjungi PPKS yang dilaporkan', '30 menit'), startWithin: '1 hari' },
  step('assessment', 'Menanyakan kebutuhan PPKS', '30 menit'),
  step('assessment', 'Menganalisa kebutuhan layanan Kelayan', '5 Menit'),
  step('referral', 'Mengarahkan kelayan sesuai dengan kebutuhan Kelayan', '10 Menit'),
  step('product', 'Kelayan dilayani', 'menyesuaikan'),
];

/** Dumai "Rekomendasi DTKS": three signatures in a row (seed/catalogue/dumai.json). */
export const REKOM_DTKS: CaseStep[] = [
  step('intake', 'Petugas menerima permohonan'),
  step('verification', 'Petugas memeriksa DTKS'),
  step('verification', 'Petugas memverifikasi hasil View DTKS'),
  step('approval', 'Paraf Kasi Linjamsos'),
  step('approval', 'Paraf Kabid Linjamsos'),
  step('approval', 'Tanda tangan Kepala Dinas'),
  step('product', 'Surat rekomendasi diserahkan'),
];

export const ASSESSMENT: TAssessmentFormValues = {
  condition: 'Lansia tinggal sendiri di rumah semi permanen, sakit-sakitan.',
  needs: { items: ['pangan', 'kesehatan'] },
  family: 'Tidak ada keluarga serumah; tetangga yang mengantar makan.',
  identityDocumentsSeen: ['ktp'],
  recommendedFollowUp: { outcome: 'rujukan', text: 'Rujuk ke LKS lanjut usia.' },
};

export const REFERRAL: TReferralFormValues = {
  target: { kind: 'partner', partnerKind: 'rumah_sakit_jiwa' },
  reason: 'Perlu perawatan kejiwaan.',
  fieldsShared: ['name', 'condition'],
  consent: { given: true },
};

/** A valid input of each action. */
export const SAMPLE: { [T in CaseActionType]: Extract<TCaseActionInput, { type: T }> } = {
  verify: { type: 'verify' },
  request_documents: { type: 'request_documents', missing: ['Fotokopi KK', 'SKTM kelurahan'] },
  documents_received: { type: 'documents_received' },
  assess: { type: 'assess', assessment: ASSESSMENT },
  approve: { type: 'approve' },
  refer: { type: 'refer', referral: REFERRAL },
  deliver: { type: 'deliver', product: 'Surat Rekomendasi' },
  close: {
    type: 'close',
    outcome: 'terminasi',
    deliveredAs: 'administrasi',
    summary: 'Surat rekomendasi diserahkan.',
  },
  reject: { type: 'reject', reason: 'Pemohon tidak berdomisili di Kota Dumai.' },
  out_of_scope: {
    type: 'out_of_scope',
    reason: 'Urusan sengketa tanah.',
    referTo: 'Badan Pertanahan Nasional',
  },
  reopen: { type: 'reopen', reason: 'Bantuan ternyata belum diterima.' },
  note: { type: 'note', text: 'Pelapor dihubungi lewat telepon.', public: false },
  assign: { type: 'assign', to: { kind: 'officer', userId: OFFICER } },
};

export const action = (input: TCaseActionInput) => ZCaseAction.parse(input);
export const ctx = (
  actorRole: Role = 'coordinator',
  now = NOW,
  actorUserId = COORDINATOR,
): ActionContext => ({
  now,
  actorRole,
  actorUserId,
});

/** A case in a given status, as the actions would have left it. */
export function caseIn(status: CaseStatus, overrides: Partial<CaseState> = {}): CaseState {
  const base = { ...newCaseState('service', REKOM_DTKS), status };
  if (status === 'awaiting_documents')
    Object.assign(base, {
      pausedAt: wib('2026-08-07T15:00'),
      statusBeforePause: 'verified',
      missingDocuments: ['Fotokopi KK'],
    });
  if (status === 'closed')
    Object.assign(base, {
      closedAt: wib('2026-08-01T11:00'),
      outcome: { outcome: 'terminasi', deliveredAs: 'jasa' },
    });
  return { ...base, ...overrides };
}

export function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
