import { AppError, validationError } from '../errors/app-error';
import type { CaseActionType, TAssignTarget, TCaseAction, TCaseActionOf } from './actions';
import type { TimelineEvent } from './events';
import { publicTargetName } from './referral';
import {
  type ActionContext,
  type ActionResult,
  type CaseState,
  type CaseStep,
  DISPUTE_WINDOW_DAYS,
} from './state';

// What each action does to a case once workflow.ts has checked the role and the status.

// ---- Words for the reporter ----

export const subject = (state: CaseState) =>
  state.kind === 'complaint' ? 'Laporan Anda' : 'Permohonan Anda';
export const subjectLower = (state: CaseState) =>
  state.kind === 'complaint' ? 'laporan Anda' : 'permohonan Anda';
const withMessage = (text: string, publicMessage: string | undefined) =>
  publicMessage ? `${text} Pesan petugas: ${publicMessage}` : text;

// ---- Steps ----

type StepKind = CaseStep['kind'];

/** Steps an action completes: the next step of its kinds, and for `run` the same-kind steps right after it. */
const ACTION_STEPS: Partial<Record<CaseActionType, { kinds: readonly StepKind[]; run: boolean }>> = {
  // One assessment form covers the visit, the assessment and the analysis of needs.
  assess: { kinds: ['field_visit', 'assessment'], run: true },
  // Each approval is one signature (Kasi, Kabid, Kadis): one step per action.
  approve: { kinds: ['approval'], run: false },
  refer: { kinds: ['referral'], run: false },
  deliver: { kinds: ['product'], run: false },
};

/** Verification passes the intake and verification steps the case is at. */
function stepAfterVerification(state: CaseState): number {
  let index = state.currentStep;
  const passes = (kind: StepKind | undefined) => kind === 'intake' || kind === 'verification';
  while (index < state.steps.length && passes(state.steps[index]?.kind)) index++;
  return index;
}

/** The step after the one this action completes; the current step when the standard has none of its kind. */
function stepAfterAction(state: CaseState, type: CaseActionType): number {
  const rule = ACTION_STEPS[type];
  if (!rule) return state.currentStep;
  const matches = (i: number) => {
    const kind = state.steps[i]?.kind;
    return kind !== undefined && rule.kinds.includes(kind);
  };
  let index = state.currentStep;
  while (index < state.steps.length && !matches(index)) index++;
  if (index >= state.steps.length) return state.currentStep;
  index++;
  while (rule.run && index < state.steps.length && matches(index)) index++;
  return index;
}

function stepData(state: CaseState, to: number): Record<string, unknown> {
  return { fromStep: state.currentStep, toStep: to, stepName: state.steps[state.currentStep]?.name ?? null };
}

// ---- Actions ----

type Handler<T extends CaseActionType> = (
  state: CaseState,
  action: TCaseActionOf<T>,
  ctx: ActionContext,
) => ActionResult;

/** A status change to "in progress" that the action's own (internal) event does not tell the reporter. */
function progressEvents(state: CaseState, own: TimelineEvent): TimelineEvent[] {
  if (state.status === 'in_progress') return [own];
  return [
    own,
    {
      type: 'status_changed',
      public: true,
      message: `${subject(state)} sedang diproses.`,
      data: { fromStatus: state.status, toStatus: 'in_progress' },
    },
  ];
}

const verify: Handler<'verify'> = (state, action) => {
  const to = stepAfterVerification(state);
  return {
    next: { ...state, status: 'verified', currentStep: to },
    events: [
      {
        type: 'verified',
        public: true,
        message: withMessage(`${subject(state)} sudah diverifikasi.`, action.publicMessage),
        data: {
          note: action.note ?? null,
          fromStatus: state.status,
          toStatus: 'verified',
          ...stepData(state, to),
        },
      },
    ],
  };
};

