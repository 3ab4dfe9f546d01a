import { ROLE_LABELS, type Role } from '../auth/roles';
import { addDays, fromLocal, toLocal } from '../calendar/zoned-time';
import { AppError } from '../errors/app-error';
import type { CaseStatus } from '../intake/report';
import { CASE_ACTION_TYPES, type CaseActionType, type TCaseAction } from './actions';
import { canAct, HANDLING_ROLES } from './permissions';
import {
  type ActionContext,
  type ActionResult,
  type CaseAssignee,
  type CaseState,
  DISPUTE_WINDOW_DAYS,
} from './state';
import { isTerminal, OPEN_STATUSES, TERMINAL_STATUSES } from './status';
import { dispatch, subjectLower } from './transitions';

export { CASE_ACTION_ROLES, canAct } from './permissions';
export {
  type ActionContext,
  type ActionResult,
  type CaseAssignee,
  type CaseState,
  type CaseStep,
  currentStepOf,
  DISPUTE_WINDOW_DAYS,
  newCaseState,
  remainingSteps,
} from './state';
export { CASE_STATUS_LABELS, isResolved, isTerminal, OPEN_STATUSES, TERMINAL_STATUSES } from './status';

const WORKING: readonly CaseStatus[] = ['verified', 'in_progress', 'referred'];
const DECIDABLE: readonly CaseStatus[] = ['new', 'verified', 'awaiting_documents', 'in_progress'];

/** The statuses each action may start from. */
export const ALLOWED_FROM: Record<CaseActionType, readonly CaseStatus[]> = {
  verify: ['new'],
  request_documents: ['new', 'verified', 'in_progress'],
  documents_received: ['awaiting_documents'],
  // An outreach team assesses on its first visit, before anyone at the desk verifies.
  assess: ['new', ...WORKING],
  approve: WORKING,
  refer: WORKING,
  deliver: WORKING,
  close: WORKING,
  reject: DECIDABLE,
  out_of_scope: DECIDABLE,
  reopen: TERMINAL_STATUSES,
  note: [...OPEN_STATUSES, ...TERMINAL_STATUSES],
  assign: OPEN_STATUSES,
};

/** The actions a role may take on a case in its present status (what the staff page offers). */
export function availableActions(state: Pick<CaseState, 'status'>, role: Role): CaseActionType[] {
  return CASE_ACTION_TYPES.filter((type) => canAct(role, type) && ALLOWED_FROM[type].includes(state.status));
}

const TERMINAL_REFUSALS: Partial<Record<CaseStatus, string>> = {
  closed: 'Kasus sudah ditutup; buka kembali dulu.',
  rejected: 'Kasus sudah ditolak; buka kembali dulu.',
  out_of_scope: 'Kasus sudah dinyatakan bukan kewenangan; buka kembali dulu.',
};

/** Why an action cannot start from a status, in words the officer can act on. */
function refusalMessage(type: CaseActionType, status: CaseStatus): string {
  if (type === 'reopen') return 'Kasus masih berjalan; tidak perlu dibuka kembali.';
  const terminal = TERMINAL_REFUSALS[status];
  if (terminal) return terminal;
  if (type === 'documents_received') return 'Kasus tidak sedang menunggu kelengkapan dokumen.';
  if (status === 'awaiting_documents')
    return 'Kasus sedang menunggu kelengkapan dokumen; catat dulu bahwa dokumen sudah diterima.';
  if (type === 'verify') return 'Kasus sudah diverifikasi.';
  if (status === 'new') return 'Kasus belum diverifikasi; verifikasi dulu.';
  if (status === 'referred' && (type === 'reject' || type === 'out_of_scope'))
    return 'Kasus sudah dirujuk; tidak dapat ditolak lagi. Tutup kasus dengan hasil tindak lanjutnya.';
  if (status === 'referred' && type === 'request_documents')
    return 'Kasus sedang menunggu jawaban rujukan; kelengkapan dokumen tidak dapat diminta sekarang.';
  return 'Tindakan ini tidak dapat dilakukan pada status kasus sekarang.';
}

const ACTION_LABELS: Record<CaseActionType, string> = {
  verify: 'memverifikasi kasus',
  request_documents: 'meminta kelengkapan dokumen',
  documents_received: 'mencatat dokumen diterima',
  assess: 'mencatat asesmen',
  approve: 'menyetujui',
  refer: 'merujuk kasus',
  deliver: 'menyerahkan produk layanan',
  close: 'menutup kasus',
  reject: 'menolak kasus',
  out_of_scope: 'menyatakan bukan kewenangan',
  reopen: 'membuka kembali kasus',
  note: 'menambah catatan',
  assign: 'menugaskan kasus',
};

/**
 * Applies one staff action to a case. Throws FORBIDDEN (403) when the role may not take the action,
 * CASE_ACTION_NOT_ALLOWED (409) when the case's status does not allow it, with the reason in the
 * message. The state given is never changed.
 */
export function applyAction(state: CaseState, action: TCaseAction, ctx: ActionContext): ActionResult {
  if (!canAct(ctx.actorRole, action.type))
    throw new AppError('FORBIDDEN', {
      message: `${ROLE_LABELS[ctx.actorRole]} tidak berwenang ${ACTION_LABELS[action.type]}.`,
    });
  if (!ALLOWED_FROM[action.type].includes(state.status))
    throw new AppError('CASE_ACTION_NOT_ALLOWED', { message: refusalMessage(action.type, state.status) });
  const result = dispatch(state, action, ctx);
  const worked = HANDLING_ROLES.includes(ctx.actorRole) && action.type !== 'note';
  return worked ? { ...result, next: { ...result.next, lastOfficerId: ctx.actorUserId } } : result;
}

// ---- The reporter's dispute ----

/**
 * The first moment a closure can no longer be disputed: the end of the 14th day after the day of
 * closure, in the office's time zone (closed on 1 August, disputable through 15 August).
 */
export function disputeWindowEndsAt(closedAt: Date, timeZone: string): Date {
  const closedOn = toLocal(closedAt, timeZone).date;
  return fromLocal(addDays(closedOn, DISPUTE_WINDOW_DAYS + 1), 0, timeZone);
}

/**
 * The reporter disputes a closure from the tracking page (ticket and phone): allowed only for a
 * closed case, within 14 days; the case reopens to its last officer.
 */
export function disputeClosure(
  state: CaseState,
  now: Date,
  options: { timeZone: string; reason?: string },
): ActionResult {
  if (state.status !== 'closed' || !state.closedAt)
    throw new AppError('CASE_ACTION_NOT_ALLOWED', {
      message: isTerminal(state.status)
        ? 'Keberatan hanya dapat diajukan atas kasus yang sudah selesai.'
        : 'Kasus masih diproses; keberatan dapat diajukan setelah kasus selesai.',
    });
  if (now.getTime() >= disputeWindowEndsAt(state.closedAt, options.timeZone).getTime())
    throw new AppError('DISPUTE_WINDOW_CLOSED');
  const assignee: CaseAssignee = state.lastOfficerId
    ? { kind: 'officer', userId: state.lastOfficerId }
    : state.assignee;
  return {
    next: { ...state, status: 'in_progress', closedAt: null, outcome: null, assignee },
    events: [
      {
        type: 'disputed',
        public: true,
        message: `Keberatan Anda sudah diterima; ${subjectLower(state)} diproses kembali.`,
        data: {
          reason: options.reason ?? null,
          closedAt: state.closedAt.toISOString(),
          previousOutcome: state.outcome,
          assignee,
          fromStatus: 'closed',
          toStatus: 'in_progress',
        },
      },
    ],
  };
}
