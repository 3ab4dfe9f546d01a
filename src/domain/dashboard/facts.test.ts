import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../calendar/due-at';
import { durationBucket } from './durations';
import {
  type CaseInput,
  caseFact,
  contributionsOf,
  type FactContext,
  NO_DUE_DAY,
  PAST_DUE_DAY,
  RollupDelta,
  type RollupName,
} from './facts';
import { indicatorRulesFor } from './indicators';

const at = (iso: string) => new Date(iso);

const ctx: FactContext = {
  calendar: DEFAULT_CALENDAR,
  indicatorRules: indicatorRulesFor('bekasi'),
  now: at('2026-11-26T03:00:00Z'), // Thursday 10:00 WIB
};

function input(changes: Partial<CaseInput> = {}): CaseInput {
  return {
    officeId: 'office-1',
    serviceCode: 'pengaduan-orang-terlantar',
    kind: 'complaint',
    channel: 'web',
    status: 'new',
    ppksCategory: 'gelandangan',
    districtCode: '32.75.01',
    openedAt: at('2026-11-23T02:00:00Z'), // Monday 09:00 WIB
    dueAt: at('2026-11-24T02:00:00Z'),
    closedAt: null,
    currentStep: 0,
    assigneeUserId: null,
    assignedDivision: null,
    assignedDistrictCode: null,
    standardVersionId: 'version-1',
    stepMoves: [],
    referrals: [],
    ...changes,
  };
}

const ofRollup = (fact: ReturnType<typeof caseFact>, rollup: RollupName) =>
  contributionsOf(fact).filter((c) => c.rollup === rollup);

describe('the fact of a case', () => {
  it('counts a case in the month it was opened, office time', () => {
    // 31 January 18:00 UTC is 1 February 01:00 WIB.
    expect(caseFact(input({ openedAt: at('2026-01-31T18:00:00Z') }), ctx).month).toBe('2026-02-01');
  });

  it('files a case without a service under the empty service code', () => {
    expect(caseFact(input({ serviceCode: null }), ctx).serviceCode).toBe('');
  });

  it('keeps the due day of an open case, one shared day once it has passed, none while paused', () => {
    expect(caseFact(input({ dueAt: at('2026-11-27T02:00:00Z') }), ctx).dueDay).toBe('2026-11-27');
    expect(caseFact(input({ dueAt: at('2026-11-26T02:00:00Z') }), ctx).dueDay).toBe('2026-11-26');
    expect(caseFact(input({ dueAt: at('2026-11-24T02:00:00Z') }), ctx).dueDay).toBe(PAST_DUE_DAY);
    expect(caseFact(input({ status: 'awaiting_documents' }), ctx).dueDay).toBe(NO_DUE_DAY);
    expect(caseFact(input({ dueAt: null }), ctx).dueDay).toBe(NO_DUE_DAY);
    expect(caseFact(input({ status: 'closed', closedAt: ctx.now }), ctx).dueDay).toBeNull();
  });

  it('measures a closed case from opening to closure in working minutes', () => {
    const fact = caseFact(input({ status: 'closed', closedAt: at('2026-11-23T04:00:00Z') }), ctx);
    expect(fact.closure).toBe('on_time');
    expect(fact.durationBucket).toBe(durationBucket(120));
    // Friday 16:00 to Monday 09:00 WIB is one working hour (Monday 08:00-09:00).
    const overWeekend = caseFact(
      input({ openedAt: at('2026-11-20T09:00:00Z'), status: 'closed', closedAt: at('2026-11-23T02:00:00Z') }),
      ctx,
    );
    expect(overWeekend.durationBucket).toBe(durationBucket(60));
  });

  it('times each completed step', () => {
    const fact = caseFact(
      input({
        status: 'in_progress',
        currentStep: 2,
        stepMoves: [
          { at: at('2026-11-23T02:30:00Z'), toStep: 1 },
          { at: at('2026-11-23T04:30:00Z'), toStep: 2 },
        ],
      }),
      ctx,
    );
    expect(fact.stepBuckets).toEqual([durationBucket(30), durationBucket(120)]);
    expect(ofRollup(fact, 'monthSteps').map((c) => c.key.stepIndex)).toEqual([0, 1]);
  });

  it('counts the workload only for a case an officer holds', () => {
    expect(ofRollup(caseFact(input({ assigneeUserId: 'u1' }), ctx), 'openWorkload')).toHaveLength(1);
    expect(ofRollup(caseFact(input({ assignedDivision: 'pps' }), ctx), 'openWorkload')).toHaveLength(0);
    expect(caseFact(input({ assignedDivision: 'pps' }), ctx).holder).toBe('division');
  });

  it('counts referrals by body, with their answer and report times', () => {
    const fact = caseFact(
      input({
        status: 'referred',
        referrals: [
          {
            targetKind: 'pillar',
            bodyKind: 'tksk',
            bodyName: null,
            status: 'done',
            sentAt: at('2026-11-23T02:00:00Z'),
            respondedAt: at('2026-11-23T03:00:00Z'),
            completedAt: at('2026-11-24T02:00:00Z'),
          },
        ],
      }),
      ctx,
    );
    expect(fact.referrals).toEqual([
      {
        targetKind: 'pillar',
        bodyKind: 'tksk',
        bodyName: '',
        status: 'done',
        responseBucket: durationBucket(60),
        completionBucket: durationBucket(480),
      },
    ]);
    expect(ofRollup(fact, 'monthReferralTimes')).toHaveLength(2);
    expect(ofRollup(fact, 'monthIndicators').map((c) => c.key.indicator)).toEqual([
      'neglected_persons',
      'social_referrals',
    ]);
  });
});

describe('rollup changes', () => {
  it('moves a case from one status row to another and leaves nothing else changed', () => {
    const before = caseFact(
      input({
        status: 'in_progress',
        currentStep: 1,
        stepMoves: [{ at: at('2026-11-23T03:00:00Z'), toStep: 1 }],
      }),
      ctx,
    );
    const after = caseFact(
      input({
        status: 'closed',
        currentStep: 1,
        closedAt: at('2026-11-23T05:00:00Z'),
        stepMoves: [{ at: at('2026-11-23T03:00:00Z'), toStep: 1 }],
      }),
      ctx,
    );
    const delta = new RollupDelta();
    delta.add(contributionsOf(after), 1);
    delta.add(contributionsOf(before), -1);
    expect(delta.changes('monthCases').map((c) => [c.key.status, c.measures])).toEqual(
      expect.arrayContaining([
        ['closed', { cases: 1, onTime: 1, late: 0, noDue: 0 }],
        ['in_progress', { cases: -1, onTime: 0, late: 0, noDue: 0 }],
      ]),
    );
    expect(delta.changes('monthCategories')).toEqual([]);
    expect(delta.changes('monthSteps')).toEqual([]);
    expect(delta.changes('monthDurations')).toHaveLength(1);
    expect(delta.changes('openCases').map((c) => c.measures.cases)).toEqual([-1]);
  });

  it('cancels out when the same fact is added and taken away', () => {
    const fact = caseFact(input({ assigneeUserId: 'u1' }), ctx);
    const delta = new RollupDelta();
    delta.add(contributionsOf(fact), 1);
    delta.add(contributionsOf(fact), -1);
    for (const rollup of ['monthCases', 'openCases', 'openWorkload', 'monthIndicators'] as const)
      expect(delta.changes(rollup)).toEqual([]);
  });
});