const requestDocuments: Handler<'request_documents'> = (state, action, ctx) => ({
  next: {
    ...state,
    status: 'awaiting_documents',
    pausedAt: ctx.now,
    statusBeforePause: state.status,
    missingDocuments: action.missing,
  },
  events: [
    {
      type: 'documents_requested',
      public: true,
      message: withMessage(
        `${subject(state)} menunggu kelengkapan dokumen: ${action.missing.join(', ')}.`,
        action.publicMessage,
      ),
      data: { missing: action.missing, fromStatus: state.status, toStatus: 'awaiting_documents' },
    },
  ],
});

const documentsReceived: Handler<'documents_received'> = (state, action, ctx) => {
  const back = state.statusBeforePause ?? 'new';
  const pausedAt = state.pausedAt ?? ctx.now;
  return {
    next: { ...state, status: back, pausedAt: null, statusBeforePause: null, missingDocuments: [] },
    events: [
      {
        type: 'documents_received',
        public: true,
        message: `Dokumen sudah diterima; ${subjectLower(state)} dilanjutkan.`,
        data: {
          note: action.note ?? null,
          received: state.missingDocuments,
          // The server extends the due times by the working time of this pause (sla.ts resumeDeadline).
          pausedAt: pausedAt.toISOString(),
          resumedAt: ctx.now.toISOString(),
          fromStatus: state.status,
          toStatus: back,
        },
      },
    ],
  };
};

const assess: Handler<'assess'> = (state, action) => {
  const to = stepAfterAction(state, 'assess');
  return {
    next: { ...state, status: 'in_progress', currentStep: to },
    events: progressEvents(state, {
      type: 'assessed',
      public: false,
      message: 'Asesmen dicatat.',
      data: { assessment: action.assessment, ...stepData(state, to) },
    }),
  };
};

const approve: Handler<'approve'> = (state, action) => {
  const to = stepAfterAction(state, 'approve');
  return {
    next: { ...state, status: 'in_progress', currentStep: to },
    events: progressEvents(state, {
      type: 'approved',
      public: false,
      message: 'Disetujui.',
      data: { note: action.note ?? null, ...stepData(state, to) },
    }),
  };
};

const refer: Handler<'refer'> = (state, action) => {
  const to = stepAfterAction(state, 'refer');
  return {
    next: { ...state, status: 'referred', currentStep: to },
    events: [
      {
        type: 'referred',
        public: true,
        message: `${subject(state)} dirujuk ke ${publicTargetName(action.referral.target)}.`,
        data: {
          referral: action.referral,
          fromStatus: state.status,
          toStatus: 'referred',
          ...stepData(state, to),
        },
      },
    ],
  };
};

const deliver: Handler<'deliver'> = (state, action) => {
  const to = stepAfterAction(state, 'deliver');
  return {
    next: { ...state, status: 'in_progress', currentStep: to },
    events: [
      {
        type: 'delivered',
        public: true,
        message: withMessage(`Layanan untuk ${subjectLower(state)} sudah diberikan.`, action.publicMessage),
        data: {
          product: action.product,
          note: action.note ?? null,
          fromStatus: state.status,
          toStatus: 'in_progress',
          ...stepData(state, to),
        },
      },
    ],
  };
};

const close: Handler<'close'> = (state, action, ctx) => ({
  next: {
    ...state,
    status: 'closed',
    closedAt: ctx.now,
    outcome: { outcome: action.outcome, deliveredAs: action.deliveredAs },
  },
  events: [
    {
      type: 'closed',
      public: true,
      message: withMessage(
        `${subject(state)} sudah selesai ditangani. Jika belum sesuai, Anda dapat mengajukan keberatan ` +
          `dalam ${DISPUTE_WINDOW_DAYS} hari dari halaman lacak tiket.`,
        action.publicMessage,
      ),
      data: {
        outcome: action.outcome,
        deliveredAs: action.deliveredAs,
        summary: action.summary,
        fromStatus: state.status,
        toStatus: 'closed',
      },
    },
  ],
});

