import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchKeyHash } from '../../crypto/blind-index';
import { keyring } from '../../crypto/keys';
import { sampleReport } from '../../testing/sample-report';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { cases } from '../cases/tables';
import { regions } from '../regions/tables';
import { linkPendingCases, REGISTER_LINK_CURSOR } from './link-job';
import { jobCursors, ppksPersons } from './tables';

type Changes = Parameters<typeof sampleReport>[2];

describe('the register links every case to one person', () => {
  let t: TestApp;
  let villageA: string;
  let villageB: string;
  const start = new Date('2026-11-02T02:00:00Z');
  let minute = 0;

  /** Files a public report of Dumai one minute after the previous one; answers its case id. */
  const fileReport = async (village: string, changes: Changes = {}): Promise<string> => {
    minute += 1;
    t.clock.now = new Date(start.getTime() + minute * 60_000);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, changes),
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    const [row] = await t.handle.db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.ticket, response.json().ticket));
    if (!row) throw new Error('case not stored');
    return row.id;
  };
  const personOf = async (caseId: string) => {
    const [row] = await t.handle.db
      .select({ personId: cases.personId })
      .from(cases)
      .where(eq(cases.id, caseId));
    return row?.personId ?? null;
  };
  const link = () => linkPendingCases(t.handle, t.clock.now);

  beforeAll(async () => {
    t = await createTestApp();
    const villages = await t.handle.db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.parentCode, '14.72.01'))
      .orderBy(regions.code)
      .limit(2);
    [villageA, villageB] = villages.map((v) => v.code) as [string, string];
  });
  afterAll(async () => t.close());

  it('links by NIK whatever the name and village say, and keeps the latest category and the counts', async () => {
    const first = await fileReport(villageA, { person: { fullName: 'Rosnani', nik: '1472015708500001' } });
    const second = await fileReport(villageB, {
      person: { fullName: 'Hj. Rosnani binti Ali', nik: '1472015708500001', birthDate: null },
      ppks: { category: 'penyandang-disabilitas', subcategory: 'tuna-daksa', other: null },
    });
    expect(await personOf(first)).toBeNull();
    const result = await link();
    expect(result).toMatchObject({ linked: 2, created: 1, done: true });
    const personId = await personOf(first);
    expect(personId).not.toBeNull();
    expect(await personOf(second)).toBe(personId);
    const [person] = await t.handle.db
      .select()
      .from(ppksPersons)
      .where(eq(ppksPersons.id, personId ?? ''));
    expect(person).toMatchObject({
      caseCount: 2,
      latestCategory: 'penyandang-disabilitas',
      latestSubcategory: 'tuna-daksa',
      villageCode: villageB,
      nik: '1472015708500001',
      fullName: 'Hj. Rosnani binti Ali',
    });
    expect(person?.nikHash).toMatch(/^[0-9a-f]{64}$/);
    expect(person?.firstCaseAt.getTime()).toBeLessThan(person?.lastCaseAt.getTime() ?? 0);
  });

  it('links people without a NIK by name, birth date and village, written differently', async () => {
    const first = await fileReport(villageA, {
      person: { fullName: 'Hj. Siti  Aminah', birthDate: '1948-02-03' },
    });
    const second = await fileReport(villageA, {
      person: { fullName: 'SITI AMINAH, S.Pd', birthDate: '1948-02-03' },
    });
    // A later report with the NIK joins the same record, which now holds the NIK.
    const third = await fileReport(villageA, {
      person: { fullName: 'Siti Aminah', birthDate: '1948-02-03', nik: '1472014302480001' },
    });
    const fourth = await fileReport(villageB, {
      person: { fullName: 'Aminah', birthDate: null, nik: '1472014302480001' },
    });
    await link();
    const ids = await Promise.all([first, second, third, fourth].map(personOf));
    expect(new Set(ids).size).toBe(1);
    const [person] = await t.handle.db
      .select()
      .from(ppksPersons)
      .where(eq(ppksPersons.id, ids[0] ?? ''));
    expect(person).toMatchObject({ caseCount: 4, nik: '1472014302480001' });
    // Kept as a keyed hash: the register holds no clear name outside its sealed column.
    expect(person?.matchKey).toBe(matchKeyHash(keyring(), `siti aminah|1948-02-03|${villageA}`));
  });

  it('never matches across villages, birth dates, missing birth dates or two NIKs', async () => {
    const base = { fullName: 'Nurhayati', birthDate: '1960-05-05' };
    const ids = [
      await fileReport(villageA, { person: base }),
      await fileReport(villageB, { person: base }),
      await fileReport(villageA, { person: { ...base, birthDate: '1960-05-06' } }),
      await fileReport(villageA, { person: { ...base, birthDate: null } }),
      await fileReport(villageA, { person: { ...base, birthDate: null } }),
      await fileReport(villageA, { person: { ...base, nik: '1472014505600001' } }),
      await fileReport(villageA, { person: { ...base, nik: '1472014505600002' } }),
    ];
    await link();
    const persons = await Promise.all(ids.map(personOf));
    // The first and the NIK-bearing sixth are one (the match gives the record its NIK); the seventh
    // has another NIK and is someone else; everything else stands alone.
    expect(persons[5]).toBe(persons[0]);
    expect(new Set(persons).size).toBe(6);
    expect(persons.every(Boolean)).toBe(true);
  });

  it('goes on from its cursor in batches, and still links a case whose commit came late', async () => {
    const batchIds = [];
    for (let i = 0; i < 5; i++)
      batchIds.push(await fileReport(villageB, { person: { fullName: `Warga Uji ${i}`, birthDate: null } }));
    const result = await linkPendingCases(t.handle, t.clock.now, { batchSize: 2 });
    expect(result).toMatchObject({ linked: 5, created: 5, done: true });
    expect(result.batches).toBeGreaterThanOrEqual(3);
    const [cursor] = await t.handle.db
      .select()
      .from(jobCursors)
      .where(eq(jobCursors.name, REGISTER_LINK_CURSOR));
    expect(Object.keys((cursor?.position as { offices?: object } | undefined)?.offices ?? {})).toHaveLength(
      1,
    );
    expect(await link()).toMatchObject({ linked: 0, created: 0 });

    // A case opened two minutes before the cursor but committed after the last run.
    const late = await fileReport(villageB, { person: { fullName: 'Warga Terlambat', birthDate: null } });
    await t.handle.db
      .update(cases)
      .set({ openedAt: new Date(t.clock.now.getTime() - 120_000) })
      .where(eq(cases.id, late));
    expect(await link()).toMatchObject({ linked: 1 });
    expect(await personOf(late)).not.toBeNull();
    const linked = await t.handle.db
      .select({ personId: cases.personId })
      .from(cases)
      .where(inArray(cases.id, [...batchIds, late]));
    expect(linked.filter((row) => row.personId !== null)).toHaveLength(6);
  });
});
