import { describe, expect, it } from 'vitest';
import holidays2026 from '../../../seed/holidays/2026.json';
import type { OfficeCalendar } from '../calendar/due-at';
import { parseCompletionTime } from '../catalogue/completion-time';
import { DEFAULT_WEEK_HOURS } from '../offices/settings';
import {
  caseDeadline,
  OUTREACH_VISIT_WITHIN,
  outreachVisitDue,
  outreachVisitWithin,
  parseTimeStandard,
  resumeDeadline,
  slaState,
  stepDeadlines,
  sweepFlagsAfterMove,
  workingSlaState,
} from './sla';
import type { CaseStep } from './workflow';

/**
 * Kota Dumai as the demo runs it: WIB, the default office hours (Monday-Thursday 08:00-16:00,
 * Friday 08:00-16:30) and the 2026 national holidays and joint leave days; 17 August is a Monday.
 */
const DUMAI: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  hours: Object.fromEntries(Object.entries(DEFAULT_WEEK_HOURS).map(([day, hours]) => [Number(day), hours])),
  holidays: holidays2026.holidays.map((h) => h.date),
};

/** An instant given as WIB wall-clock time. */
const wib = (text: string) => new Date(`${text}:00+07:00`);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const step = (
  kind: CaseStep['kind'],
  timeStandard: string | null,
  startWithin: string | null = null,
): CaseStep => ({
  name: kind,
  kind,
  role: 'service_officer',
  timeStandard,
  startWithin,
});

/** Si-PULAU PANDHA "jemput bola" (seed/catalogue/dharmasraya.json). */
const JEMPUT_BOLA: CaseStep[] = [
  step('intake', '3 menit'),
  step('field_visit', '30 menit', '1 hari'),
  step('assessment', '30 menit'),
  step('assessment', '5 Menit'),
  step('referral', '10 Menit'),
  step('product', 'menyesuaikan'),
];

describe('the Dumai calendar of the test', () => {
  it('has the seed holidays and the default hours', () => {
    expect(DUMAI.holidays).toContain('2026-08-17');
    expect(DUMAI.hours[5]).toEqual({ start: '08:00', end: '16:30' });
    expect(DUMAI.hours[6]).toBeUndefined();
  });
});

describe('resumeDeadline: the clock stops while documents are missing', () => {
  it('adds only the working minutes of a pause from Friday 15:00 to Monday 09:00', () => {
    // Opened Friday 7 August 10:00 with "1 Hari kerja": due Monday 10 August 10:00.
    const due = caseDeadline(wib('2026-08-07T10:00'), '1 Hari kerja', DUMAI)?.dueAt;
    expect(due).toEqual(wib('2026-08-10T10:00'));
    // Friday 15:00-16:30 (90) + Monday 08:00-09:00 (60) = 150 working minutes, not 66 hours.
    const resumed = resumeDeadline(due as Date, wib('2026-08-07T15:00'), wib('2026-08-10T09:00'), DUMAI);
    expect(resumed).toEqual(wib('2026-08-10T12:30'));
  });

  it('skips the Independence Day holiday inside the pause', () => {
    // Paused Friday 14 August 15:00, resumed Tuesday 18 August 09:00: Monday 17 is a holiday.
    const resumed = resumeDeadline(
      wib('2026-08-14T10:00'),
      wib('2026-08-14T15:00'),
      wib('2026-08-18T09:00'),
      DUMAI,
    );
    expect(resumed).toEqual(wib('2026-08-14T12:30'));
  });

  it('spills the extension past closing time into the next working day', () => {
    // Due Friday 16:00; a 150-minute pause leaves 30 minutes on Friday and 120 on Monday.
    const resumed = resumeDeadline(
      wib('2026-08-07T16:00'),
      wib('2026-08-07T15:00'),
      wib('2026-08-10T09:00'),
      DUMAI,
    );
    expect(resumed).toEqual(wib('2026-08-10T10:00'));
  });

  it('adds a pause within one working day as it is', () => {
    expect(
      resumeDeadline(wib('2026-08-12T14:00'), wib('2026-08-11T10:00'), wib('2026-08-11T11:15'), DUMAI),
    ).toEqual(wib('2026-08-12T15:15'));
  });

  it('leaves the deadline alone when the pause had no working time', () => {
    const saturdayDue = wib('2026-08-08T15:00');
    expect(resumeDeadline(saturdayDue, wib('2026-08-08T09:00'), wib('2026-08-09T20:00'), DUMAI)).toEqual(
      saturdayDue,
    );
    expect(resumeDeadline(saturdayDue, wib('2026-08-10T09:00'), wib('2026-08-10T09:00'), DUMAI)).toEqual(
      saturdayDue,
    );
  });
});

