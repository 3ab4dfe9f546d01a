import { AppError, validationError } from '../errors/app-error';
import { addMonths } from './decisions';

// A DTKS proposal, Dumai standard 1 ("Pengusulan dan Penginputan DTKS pada Aplikasi SIKS-NG",
// 001_2cf955c3f90f9daa.txt): the documents, verification by the PSM, the village deliberation
// (MUSKEL), entry into SIKS-NG, the final validation; two months in all.

export const PROPOSAL_MONTHS = 2;

/** The documents of the standard's requirements, the house photos as two (front and inside). */
export const PROPOSAL_DOCUMENTS = [
  { code: 'kk_ktp', label: 'Fotocopy KK/KTP', checklistItem: 'Fotocopy KK/KTP' },
  {
    code: 'electricity',
    label: 'Fotocopy Rekening Listrik/Token',
    checklistItem: 'Fotocopy Rekening Listrik/Token',
  },
  {
    code: 'house_front',
    label: 'Foto rumah tampak depan',
    checklistItem: 'Foto Rumah (Tampak depan, tampak dalam)',
  },
  {
    code: 'house_inside',
    label: 'Foto rumah tampak dalam',
    checklistItem: 'Foto Rumah (Tampak depan, tampak dalam)',
  },
  {
    code: 'sktm',
    label: 'SKTM (surat keterangan tidak mampu dari kelurahan)',
    checklistItem: 'SKTM (surat keterangan tidak mampu dari kelurahan)',
  },
] as const;
export type ProposalDocument = (typeof PROPOSAL_DOCUMENTS)[number]['code'];
export const PROPOSAL_DOCUMENT_CODES = PROPOSAL_DOCUMENTS.map((d) => d.code) as [
  ProposalDocument,
  ...ProposalDocument[],
];

/** The stages in the standard's order. */
export const PROPOSAL_STAGES = [
  'documents',
  'psm_verification',
  'village_deliberation',
  'siks_entry',
  'final_validation',
] as const;
export type ProposalStage = (typeof PROPOSAL_STAGES)[number];

export const STAGE_LABELS: Record<ProposalStage, string> = {
  documents: 'Penerimaan berkas pengajuan',
  psm_verification: 'Verifikasi dan validasi oleh PSM (Pekerja Sosial Masyarakat)',
  village_deliberation: 'Musyawarah Kelurahan (MUSKEL)',
  siks_entry: 'Penginputan data hasil MUSKEL pada aplikasi SIKS-NG',
  final_validation: 'Validasi akhir oleh pengelola DTKS',
};

export type ProposalStatus = 'in_progress' | 'accepted' | 'rejected';

/** What an officer records for a stage. */
export interface StageInput {
  stage: Exclude<ProposalStage, 'documents'>;
  /** PSM, MUSKEL and final validation: eligible or not. */
  eligible?: boolean;
  /** The PSM who verified (PSM verification). */
  psmName?: string | null;
  /** The day of the deliberation, of the entry into SIKS-NG. */
  date?: string | null;
  /** The minutes' number (MUSKEL), the SIKS-NG proposal id (entry). */
  reference?: string | null;
  note?: string | null;
}

export interface StageRecord {
  at: string;
  by: string;
  eligible: boolean | null;
  psmName: string | null;
  date: string | null;
  reference: string | null;
  note: string | null;
}

export interface ProposalState {
  status: ProposalStatus;
  /** The stage waiting to be recorded; null once the proposal is accepted or rejected. */
  stage: ProposalStage | null;
  documents: Partial<Record<ProposalDocument, string>>;
  stages: Partial<Record<ProposalStage, StageRecord>>;
}

export function newProposal(): ProposalState {
  return { status: 'in_progress', stage: 'documents', documents: {}, stages: {} };
}

/** When the proposal is due: two calendar months from the day it began. */
export function proposalDueOn(startedOn: string): string {
  return addMonths(startedOn, PROPOSAL_MONTHS);
}

