import type { CaseStatus } from '../intake/report';

/**
 * How a closed case stands against its standard's completion time. `due_at` already holds the
 * working time the case waited for documents (sla.ts resumeDeadline, applied when they arrive), and
 * a case can only be closed from a working status, never while paused; so "on time" is simply
 * closed at or before `due_at`. A reopened case has no closure until it is closed again, against the
 * same `due_at`. A standard without a fixed time ("menyesuaikan") gives no `due_at`: `no_due`.
 * Rejected and "bukan kewenangan" cases are finished but not closed, so they have no closure.
 */
export const CLOSURES = ['on_time', 'late', 'no_due'] as const;
export type Closure = (typeof CLOSURES)[number];

export function closureOf(c: {
  status: CaseStatus;
  closedAt: Date | null;
  dueAt: Date | null;
}): Closure | null {
  if (c.status !== 'closed' || !c.closedAt) return null;
  if (!c.dueAt) return 'no_due';
  return c.closedAt.getTime() <= c.dueAt.getTime() ? 'on_time' : 'late';
}

/** Share of the closed cases with a time standard that closed in time; null when there are none. */
export function onTimeRate(onTime: number, late: number): number | null {
  const base = onTime + late;
  return base > 0 ? onTime / base : null;
}

export interface StepMove {
  at: Date;
  /** The step the case moved to (the `toStep` every step-moving timeline event carries). */
  toStep: number;
}

export interface StepSpan {
  index: number;
  startedAt: Date;
  doneAt: Date;
}

/**
 * The steps a case has completed, with when each began and ended, read from its timeline the way the
 * case page reads it: step 0 begins at opening; a move to step N ends every step before N; steps an
 * action passes together (verification passes intake and verification) end at the same moment, so
 * all the time goes to the first of them. Only steps before `currentStep` count as done.
 */
export function completedStepSpans(
  openedAt: Date,
  moves: readonly StepMove[],
  currentStep: number,
): StepSpan[] {
  const startedAt: (Date | undefined)[] = [openedAt];
  const doneAt: (Date | undefined)[] = [];
  let current = 0;
  const ordered = [...moves].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const move of ordered) {
    if (move.toStep <= current) continue;
    for (let i = current; i < move.toStep; i++) {
      startedAt[i] ??= move.at;
      doneAt[i] = move.at;
    }
    current = move.toStep;
    startedAt[current] = move.at;
  }
  const spans: StepSpan[] = [];
  for (let index = 0; index < currentStep; index++) {
    const start = startedAt[index];
    const end = doneAt[index];
    if (start && end) spans.push({ index, startedAt: start, doneAt: end });
  }
  return spans;
}