describe('slaState: warning at 75% of the time, overdue after the due time', () => {
  const start = wib('2026-08-10T08:00');
  const due = wib('2026-08-10T12:00');

  it('crosses into warning at exactly 75%', () => {
    expect(slaState(wib('2026-08-10T08:00'), start, due)).toBe('on_track');
    expect(slaState(new Date(wib('2026-08-10T11:00').getTime() - 1), start, due)).toBe('on_track');
    expect(slaState(wib('2026-08-10T11:00'), start, due)).toBe('warning');
  });

  it('is still a warning at the due time itself, and overdue just after', () => {
    expect(slaState(due, start, due)).toBe('warning');
    expect(slaState(new Date(due.getTime() + 1), start, due)).toBe('overdue');
  });

  it('leaves paused time out of both the time used and the time available', () => {
    // A one-hour pause moved the due time from 12:00 to 13:00: 75% of the 4 hours is reached at 12:00.
    const extended = wib('2026-08-10T13:00');
    expect(slaState(wib('2026-08-10T11:59'), start, extended, HOUR)).toBe('on_track');
    expect(slaState(wib('2026-08-10T12:00'), start, extended, HOUR)).toBe('warning');
    expect(slaState(wib('2026-08-10T13:01'), start, extended, HOUR)).toBe('overdue');
  });

  it('takes another warning threshold', () => {
    expect(slaState(wib('2026-08-10T10:00'), start, due, 0, 0.5)).toBe('warning');
  });
});

describe('workingSlaState: the same rule in office time', () => {
  // Friday 7 August 15:00 with "1 Hari kerja": due Monday 15:00; 90 + 420 = 510 working minutes.
  const start = wib('2026-08-07T15:00');
  const due = wib('2026-08-10T15:00');

  it('warns at 75% of the working minutes, not of the weekend', () => {
    // 382.5 of 510 minutes: Monday 12:52:30.
    expect(workingSlaState(wib('2026-08-10T12:52'), start, due, DUMAI)).toBe('on_track');
    expect(workingSlaState(wib('2026-08-10T12:53'), start, due, DUMAI)).toBe('warning');
    expect(workingSlaState(wib('2026-08-10T15:01'), start, due, DUMAI)).toBe('overdue');
    // In elapsed time the weekend alone would already use 90% of the window.
    expect(slaState(wib('2026-08-10T08:00'), start, due)).toBe('warning');
    expect(workingSlaState(wib('2026-08-10T08:00'), start, due, DUMAI)).toBe('on_track');
  });

  it('freezes while the case waits for documents, even past the old due time', () => {
    const pauses = [{ from: wib('2026-08-10T09:00'), to: null }];
    expect(workingSlaState(wib('2026-08-11T10:00'), start, due, DUMAI, pauses)).toBe('on_track');
  });

  it('counts an ended pause out once the due time was extended for it', () => {
    const pause = { from: wib('2026-08-10T09:00'), to: wib('2026-08-11T10:00') };
    const extended = resumeDeadline(due, pause.from, pause.to, DUMAI);
    expect(extended).toEqual(wib('2026-08-11T16:00'));
    // 990 working minutes since the start, 540 of them paused: 450 of 510 used.
    expect(workingSlaState(wib('2026-08-11T15:00'), start, extended, DUMAI, [pause])).toBe('warning');
    expect(workingSlaState(wib('2026-08-11T10:30'), start, extended, DUMAI, [pause])).toBe('on_track');
    expect(workingSlaState(wib('2026-08-11T16:01'), start, extended, DUMAI, [pause])).toBe('overdue');
  });
});

describe('stepDeadlines', () => {
  it('chains the Si-PULAU PANDHA outreach steps from a Friday afternoon report', () => {
    const plan = stepDeadlines(wib('2026-08-07T15:00'), JEMPUT_BOLA, DUMAI);
    expect(plan.map((p) => [p.kind, p.startBy, p.dueAt])).toEqual([
      ['intake', null, wib('2026-08-07T15:03')],
      // The team comes within one (calendar) day; the 30-minute visit then runs on office time.
      ['field_visit', wib('2026-08-08T15:03'), wib('2026-08-10T08:30')],
      ['assessment', null, wib('2026-08-10T09:00')],
      ['assessment', null, wib('2026-08-10T09:05')],
      ['referral', null, wib('2026-08-10T09:15')],
      ['product', null, null],
    ]);
    expect(plan.every((p) => p.targetAt?.getTime() === p.dueAt?.getTime())).toBe(true);
  });

  it('gives a range a target and a due time, and chains on the due time', () => {
    const plan = stepDeadlines(
      wib('2026-08-10T10:00'),
      [step('assessment', '3 - 4 Hari kerja'), step('approval', '1 jam')],
      DUMAI,
    );
    expect(plan[0]).toMatchObject({ targetAt: wib('2026-08-13T10:00'), dueAt: wib('2026-08-14T10:00') });
    expect(plan[1]?.dueAt).toEqual(wib('2026-08-14T11:00'));
  });

  it('gives steps without a time no due time and lets later steps count from the last known point', () => {
    const plan = stepDeadlines(
      wib('2026-08-10T10:00'),
      [step('intake', null), step('verification', 'Menyesuaikan'), step('product', '10 Menit')],
      DUMAI,
    );
    expect(plan.map((p) => p.dueAt)).toEqual([null, null, wib('2026-08-10T10:10')]);
  });

  it('plans only the remaining steps from a later start', () => {
    const plan = stepDeadlines(wib('2026-08-10T10:00'), JEMPUT_BOLA, DUMAI, 4);
    expect(plan.map((p) => [p.index, p.dueAt])).toEqual([
      [4, wib('2026-08-10T10:10')],
      [5, null],
    ]);
  });
});

