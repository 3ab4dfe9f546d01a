import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../calendar/due-at';
import { resumeDeadline } from '../cases/sla';
import { closureOf, completedStepSpans, onTimeRate } from './timing';

const at = (iso: string) => new Date(iso);

describe('closed on time', () => {
  const due = at('2026-11-27T09:00:00Z');

  it('is on time at or before the due time, late after it', () => {
    expect(closureOf({ status: 'closed', closedAt: at('2026-11-26T09:00:00Z'), dueAt: due })).toBe('on_time');
    expect(closureOf({ status: 'closed', closedAt: due, dueAt: due })).toBe('on_time');
    expect(closureOf({ status: 'closed', closedAt: at('2026-11-27T09:00:01Z'), dueAt: due })).toBe('late');
  });

  it('has no rate for a standard without a fixed time ("menyesuaikan")', () => {
    expect(closureOf({ status: 'closed', closedAt: due, dueAt: null })).toBe('no_due');
  });

  it('counts only closed cases: open, reopened, rejected and "bukan kewenangan" have no closure', () => {
    expect(closureOf({ status: 'in_progress', closedAt: null, dueAt: due })).toBeNull();
    expect(closureOf({ status: 'rejected', closedAt: null, dueAt: due })).toBeNull();
    expect(closureOf({ status: 'out_of_scope', closedAt: null, dueAt: due })).toBeNull();
  });

  it('gives back the time spent waiting for documents, because due_at already holds it', () => {
    // Opened Monday 09:00 WIB, due Wednesday; waited Monday 10:00 to Tuesday 10:00 (8 working hours).
    const dueAt = at('2026-11-25T02:00:00Z');
    const extended = resumeDeadline(
      dueAt,
      at('2026-11-23T03:00:00Z'),
      at('2026-11-24T03:00:00Z'),
      DEFAULT_CALENDAR,
    );
    const closedAt = at('2026-11-25T08:00:00Z'); // Wednesday 15:00 WIB: late without the pause
    expect(closureOf({ status: 'closed', closedAt, dueAt })).toBe('late');
    expect(closureOf({ status: 'closed', closedAt, dueAt: extended })).toBe('on_time');
  });

  it('rates on time among the cases with a time standard', () => {
    expect(onTimeRate(3, 1)).toBe(0.75);
    expect(onTimeRate(0, 0)).toBeNull();
  });
});

describe('time per step, read from the timeline', () => {
  const opened = at('2026-11-23T02:00:00Z');

  it('ends each step at the move past it, and gives steps passed together no time of their own', () => {
    const spans = completedStepSpans(
      opened,
      [
        { at: at('2026-11-23T03:00:00Z'), toStep: 2 }, // verification passes intake and verification
        { at: at('2026-11-24T03:00:00Z'), toStep: 3 },
      ],
      3,
    );
    expect(spans).toEqual([
      { index: 0, startedAt: opened, doneAt: at('2026-11-23T03:00:00Z') },
      { index: 1, startedAt: at('2026-11-23T03:00:00Z'), doneAt: at('2026-11-23T03:00:00Z') },
      { index: 2, startedAt: at('2026-11-23T03:00:00Z'), doneAt: at('2026-11-24T03:00:00Z') },
    ]);
  });

  it('reads moves in time order, ignores moves that do not go forward, and stops at the current step', () => {
    const spans = completedStepSpans(
      opened,
      [
        { at: at('2026-11-25T03:00:00Z'), toStep: 2 },
        { at: at('2026-11-24T03:00:00Z'), toStep: 1 },
        { at: at('2026-11-26T03:00:00Z'), toStep: 1 },
      ],
      1,
    );
    expect(spans).toEqual([{ index: 0, startedAt: opened, doneAt: at('2026-11-24T03:00:00Z') }]);
  });

  it('has no completed step for a new case', () => {
    expect(completedStepSpans(opened, [], 0)).toEqual([]);
  });
});
