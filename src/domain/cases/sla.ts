import {
  computeDeadlines,
  computeDueAt,
  type OfficeCalendar,
  workingMinutesBetween,
} from '../calendar/due-at';
import { type CompletionTime, parseCompletionTime } from '../catalogue/completion-time';
import type { CaseStep } from './state';

/** Share of the time after which a deadline shows a warning. */
export const SLA_WARNING_RATIO = 0.75;

export const SLA_STATES = ['on_track', 'warning', 'overdue'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/**
 * How soon an outreach team must visit after a report: "Paling lambat 1 (satu) hari Tim Si-PULAU
 * PANDHA datang" (000_32934761c3844c36.txt, BAB IV A.2), the same text as the `startWithin` of the
 * visit step in seed/catalogue/dharmasraya.json. "Hari" is a calendar day, as everywhere in the
 * deadline rules (only "hari kerja" runs on office time): a Friday report is visited by Saturday.
 */
export const OUTREACH_VISIT_WITHIN = '1 hari';

/** A time standard as structured data; null when there is none or it cannot be read. */
export function parseTimeStandard(text: string | null | undefined): CompletionTime | null {
  if (!text) return null;
  const parsed = parseCompletionTime(text);
  return parsed.ok ? parsed.value : null;
}

export interface StepDeadline {
  index: number;
  name: string;
  kind: CaseStep['kind'];
  /** Latest start, for steps whose standard sets one apart (the outreach visit). */
  startBy: Date | null;
  /** Lower bound of a range ("3 - 4 hari kerja" → 3); the same as dueAt for a single value. */
  targetAt: Date | null;
  dueAt: Date | null;
}

const FLEXIBLE: CompletionTime = { kind: 'flexible', text: '', note: null };

/**
 * Each step's deadlines when every step before it uses all of its time: step N starts when step N-1
 * is due. A step without a fixed time ("menyesuaikan", or none given) has no due time and adds
 * nothing to the chain, so later steps count from the last known point. `firstStep` plans only the
 * remaining steps, from `startAt` (e.g. when a case moves on).
 */
export function stepDeadlines(
  startAt: Date,
  steps: readonly CaseStep[],
  calendar: OfficeCalendar,
  firstStep = 0,
): StepDeadline[] {
  const plan: StepDeadline[] = [];
  let cursor = startAt;
  steps.forEach((step, index) => {
    if (index < firstStep) return;
    const within = parseTimeStandard(step.startWithin);
    const startBy = within?.kind === 'fixed' ? computeDueAt(cursor, within.limit, calendar) : null;
    const begin = startBy ?? cursor;
    const deadlines = computeDeadlines(begin, parseTimeStandard(step.timeStandard) ?? FLEXIBLE, calendar);
    plan.push({
      index,
      name: step.name,
      kind: step.kind,
      startBy,
      targetAt: deadlines?.targetAt ?? null,
      dueAt: deadlines?.limitAt ?? null,
    });
    cursor = deadlines?.limitAt ?? begin;
  });
  return plan;
}

/** The case's overall target and due time from its standard's completion time; null when flexible. */
export function caseDeadline(
  openedAt: Date,
  completionTime: CompletionTime | string,
  calendar: OfficeCalendar,
): { targetAt: Date; dueAt: Date } | null {
  const time = typeof completionTime === 'string' ? parseTimeStandard(completionTime) : completionTime;
  const deadlines = time ? computeDeadlines(openedAt, time, calendar) : null;
  return deadlines ? { targetAt: deadlines.targetAt, dueAt: deadlines.limitAt } : null;
}

function classify(used: number, budget: number, warningRatio: number): SlaState {
  if (used > budget) return 'overdue';
  return used >= warningRatio * budget ? 'warning' : 'on_track';
}

/**
 * Where a deadline stands, in elapsed (wall-clock) time: overdue once `now` is past `dueAt`, warning
 * once 75% of the time is used. `pausedMs` is time the clock stood still between `startAt` and
 * `now` whose extension `dueAt` already includes; it counts neither as used nor as available. While
 * the case is paused, call it with the moment the clock stopped as `now`. For deadlines in minutes,
 * hours or working days, `workingSlaState` measures in office time instead.
 */
export function slaState(
  now: Date,
  startAt: Date,
  dueAt: Date,
  pausedMs = 0,
  warningRatio = SLA_WARNING_RATIO,
): SlaState {
  const used = now.getTime() - startAt.getTime() - pausedMs;
  const budget = dueAt.getTime() - startAt.getTime() - pausedMs;
  return classify(used, budget, warningRatio);
}

export interface ClockPause {
  from: Date;
  /** Null while the case is still paused. */
  to: Date | null;
}

/**
 * Where a deadline stands in office time: the share of working minutes used between `startAt` and
 * `dueAt`. Ended pauses are those `dueAt` was already extended for (resumeDeadline); a pause still
 * running freezes the clock and extends the deadline provisionally, so a case waiting for documents
 * never turns overdue.
 */
export function workingSlaState(
  now: Date,
  startAt: Date,
  dueAt: Date,
  calendar: OfficeCalendar,
  pauses: readonly ClockPause[] = [],
  warningRatio = SLA_WARNING_RATIO,
): SlaState {
  const open = pauses.find((pause) => pause.to === null);
  const effectiveDue = open ? resumeDeadline(dueAt, open.from, now, calendar) : dueAt;
  if (now.getTime() > effectiveDue.getTime()) return 'overdue';
  // Only the part of a pause inside the measured span counts.
  const pausedMinutes = pauses.reduce((sum, pause) => {
    const from = Math.max(pause.from.getTime(), startAt.getTime());
    const to = Math.min((pause.to ?? now).getTime(), now.getTime());
    return sum + workingMinutesBetween(calendar, new Date(from), new Date(to));
  }, 0);
  const used = workingMinutesBetween(calendar, startAt, now) - pausedMinutes;
  const budget = workingMinutesBetween(calendar, startAt, effectiveDue) - pausedMinutes;
  return classify(used, budget, warningRatio);
}

/**
 * A deadline moved by the office time that passed while the clock was paused (awaiting documents):
 * paused Friday 15:00, resumed Monday 09:00 on a 08:00-16:30 Friday adds 90 + 60 working minutes,
 * not the 66 hours in between.
 */
export function resumeDeadline(dueAt: Date, pausedAt: Date, resumedAt: Date, calendar: OfficeCalendar): Date {
  const minutes = workingMinutesBetween(calendar, pausedAt, resumedAt);
  // Zero must leave the deadline alone: adding zero minutes would still move it to opening time.
  if (minutes <= 0) return dueAt;
  return computeDueAt(dueAt, { amount: minutes, unit: 'minute' }, calendar);
}

/** The outreach time of a standard: its visit step's `startWithin`, or the Si-PULAU PANDHA rule. */
export function outreachVisitWithin(steps: readonly CaseStep[]): string {
  return (
    steps.find((step) => step.kind === 'field_visit' && step.startWithin)?.startWithin ??
    OUTREACH_VISIT_WITHIN
  );
}

/** When the outreach team must have visited the person reported ("paling lambat 1 hari" after the report). */
export function outreachVisitDue(
  reportedAt: Date,
  calendar: OfficeCalendar,
  startWithin: string = OUTREACH_VISIT_WITHIN,
): Date {
  const within = parseTimeStandard(startWithin);
  if (within?.kind !== 'fixed') throw new Error(`outreach time "${startWithin}" is not a fixed time`);
  return computeDueAt(reportedAt, within.limit, calendar);
}

export interface SweepFlags {
  warnedAt: Date | null;
  breachedAt: Date | null;
  stepBreachedAt: Date | null;
}

/**
 * The deadline sweep's flags once the deadlines have moved later (the clock resumed after a pause):
 * a flag the new due time no longer justifies is cleared, so the sweep raises it again when it comes
 * true, and the inbox's "due soon" list, which reads `warnedAt`, lists only cases really near their end.
 */
export function sweepFlagsAfterMove(
  flags: SweepFlags,
  now: Date,
  openedAt: Date,
  dueAt: Date | null,
  stepDueAt: Date | null,
): SweepFlags {
  const state = dueAt ? slaState(now, openedAt, dueAt) : 'on_track';
  return {
    warnedAt: state === 'on_track' ? null : flags.warnedAt,
    breachedAt: state === 'overdue' ? flags.breachedAt : null,
    stepBreachedAt: stepDueAt && now.getTime() > stepDueAt.getTime() ? flags.stepBreachedAt : null,
  };
}