export function missingDocuments(state: ProposalState): ProposalDocument[] {
  return PROPOSAL_DOCUMENT_CODES.filter((code) => !state.documents[code]);
}

/** A document received: once all five are in, the documents stage is done by itself. */
export function addDocument(
  state: ProposalState,
  code: ProposalDocument,
  attachmentId: string,
  by: string,
  now: Date,
): ProposalState {
  if (state.status !== 'in_progress')
    throw new AppError('CASE_ACTION_NOT_ALLOWED', { message: 'Usulan sudah selesai.' });
  const next: ProposalState = { ...state, documents: { ...state.documents, [code]: attachmentId } };
  if (state.stage !== 'documents' || missingDocuments(next).length > 0) return next;
  const record: StageRecord = {
    at: now.toISOString(),
    by,
    eligible: null,
    psmName: null,
    date: null,
    reference: null,
    note: null,
  };
  return { ...next, stage: 'psm_verification', stages: { ...next.stages, documents: record } };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkInput(input: StageInput, today: string): void {
  const needsVerdict = input.stage !== 'siks_entry';
  if (needsVerdict && typeof input.eligible !== 'boolean')
    throw validationError({ eligible: 'Pilih hasilnya: layak atau tidak layak' });
  if (input.stage === 'psm_verification' && !input.psmName?.trim())
    throw validationError({ psmName: 'Tulis nama PSM yang memverifikasi' });
  if (
    (input.stage === 'village_deliberation' || input.stage === 'siks_entry') &&
    !(input.date && isoDate.test(input.date))
  )
    throw validationError({ date: 'Isi tanggalnya' });
  if (input.date && input.date > today)
    throw validationError({ date: 'Tanggal tidak boleh setelah hari ini' });
  if (input.eligible === false && !input.note?.trim())
    throw validationError({ note: 'Tulis alasan tidak layak' });
}

/**
 * Records the stage the proposal is at. Stages go in the standard's order; "not eligible" at the PSM,
 * the MUSKEL or the final validation ends the proposal as rejected; a valid final validation accepts it.
 */
export function recordStage(
  state: ProposalState,
  input: StageInput,
  by: string,
  now: Date,
  today: string,
): ProposalState {
  if (state.status !== 'in_progress')
    throw new AppError('CASE_ACTION_NOT_ALLOWED', { message: 'Usulan sudah selesai.' });
  if (state.stage === 'documents')
    throw new AppError('CASE_ACTION_NOT_ALLOWED', {
      message: `Berkas belum lengkap: ${missingDocuments(state)
        .map((code) => PROPOSAL_DOCUMENTS.find((d) => d.code === code)?.label)
        .join(', ')}.`,
    });
  if (input.stage !== state.stage)
    throw new AppError('CASE_ACTION_NOT_ALLOWED', {
      message: `Usulan sedang pada tahap ${STAGE_LABELS[state.stage ?? 'documents']}.`,
    });
  checkInput(input, today);
  const record: StageRecord = {
    at: now.toISOString(),
    by,
    eligible: input.stage === 'siks_entry' ? null : (input.eligible ?? null),
    psmName: input.psmName?.trim() || null,
    date: input.date ?? null,
    reference: input.reference?.trim() || null,
    note: input.note?.trim() || null,
  };
  const stages = { ...state.stages, [input.stage]: record };
  if (record.eligible === false) return { ...state, status: 'rejected', stage: null, stages };
  const following = PROPOSAL_STAGES[PROPOSAL_STAGES.indexOf(input.stage) + 1] ?? null;
  return following
    ? { ...state, stage: following, stages }
    : { ...state, status: 'accepted', stage: null, stages };
}

/** Ready for the SIKS-NG operator: found eligible at the MUSKEL, not yet entered, not rejected. */
export function awaitsSiksEntry(state: ProposalState): boolean {
  return state.status === 'in_progress' && state.stage === 'siks_entry';
}
