import type { OfficeCalendar } from '../calendar/due-at';
import type { Duration } from '../catalogue/completion-time';
import { parseTimeStandard } from './sla';

/**
 * Weight of a step without a fixed time ("menyesuaikan", or no time written, as most Dumai steps):
 * it still takes someone's time, so it counts as one working hour until the office measures better.
 */
export const FLEXIBLE_STEP_MINUTES = 60;
/** The board looks one working week ahead. */
export const DEFAULT_HORIZON_DAYS = 5;
/** More open work than fits in the horizon. */
export const DEFAULT_OVERLOAD_ABOVE = 1.0;
/** Less than half the horizon filled. */
export const DEFAULT_UNDERLOAD_BELOW = 0.5;

/** The coordinator's three words (Si-PULAU PANDHA: "overload, underload atau normal"). */
export const WORKLOAD_LEVELS = ['overload', 'normal', 'underload'] as const;
export type WorkloadLevel = (typeof WORKLOAD_LEVELS)[number];

export const WORKLOAD_LEVEL_LABELS: Record<WorkloadLevel, string> = {
  overload: 'Overload (beban berlebih)',
  normal: 'Normal',
  underload: 'Underload (beban kurang)',
};

export interface WorkloadStep {
  timeStandard: string | null;
}

export interface OfficerOpenCases {
  officerId: string;
  /** Each open case assigned to the officer, with the steps still ahead of it (workflow.ts remainingSteps). */
  cases: readonly { caseId: string; remainingSteps: readonly WorkloadStep[] }[];
}

export interface WorkloadSettings {
  calendar: OfficeCalendar;
  horizonDays?: number;
  overloadAbove?: number;
  underloadBelow?: number;
  flexibleStepMinutes?: number;
}

export interface OfficerWorkload {
  officerId: string;
  openCases: number;
  weightMinutes: number;
  capacityMinutes: number;
  /** weight ÷ capacity: 1 means the horizon is exactly full. */
  ratio: number;
  level: WorkloadLevel;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Working minutes in a week of the office's hours (holidays aside). */
export function weeklyWorkingMinutes(calendar: OfficeCalendar): number {
  return Object.values(calendar.hours).reduce(
    (sum, hours) => sum + Math.max(0, minutesOf(hours.end) - minutesOf(hours.start)),
    0,
  );
}

/** The average working day in minutes: Dumai's 4 × 480 + 510 over 5 days is 486. */
export function workingMinutesPerDay(calendar: OfficeCalendar): number {
  const days = Object.keys(calendar.hours).length;
  return days === 0 ? 0 : weeklyWorkingMinutes(calendar) / days;
}

/**
 * A duration in working minutes. Days count as working days and weeks as working weeks: a time
 * standard measures how long the work may take, and the work happens in office hours.
 */
function durationMinutes(duration: Duration, calendar: OfficeCalendar): number {
  const perDay = workingMinutesPerDay(calendar);
  const perWeek = weeklyWorkingMinutes(calendar);
  switch (duration.unit) {
    case 'minute':
      return duration.amount;
    case 'hour':
      return duration.amount * 60;
    case 'working_day':
    case 'day':
      return duration.amount * perDay;
    case 'week':
      return duration.amount * perWeek;
    case 'month':
      return (duration.amount * perWeek * 52) / 12;
  }
}

/** One step's weight: its time standard's target ("3 - 4 hari kerja" weighs 3 days), or the flexible weight. */
export function stepWeightMinutes(
  timeStandard: string | null,
  calendar: OfficeCalendar,
  flexibleStepMinutes = FLEXIBLE_STEP_MINUTES,
): number {
  const time = parseTimeStandard(timeStandard);
  return time?.kind === 'fixed' ? durationMinutes(time.target, calendar) : flexibleStepMinutes;
}

/** A case's weight: the sum of its remaining steps' weights. */
export function caseWeightMinutes(
  remainingSteps: readonly WorkloadStep[],
  calendar: OfficeCalendar,
  flexibleStepMinutes = FLEXIBLE_STEP_MINUTES,
): number {
  return remainingSteps.reduce(
    (sum, step) => sum + stepWeightMinutes(step.timeStandard, calendar, flexibleStepMinutes),
    0,
  );
}

export function workloadLevel(
  ratio: number,
  overloadAbove = DEFAULT_OVERLOAD_ABOVE,
  underloadBelow = DEFAULT_UNDERLOAD_BELOW,
): WorkloadLevel {
  if (ratio > overloadAbove) return 'overload';
  return ratio < underloadBelow ? 'underload' : 'normal';
}

/**
 * The coordinator's board: each officer's open cases weighed by the time standards of their remaining
 * steps, against what fits in the horizon (working minutes per day × days), heaviest first.
 */
export function workloadBoard(
  officers: readonly OfficerOpenCases[],
  settings: WorkloadSettings,
): OfficerWorkload[] {
  const flexible = settings.flexibleStepMinutes ?? FLEXIBLE_STEP_MINUTES;
  const capacity = workingMinutesPerDay(settings.calendar) * (settings.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const board = officers.map((officer): OfficerWorkload => {
    const weight = officer.cases.reduce(
      (sum, c) => sum + caseWeightMinutes(c.remainingSteps, settings.calendar, flexible),
      0,
    );
    const ratio = capacity > 0 ? weight / capacity : weight > 0 ? Number.POSITIVE_INFINITY : 0;
    return {
      officerId: officer.officerId,
      openCases: officer.cases.length,
      weightMinutes: weight,
      capacityMinutes: capacity,
      ratio,
      level: workloadLevel(ratio, settings.overloadAbove, settings.underloadBelow),
    };
  });
  return board.sort(
    (a, b) => b.ratio - a.ratio || b.openCases - a.openCases || a.officerId.localeCompare(b.officerId),
  );
}
