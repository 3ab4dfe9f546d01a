import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases } from '../modules/cases/tables';
import { offices } from '../modules/offices/tables';
import { surveyResponses } from '../modules/survey/tables';
import { createTestApp, type TestApp } from '../testing/test-app';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoOutreach } from './demo-ppks';

describe('the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoAccounts(t.handle.db, { scryptLogN: 10 });
  });
  afterAll(async () => t.close());

  it("takes Dharmasraya's older outreach reports through the ordinary actions, and adds nothing twice", async () => {
    const now = new Date('2026-11-26T03:00:00Z');
    expect(await seedDemoOutreach(t.handle.db, now)).toBe(17);
    const rows = await t.handle.db
      .select({ status: cases.status, n: count() })
      .from(cases)
      .innerJoin(offices, eq(offices.id, cases.officeId))
      .where(eq(offices.slug, 'dharmasraya'))
      .groupBy(cases.status);
    expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))).toEqual({
      new: 5,
      verified: 2,
      in_progress: 2,
      referred: 2,
      closed: 5,
      rejected: 1,
    });
    // A closed case went through every step, each an event on its timeline, all before now.
    const [closed] = await t.handle.db
      .select({ id: cases.id, closedAt: cases.closedAt, outcome: cases.outcome })
      .from(cases)
      .where(eq(cases.status, 'closed'))
      .limit(1);
    expect(closed?.outcome).toBe('terminasi');
    expect(closed?.closedAt?.getTime()).toBeLessThan(now.getTime());
    const events = await t.handle.db
      .select({ type: caseEvents.type })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, closed?.id ?? ''));
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'created',
        'assigned',
        'verified',
        'assessed',
        'approved',
        'delivered',
        'closed',
      ]),
    );
    // The reporters of the ended cases answered the satisfaction survey from the closing notice's link.
    const answers = await t.handle.db
      .select({ source: surveyResponses.source, submittedAt: surveyResponses.submittedAt })
      .from(surveyResponses);
    expect(answers).toHaveLength(6);
    expect(answers.every((a) => a.source === 'notice_link' && a.submittedAt < now)).toBe(true);
    expect(await seedDemoOutreach(t.handle.db, now)).toBe(0);
  });
});