/** Rejected and "bukan kewenangan" end the case: any pause ends with it. */
function endCase(state: CaseState, status: 'rejected' | 'out_of_scope'): CaseState {
  return { ...state, status, pausedAt: null, statusBeforePause: null, missingDocuments: [] };
}

const reject: Handler<'reject'> = (state, action) => ({
  next: endCase(state, 'rejected'),
  events: [
    {
      type: 'rejected',
      public: true,
      // The reporter is told why: officers write the reason for them to read.
      message: `${subject(state)} tidak dapat diproses. Alasan: ${action.reason}`,
      data: { reason: action.reason, fromStatus: state.status, toStatus: 'rejected' },
    },
  ],
});

const outOfScope: Handler<'out_of_scope'> = (state, action) => {
  const where = action.referTo ? ` Silakan menghubungi ${action.referTo}.` : '';
  return {
    next: endCase(state, 'out_of_scope'),
    events: [
      {
        type: 'out_of_scope',
        public: true,
        message: `${subject(state)} bukan kewenangan Dinas Sosial. Alasan: ${action.reason}${where}`,
        data: {
          reason: action.reason,
          referTo: action.referTo ?? null,
          fromStatus: state.status,
          toStatus: 'out_of_scope',
        },
      },
    ],
  };
};

const reopen: Handler<'reopen'> = (state, action) => ({
  next: { ...state, status: 'in_progress', closedAt: null, outcome: null },
  events: [
    {
      type: 'reopened',
      public: true,
      message: `${subject(state)} dibuka kembali dan diproses lagi.`,
      data: {
        reason: action.reason,
        previousOutcome: state.outcome,
        closedAt: state.closedAt?.toISOString() ?? null,
        fromStatus: state.status,
        toStatus: 'in_progress',
      },
    },
  ],
});

const note: Handler<'note'> = (state, action) => ({
  next: state,
  events: [{ type: 'note', public: action.public, message: action.text, data: {} }],
});

const sameTarget = (a: TAssignTarget, b: TAssignTarget) => JSON.stringify(a) === JSON.stringify(b);

const ASSIGN_WORDS: Record<TAssignTarget['kind'], string> = {
  officer: 'petugas',
  division: 'bidang',
  district_unit: 'unit layanan kecamatan',
};

const assign: Handler<'assign'> = (state, action) => {
  const from = state.assignee;
  if (from && sameTarget(from, action.to))
    throw new AppError('CASE_ACTION_NOT_ALLOWED', { message: 'Kasus sudah ditugaskan ke tujuan itu.' });
  if (from && !action.reason) throw validationError({ reason: 'Tulis alasan pengalihan tugas' });
  const verb = from ? 'dialihkan' : 'ditugaskan';
  return {
    next: {
      ...state,
      assignee: action.to,
      lastOfficerId: action.to.kind === 'officer' ? action.to.userId : state.lastOfficerId,
    },
    events: [
      {
        type: 'assigned',
        public: false,
        message: `Kasus ${verb} ke ${ASSIGN_WORDS[action.to.kind]}.`,
        data: { to: action.to, from, reason: action.reason ?? null },
      },
    ],
  };
};

export function dispatch(state: CaseState, action: TCaseAction, ctx: ActionContext): ActionResult {
  switch (action.type) {
    case 'verify':
      return verify(state, action, ctx);
    case 'request_documents':
      return requestDocuments(state, action, ctx);
    case 'documents_received':
      return documentsReceived(state, action, ctx);
    case 'assess':
      return assess(state, action, ctx);
    case 'approve':
      return approve(state, action, ctx);
    case 'refer':
      return refer(state, action, ctx);
    case 'deliver':
      return deliver(state, action, ctx);
    case 'close':
      return close(state, action, ctx);
    case 'reject':
      return reject(state, action, ctx);
    case 'out_of_scope':
      return outOfScope(state, action, ctx);
    case 'reopen':
      return reopen(state, action, ctx);
    case 'note':
      return note(state, action, ctx);
    case 'assign':
      return assign(state, action, ctx);
  }
}
