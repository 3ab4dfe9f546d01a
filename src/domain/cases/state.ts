import type { Role } from '../auth/roles';
import type { STEP_KINDS, STEP_ROLES } from '../catalogue/constants';
import type { CaseStatus } from '../intake/report';
import type { TAssignTarget } from './actions';
import type { TimelineEvent } from './events';
import type { CaseOutcome, DeliveryForm } from './outcomes';

/** One step of the standard version a case was opened under. */
export interface CaseStep {
  name: string;
  kind: (typeof STEP_KINDS)[number];
  role: (typeof STEP_ROLES)[number];
  /** As the document writes it ("3 menit", "menyesuaikan"); null when the standard gives none. */
  timeStandard: string | null;
  startWithin?: string | null;
}

export type CaseAssignee = TAssignTarget | null;

export interface CaseState {
  kind: 'service' | 'complaint';
  status: CaseStatus;
  /**
   * Index of the step the case is at: the first step not done yet. Equal to `steps.length` once every
   * step is done (the case then waits only for its closure).
   */
  currentStep: number;
  steps: readonly CaseStep[];
  assignee: CaseAssignee;
  /** The officer who last worked on the case; a disputed closure returns to them. */
  lastOfficerId: string | null;
  closedAt: Date | null;
  outcome: { outcome: CaseOutcome; deliveredAs: DeliveryForm } | null;
  /** While awaiting documents: when the deadline clock stopped. */
  pausedAt: Date | null;
  /** While awaiting documents: the status to return to when they arrive. */
  statusBeforePause: CaseStatus | null;
  missingDocuments: readonly string[];
}

export interface ActionContext {
  now: Date;
  actorRole: Role;
  actorUserId: string;
}

export interface ActionResult {
  next: CaseState;
  events: TimelineEvent[];
}

/** Days after closure the reporter may dispute it from the tracking page. */
export const DISPUTE_WINDOW_DAYS = 14;

/** A case as intake leaves it: new, at its first step, with nobody on it yet. */
export function newCaseState(kind: CaseState['kind'], steps: readonly CaseStep[]): CaseState {
  return {
    kind,
    status: 'new',
    currentStep: 0,
    steps,
    assignee: null,
    lastOfficerId: null,
    closedAt: null,
    outcome: null,
    pausedAt: null,
    statusBeforePause: null,
    missingDocuments: [],
  };
}

/** The step the case is at, or null once every step is done. */
export function currentStepOf(state: Pick<CaseState, 'steps' | 'currentStep'>): CaseStep | null {
  return state.steps[state.currentStep] ?? null;
}

/** The steps still ahead of the case, its current one included. */
export function remainingSteps(state: Pick<CaseState, 'steps' | 'currentStep'>): readonly CaseStep[] {
  return state.steps.slice(state.currentStep);
}
