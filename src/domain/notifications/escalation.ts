import { computeDueAt, type OfficeCalendar, workingMinutesBetween } from '../calendar/due-at';
import type { ClockPause } from '../cases/sla';
import type { TNotificationSettings } from './settings';

/**
 * Escalation of a breached case (issue 14): a case still open some working hours after its deadline
 * was missed is brought to the Kabid, and later to the Kadis. `cases.escalation_level` says how far it
 * went (0 nobody yet, 1 the Kabid told, 2 the Kadis told) and `cases.escalate_at` when the next one is due.
 */
export type TEscalationSettings = TNotificationSettings['escalation'];
export type EscalationTarget = 'kabid' | 'kadis';

/** The levels a case reaches: who has been told so far. */
export const ESCALATION_LEVEL = { none: 0, kabid: 1, kadis: 2 } as const;

/**
 * An instant plus working hours on the office calendar (nights, weekends and holidays do not count),
 * plus the working minutes the case's clock stood still since (waiting for the reporter's documents).
 */
function afterWorkingHours(at: Date, hours: number, calendar: OfficeCalendar, pausedMinutes = 0): Date {
  return computeDueAt(at, { amount: hours * 60 + pausedMinutes, unit: 'minute' }, calendar);
}

/** Working minutes of the pauses that fall after the breach: they do not count as waiting. */
function pausedSince(breachedAt: Date, pauses: readonly ClockPause[], calendar: OfficeCalendar, now: Date) {
  return pauses.reduce((sum, pause) => {
    const from = new Date(Math.max(pause.from.getTime(), breachedAt.getTime()));
    return sum + workingMinutesBetween(calendar, from, pause.to ?? now);
  }, 0);
}

/** When the Kabid is to be told about a case breached at `breachedAt`. */
export function firstEscalationAt(
  breachedAt: Date,
  settings: TEscalationSettings,
  calendar: OfficeCalendar,
): Date {
  return afterWorkingHours(breachedAt, settings.kabidAfterHours, calendar);
}

export interface EscalationStep {
  /** Whom to tell now; null when nobody is (not due yet, or every level told). */
  notify: EscalationTarget | null;
  nextLevel: number;
  /** When the next escalation is due; null when none is left. */
  nextEscalateAt: Date | null;
  /** Working hours past the deadline the case has waited, as the alert says; null when nobody is told. */
  waitedHours: number | null;
}

export interface EscalationClock {
  /** When the job runs; without it the escalation is taken as due. */
  now?: Date;
  /** The case's pauses (awaiting documents); those after the breach push the escalation back. */
  pauses?: readonly ClockPause[];
}

/**
 * What an escalation that has come due does: level 0 tells the Kabid and sets the Kadis's time
 * (counted from the breach, not from the Kabid's alert, so the settings read as "N and M working hours
 * after the breach"); level 1 tells the Kadis and ends; beyond that nothing is left. Time the case
 * waited for the reporter's documents after the breach does not count: if it moves the escalation
 * past `now`, nobody is told yet and the new time is returned.
 */
export function escalationStep(
  level: number,
  breachedAt: Date,
  settings: TEscalationSettings,
  calendar: OfficeCalendar,
  clock: EscalationClock = {},
): EscalationStep {
  if (level >= ESCALATION_LEVEL.kadis)
    return { notify: null, nextLevel: level, nextEscalateAt: null, waitedHours: null };
  const now = clock.now ?? null;
  const paused = now && clock.pauses ? pausedSince(breachedAt, clock.pauses, calendar, now) : 0;
  const target: EscalationTarget = level <= ESCALATION_LEVEL.none ? 'kabid' : 'kadis';
  const hours = target === 'kabid' ? settings.kabidAfterHours : settings.kadisAfterHours;
  const dueAt = afterWorkingHours(breachedAt, hours, calendar, paused);
  if (now && dueAt.getTime() > now.getTime())
    return { notify: null, nextLevel: level, nextEscalateAt: dueAt, waitedHours: null };
  return {
    notify: target,
    nextLevel: target === 'kabid' ? ESCALATION_LEVEL.kabid : ESCALATION_LEVEL.kadis,
    nextEscalateAt:
      target === 'kabid' ? afterWorkingHours(breachedAt, settings.kadisAfterHours, calendar, paused) : null,
    waitedHours: hours,
  };
}

const TARGET_WORDS: Record<EscalationTarget, string> = {
  kabid: 'Kepala Bidang',
  kadis: 'Kepala Dinas',
};

/** The alert's words: which ticket, how long past its deadline, and to whom it is raised. */
export function escalationMessage(ticket: string, target: EscalationTarget, waitedHours: number): string {
  return `Eskalasi ke ${TARGET_WORDS[target]}: tiket ${ticket} sudah ${waitedHours} jam kerja melewati tenggat dan belum selesai.`;
}