describe('caseDeadline', () => {
  it('reads the overall completion time as text or as parsed data', () => {
    expect(caseDeadline(wib('2026-08-06T10:00'), '1 Hari kerja', DUMAI)).toEqual({
      targetAt: wib('2026-08-07T10:00'),
      dueAt: wib('2026-08-07T10:00'),
    });
    // A request made at closing time counts from the next working morning.
    expect(caseDeadline(wib('2026-08-06T16:00'), '1 Hari kerja', DUMAI)?.dueAt).toEqual(
      wib('2026-08-10T08:00'),
    );
    const parsed = parseCompletionTime('3-4 Hari kerja');
    if (!parsed.ok) throw new Error('parse');
    expect(caseDeadline(wib('2026-08-10T10:00'), parsed.value, DUMAI)?.dueAt).toEqual(
      wib('2026-08-14T10:00'),
    );
    expect(
      caseDeadline(wib('2026-08-10T10:00'), 'Menyesuaikan; jasa dan barang menyesuaikan', DUMAI),
    ).toBeNull();
  });

  it('treats no time and unreadable time as no fixed time', () => {
    expect(parseTimeStandard(null)).toBeNull();
    expect(parseTimeStandard('')).toBeNull();
    expect(parseTimeStandard('segera')).toBeNull();
    expect(parseTimeStandard('10 Menit')).toMatchObject({
      kind: 'fixed',
      target: { amount: 10, unit: 'minute' },
    });
  });
});

describe('outreach: the team visits within one day of the report', () => {
  it('uses the same "1 hari" as the catalogue, a calendar day over the weekend too', () => {
    expect(OUTREACH_VISIT_WITHIN).toBe('1 hari');
    expect(outreachVisitWithin(JEMPUT_BOLA)).toBe('1 hari');
    expect(outreachVisitWithin([step('intake', null)])).toBe(OUTREACH_VISIT_WITHIN);
    expect(outreachVisitDue(wib('2026-08-14T15:00'), DUMAI)).toEqual(wib('2026-08-15T15:00'));
    expect(outreachVisitDue(wib('2026-08-10T09:00'), DUMAI)).toEqual(wib('2026-08-11T09:00'));
  });

  it('follows a standard that sets its own time', () => {
    expect(outreachVisitDue(wib('2026-08-14T15:00'), DUMAI, '1 hari kerja')).toEqual(wib('2026-08-18T15:00'));
    expect(() => outreachVisitDue(wib('2026-08-14T15:00'), DUMAI, 'menyesuaikan')).toThrow();
  });
});

describe('sweepFlagsAfterMove: a deadline moved later takes back the flags it no longer justifies', () => {
  const opened = new Date('2026-08-03T01:00:00Z');
  const stamped = new Date('2026-08-06T01:00:00Z');
  const flags = { warnedAt: stamped, breachedAt: stamped, stepBreachedAt: stamped };
  const day = 86_400_000;

  it('keeps every flag while the new times still stand where the sweep found them', () => {
    const now = new Date(opened.getTime() + 10 * day);
    const due = new Date(opened.getTime() + 9 * day);
    expect(sweepFlagsAfterMove(flags, now, opened, due, due)).toEqual(flags);
  });

  it('keeps the warning but drops the breach when the new due time is ahead but near', () => {
    const now = new Date(opened.getTime() + 8 * day);
    const due = new Date(opened.getTime() + 10 * day);
    expect(sweepFlagsAfterMove(flags, now, opened, due, due)).toEqual({
      warnedAt: stamped,
      breachedAt: null,
      stepBreachedAt: null,
    });
  });

  it('drops the warning too once less than 75% of the new time is used, so the sweep warns again later', () => {
    const now = new Date(opened.getTime() + 5 * day);
    const due = new Date(opened.getTime() + 10 * day);
    expect(sweepFlagsAfterMove(flags, now, opened, due, null)).toEqual({
      warnedAt: null,
      breachedAt: null,
      stepBreachedAt: null,
    });
  });
});
