import { describe, expect, it } from 'vitest';
import type { OfficeCalendar } from '../calendar/due-at';
import { escalationMessage, escalationStep, firstEscalationAt } from './escalation';

// Monday to Friday, 08:00-16:00 WIB (UTC+7).
const calendar: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  hours: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, { start: '08:00', end: '16:00' }])),
  holidays: [],
};
const withHoliday: OfficeCalendar = { ...calendar, holidays: ['2026-11-30'] };
const settings = { kabidAfterHours: 8, kadisAfterHours: 16 };
// Friday 27 November 2026, 14:00 WIB.
const fridayAfternoon = new Date('2026-11-27T07:00:00Z');

describe('escalation of a breached case', () => {
  it('tells the Kabid after N working hours: the weekend does not count', () => {
    // Friday 14:00-16:00 is 2 hours; the other 6 are Monday 08:00-14:00.
    expect(firstEscalationAt(fridayAfternoon, settings, calendar).toISOString()).toBe(
      '2026-11-30T07:00:00.000Z',
    );
  });

  it('skips a holiday as it skips the weekend', () => {
    expect(firstEscalationAt(fridayAfternoon, settings, withHoliday).toISOString()).toBe(
      '2026-12-01T07:00:00.000Z',
    );
  });

  it('a breach found outside office hours counts from the next opening', () => {
    // Saturday 10:00 WIB: 8 hours are the whole of Monday.
    const saturday = new Date('2026-11-28T03:00:00Z');
    expect(firstEscalationAt(saturday, settings, calendar).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });

  it('level 0 tells the Kabid and sets the Kadis M working hours after the breach', () => {
    const step = escalationStep(0, fridayAfternoon, settings, calendar);
    expect(step).toMatchObject({ notify: 'kabid', nextLevel: 1, waitedHours: 8 });
    // 2 hours Friday, 8 Monday, 6 Tuesday.
    expect(step.nextEscalateAt?.toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(escalationStep(0, fridayAfternoon, settings, withHoliday).nextEscalateAt?.toISOString()).toBe(
      '2026-12-02T07:00:00.000Z',
    );
  });

  it('level 1 tells the Kadis and ends; level 2 has nobody left to tell', () => {
    expect(escalationStep(1, fridayAfternoon, settings, calendar)).toEqual({
      notify: 'kadis',
      nextLevel: 2,
      nextEscalateAt: null,
      waitedHours: 16,
    });
    expect(escalationStep(2, fridayAfternoon, settings, calendar)).toEqual({
      notify: null,
      nextLevel: 2,
      nextEscalateAt: null,
      waitedHours: null,
    });
  });

  it('follows the office settings', () => {
    const quick = { kabidAfterHours: 1, kadisAfterHours: 3 };
    expect(firstEscalationAt(fridayAfternoon, quick, calendar).toISOString()).toBe(
      '2026-11-27T08:00:00.000Z',
    );
    // Friday 14:00 + 3 working hours: 2 on Friday, 1 on Monday.
    expect(escalationStep(0, fridayAfternoon, quick, calendar).nextEscalateAt?.toISOString()).toBe(
      '2026-11-30T02:00:00.000Z',
    );
  });

  it('names the ticket, the hours waited and who is told', () => {
    expect(escalationMessage('DMI-2611-0001', 'kabid', 8)).toBe(
      'Eskalasi ke Kepala Bidang: tiket DMI-2611-0001 sudah 8 jam kerja melewati tenggat dan belum selesai.',
    );
  });
});

describe('escalation after the clock stood still', () => {
  // Breached Friday 14:00, paused (documents requested) Friday 15:00, resumed Tuesday 09:00:
  // 1 hour Friday, 8 Monday and 1 Tuesday of waiting do not count.
  const pause = { from: new Date('2026-11-27T08:00:00Z'), to: new Date('2026-12-01T02:00:00Z') };

  it('pushes the Kabid back by the working time paused after the breach', () => {
    const resumed = new Date('2026-12-01T02:00:00Z');
    const step = escalationStep(0, fridayAfternoon, settings, calendar, { now: resumed, pauses: [pause] });
    // 8 hours + 10 paused: 2 Friday, 8 Monday, 8 Tuesday → Tuesday 16:00 (09:00Z).
    expect(step).toEqual({
      notify: null,
      nextLevel: 0,
      nextEscalateAt: new Date('2026-12-01T09:00:00Z'),
      waitedHours: null,
    });
    const due = escalationStep(0, fridayAfternoon, settings, calendar, {
      now: new Date('2026-12-01T09:00:00Z'),
      pauses: [pause],
    });
    expect(due).toMatchObject({ notify: 'kabid', nextLevel: 1, waitedHours: 8 });
    // The Kadis: 16 + 10 hours from the breach → Wednesday 16:00.
    expect(due.nextEscalateAt?.toISOString()).toBe('2026-12-02T09:00:00.000Z');
  });

  it('a pause that ended before the breach changes nothing', () => {
    const before = { from: new Date('2026-11-26T02:00:00Z'), to: new Date('2026-11-26T05:00:00Z') };
    const step = escalationStep(0, fridayAfternoon, settings, calendar, {
      now: new Date('2026-11-30T07:00:00Z'),
      pauses: [before],
    });
    expect(step).toMatchObject({ notify: 'kabid', nextEscalateAt: new Date('2026-12-01T07:00:00Z') });
  });
});
