import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TTransparency } from '../../../domain/dashboard/schemas';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { offices } from '../offices/tables';
import { surveyResponses } from '../survey/tables';
import { refreshDashboard } from './refresh';

const closing = {
  type: 'close',
  outcome: 'terminasi',
  deliveredAs: 'jasa',
  summary: 'Pengaduan dijawab dan ditindaklanjuti.',
};

/** Whether any hidden count could be worked out from a row or column sum with one unknown. */
function derivable(rows: (number | null)[][]): boolean {
  const sums = [...rows, ...[0, 1, 2, 3].map((c) => rows.map((row) => row[c] ?? null))];
  return sums.some((cells) => cells.filter((v) => v === null).length === 1);
}

describe('public transparency page', () => {
  let t: TestApp;
  let coordinator: Session;
  const tickets: string[] = [];

  const file = async (serviceCode: string) => {
    const village = await villageIn(t, '14.72');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, { serviceCode }),
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    tickets.push(response.json().ticket);
    return response.json().ticket as string;
  };
  const act = async (ticket: string, action: object) => {
    const response = await coordinator.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: action,
    });
    if (response.statusCode !== 200) throw new Error(response.body);
  };
  const transparency = () => t.app.inject({ method: 'GET', url: '/api/v1/offices/dumai/transparency' });

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-11-23T02:00:00Z');
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    for (let i = 0; i < 7; i++) await file('pengaduan');
    for (let i = 0; i < 2; i++) await file('odgj');
    for (const ticket of tickets.slice(0, 5)) {
      await act(ticket, { type: 'verify' });
      await act(ticket, closing);
    }
    await act(tickets[5] as string, { type: 'reject', reason: 'Laporan ganda dari pelapor yang sama.' });
    const [dumai] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    const answer = (serviceCode: string, score: number) => ({
      officeId: dumai?.id ?? '',
      serviceCode,
      source: 'front_desk' as const,
      scoreRequirements: score,
      scoreProcedure: score,
      scoreTime: score,
      scoreCost: 4,
      scoreProduct: score,
      scoreCompetence: score,
      scoreBehaviour: 4,
      scoreComplaints: score,
      scoreFacilities: score,
      submittedAt: t.clock.now,
    });
    await t.handle.db
      .insert(surveyResponses)
      .values([
        ...Array.from({ length: 5 }, () => answer('pengaduan', 3)),
        answer('odgj', 4),
        answer('odgj', 2),
      ]);
    await refreshDashboard(t.handle, t.clock.now);
  });
  afterAll(async () => t.close());

  it('shows counts by service and status, hiding the small ones so they cannot be worked out', async () => {
    const response = await transparency();
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    const body = response.json() as TTransparency;
    expect(body.minimumCount).toBe(5);
    expect(body.periods.map((p) => p.key)).toEqual(['this_year', 'last_12_months']);
    const year = body.periods[0] as TTransparency['periods'][number];
    expect(year).toMatchObject({ from: '2026-01', to: '2026-11' });
    const complaints = year.services.find((s) => s.serviceCode === 'pengaduan');
    // 7 received would give away ODGJ's 2 (9 in all): the smaller of the two is hidden as well.
    expect(complaints).toMatchObject({ received: null, closed: 5, onTimeRate: 1 });
    const odgj = year.services.find((s) => s.serviceCode === 'odgj');
    expect(odgj).toMatchObject({ received: null, onTimeRate: null });
    // Every active service of the catalogue is listed, with zeros where nothing came in.
    expect(year.services.find((s) => s.serviceCode === 'adopsi')).toMatchObject({ received: 0, closed: 0 });
    const table = [...year.services, year.totals].map((s) => [
      s.received,
      s.closed,
      s.inProgress,
      s.declined,
    ]);
    for (const cell of table.flat()) expect(cell === null || cell === 0 || cell >= 5).toBe(true);
    expect(derivable(table)).toBe(false);
    expect(year.totals.received).toBe(9);
  });

  it('gives the IKM only where at least five people answered', async () => {
    const year = (await transparency()).json().periods[0] as TTransparency['periods'][number];
    expect(year.ikm).toMatchObject({ respondents: 7 });
    expect(year.ikmByService.map((s) => s.serviceCode)).toEqual(['pengaduan']);
    expect(year.ikmByService[0]).toMatchObject({ respondents: 5, grade: expect.any(String) });
  });

  it('carries no personal data: no names, phones, tickets or villages', async () => {
    const text = (await transparency()).body;
    for (const secret of ['Mak Ijah', 'Tetangga', '3456', 'Gang Mawar', ...tickets])
      expect(text.includes(secret)).toBe(false);
    expect(text).not.toMatch(/14\.72\.\d\d/);
  });

  it('serves one answer per office for a minute, then the new figures', async () => {
    const before = (await transparency()).json() as TTransparency;
    await file('pengaduan');
    await refreshDashboard(t.handle, t.clock.now);
    expect((await transparency()).json()).toEqual(before);
    t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    const after = (await transparency()).json() as TTransparency;
    expect(after.periods[0]?.totals.received).toBe(10);
  });

  it('answers 404 for an office it does not know', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/offices/atlantis/transparency' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('OFFICE_NOT_FOUND');
  });
});
