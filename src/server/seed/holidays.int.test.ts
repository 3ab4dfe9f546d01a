import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { and, eq, gte, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarCoverage } from '../../domain/calendar/coverage';
import { PROJECT_ROOT } from '../config';
import { holidays, offices } from '../modules/offices/tables';
import { createTestApp, type TestApp } from '../testing/test-app';
import { readHolidaySeeds, seedHolidays } from './holidays';

async function yearOf(t: TestApp, officeId: string, year: number) {
  return t.handle.db
    .select({ date: holidays.date, name: holidays.name, kind: holidays.kind })
    .from(holidays)
    .where(
      and(
        eq(holidays.officeId, officeId),
        gte(holidays.date, `${year}-01-01`),
        lt(holidays.date, `${year + 1}-01-01`),
      ),
    );
}

describe('the holiday seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('ships 2026 as published and 2027 as provisional, saying what is missing', () => {
    const seeds = readHolidaySeeds();
    expect(seeds.map((s) => [s.year, s.status])).toEqual([
      [2026, 'published'],
      [2027, 'provisional'],
    ]);
    expect(seeds[1]?.missing).toMatch(/cuti bersama/);
  });

  it('gives all four offices 2026 and the provisional 2027, and starting again adds nothing', async () => {
    const all = await t.handle.db.select({ id: offices.id, slug: offices.slug }).from(offices);
    expect(all.map((o) => o.slug).sort()).toEqual(['bekasi', 'dharmasraya', 'dumai', 'pekanbaru']);
    for (const office of all) {
      expect(calendarCoverage(await yearOf(t, office.id, 2026), 2026)).toBe('complete');
      const y2027 = await yearOf(t, office.id, 2027);
      expect(y2027.map((h) => h.date)).toContain('2027-01-01');
      expect(calendarCoverage(y2027, 2027)).toBe('incomplete');
    }
    await seedHolidays(t.handle.db);
    expect(await yearOf(t, all[0]?.id ?? '', 2027)).toHaveLength(8);
  });

  it('tops a provisional year up once the seed carries the published list, without touching a complete year', async () => {
    const [dumai] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    const officeId = dumai?.id ?? '';
    // The admin removed a 2026 date on purpose: it must not come back.
    await t.handle.db
      .delete(holidays)
      .where(and(eq(holidays.officeId, officeId), eq(holidays.date, '2026-12-24')));
    const dir = mkdtempSync(`${tmpdir()}/holiday-seed-`);
    const seed2026 = readFileSync(`${PROJECT_ROOT}/seed/holidays/2026.json`, 'utf8');
    writeFileSync(`${dir}/2026.json`, seed2026);
    // A stand-in for the published 2027 list: 2026's dates moved a year on (test data only).
    const published = JSON.parse(seed2026.replaceAll('2026-', '2027-'));
    writeFileSync(`${dir}/2027.json`, JSON.stringify({ ...published, year: 2027 }));
    await seedHolidays(t.handle.db, dir);

    const y2027 = await yearOf(t, officeId, 2027);
    expect(calendarCoverage(y2027, 2027)).toBe('complete');
    // The provisional rows stay as they were (same date, kept name); the rest are added.
    expect(y2027.find((h) => h.date === '2027-01-01')?.name).toBe('Tahun Baru 2027 Masehi');
    expect(y2027.map((h) => h.date)).toContain('2027-12-24');
    expect((await yearOf(t, officeId, 2026)).map((h) => h.date)).not.toContain('2026-12-24');
  });
});
