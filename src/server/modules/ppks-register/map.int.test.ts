import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMapView } from '../../../domain/ppks-register/schemas';
import { readConfig } from '../../config';
import { sampleReport } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { caseAssessments } from '../case-handling/tables';
import { cases } from '../cases/tables';
import { offices } from '../offices/tables';
import { regions } from '../regions/tables';
import { linkPendingCases } from './link-job';

type Changes = Parameters<typeof sampleReport>[2];
const gps = (latitude: number, longitude: number) => ({
  channel: 'outreach',
  latitude,
  longitude,
  accuracyMetres: 10,
  visitedAt: '2026-11-02T09:00:00+07:00',
});
const phone = { channel: 'phone', contact: '0812 3456 7890' };

describe('the PPKS map and its tables', () => {
  let t: TestApp;
  let coordinator: Session;
  let frontOffice: Session;
  let otherDesk: Session;
  let operator: Session;
  let admin: Session;
  const tickets: Record<string, string> = {};

  const intake = async (by: Session, village: string, details: object, changes: Changes) => {
    const response = await by.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { details, report: sampleReport('dumai', village, changes) },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json().ticket as string;
  };
  const mapOf = async (by: Session, query = '') => {
    const response = await by.request({ method: 'GET', url: `/api/v1/ppks-map${query}` });
    expect(response.statusCode).toBe(200);
    return response.json() as TMapView;
  };
  const firstVillage = async (district: string) => {
    const [row] = await t.handle.db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.parentCode, district))
      .orderBy(regions.code)
      .limit(1);
    return row?.code ?? '';
  };

  beforeAll(async () => {
    t = await createTestApp();
    // 10:00 in Dumai: the period filter works in office days, which the UTC date leaves after 17:00.
    t.clock.now = new Date('2026-11-23T03:00:00Z');
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    frontOffice = await staffSession(t, { office: 'dumai', role: 'front_office' });
    otherDesk = await staffSession(t, { office: 'dumai', role: 'front_office' });
    operator = await staffSession(t, {
      office: 'dumai',
      role: 'district_operator',
      districtCode: '14.72.01',
    });
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    const [d1, d2] = [await firstVillage('14.72.01'), await firstVillage('14.72.02')];
    tickets.o1 = await intake(frontOffice, d1, gps(1.665, 101.447), { person: { fullName: 'Mak Ijah' } });
    tickets.o2 = await intake(coordinator, d1, gps(1.6712, 101.4533), {
      person: { fullName: 'Rina Marlina', birthDate: '1999-01-01' },
      ppks: { category: 'korban-trafficking', subcategory: null, other: null },
    });
    tickets.o3 = await intake(frontOffice, d2, gps(1.7, 101.4), {
      person: { fullName: 'Budi Hartono', birthDate: '1970-03-12' },
      ppks: { category: 'gelandangan', subcategory: null, other: null },
    });
    tickets.p1 = await intake(frontOffice, d2, phone, {
      person: { fullName: 'Andi Saputra', birthDate: '2015-06-01' },
      ppks: { category: 'anak-terlantar', subcategory: null, other: null },
    });
    tickets.p2 = await intake(frontOffice, d1, phone, {
      person: { fullName: 'Nenek Saodah', birthDate: '1940-01-01' },
    });
    const [p1] = await t.handle.db.select({ id: cases.id }).from(cases).where(eq(cases.ticket, tickets.p1));
    await t.handle.db.insert(caseAssessments).values({
      caseId: p1?.id ?? '',
      content: {},
      latitude: 1.71,
      longitude: 101.41,
      accuracyMetres: 8,
      at: t.clock.now,
    });
    await linkPendingCases(t.handle, t.clock.now);
  });
  afterAll(async () => t.close());

  it('counts every case once in each table, draws one point per located case and no tiles unless set', async () => {
    const [office] = await t.handle.db
      .select({ id: offices.id })
      .from(offices)
      .where(eq(offices.slug, 'dumai'));
    const stored = await t.handle.db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.officeId, office?.id ?? ''));
    const view = await mapOf(coordinator);
    expect(view.tiles).toBeNull();
    expect(view.totals).toEqual({ cases: stored.length, persons: 5 });
    const sum = (list: { cases: number }[]) => list.reduce((n, item) => n + item.cases, 0);
    expect(sum(view.areas)).toBe(stored.length);
    expect(sum(view.areas.flatMap((a) => a.villages))).toBe(stored.length);
    expect(sum(view.categories)).toBe(stored.length);
    expect(sum(view.statuses)).toBe(stored.length);
    expect(view.areas.reduce((n, a) => n + a.persons, 0)).toBe(5);
    const dumaiDistricts = await t.handle.db.select().from(regions).where(eq(regions.parentCode, '14.72'));
    expect(view.areas).toHaveLength(dumaiDistricts.length);

    expect(view.points.map((p) => p.ticket).sort()).toEqual(
      [tickets.o1, tickets.o2, tickets.o3, tickets.p1].sort(),
    );
    expect(view.points.find((p) => p.ticket === tickets.p1)).toMatchObject({
      source: 'assessment',
      latitude: 1.71,
    });
    const d1 = view.areas.find((a) => a.districtCode === '14.72.01');
    expect(d1).toMatchObject({ cases: 3, persons: 3 });
    expect(d1?.centre?.latitude).toBeCloseTo((1.665 + 1.6712) / 2, 6);
    expect(view.areas.find((a) => a.districtCode === '14.72.03')).toMatchObject({ cases: 0, centre: null });
    expect(view.points.find((p) => p.ticket === tickets.o2)).toMatchObject({
      name: 'Rina Marlina',
      precise: true,
    });
  });

  it('gives names, tickets and exact points only to readers who may open the case', async () => {
    const desk = await mapOf(otherDesk);
    const secret = desk.points.find((p) => p.districtCode === '14.72.01' && !p.precise);
    expect(secret).toMatchObject({
      name: null,
      ticket: null,
      category: null,
      latitude: 1.67,
      longitude: 101.45,
    });
    expect(desk.points.find((p) => p.ticket === tickets.o1)).toMatchObject({
      name: 'Mak Ijah',
      precise: true,
    });
    expect(JSON.stringify(desk)).not.toContain('Rina');

    const configOnly = await mapOf(admin);
    expect(configOnly.totals.cases).toBe(5);
    expect(configOnly.points.every((p) => p.name === null && p.ticket === null && !p.precise)).toBe(true);
    for (const name of ['Mak Ijah', 'Rina', 'Budi', 'Andi', 'Saodah'])
      expect(JSON.stringify(configOnly)).not.toContain(name);
  });

  it("limits a district operator to their district's figures and points", async () => {
    const view = await mapOf(operator);
    expect(view.districtCode).toBe('14.72.01');
    expect(view.totals.cases).toBe(3);
    expect(view.areas.map((a) => a.districtCode)).toEqual(['14.72.01']);
    expect(view.points.every((p) => p.districtCode === '14.72.01')).toBe(true);
    expect(JSON.stringify(view)).not.toContain('Rina');
  });

  it('filters by category and period, and refuses readers outside the office staff', async () => {
    const homeless = await mapOf(coordinator, '?category=gelandangan');
    expect(homeless.totals).toEqual({ cases: 1, persons: 1 });
    expect(homeless.points.map((p) => p.ticket)).toEqual([tickets.o3]);
    const day = t.clock.now.toISOString().slice(0, 10);
    expect((await mapOf(coordinator, `?from=${day}&to=${day}`)).totals.cases).toBe(5);
    const later = new Date(t.clock.now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect((await mapOf(coordinator, `?from=${later}`)).totals).toEqual({ cases: 0, persons: 0 });
    expect(
      (await coordinator.request({ method: 'GET', url: '/api/v1/ppks-map?from=kemarin' })).statusCode,
    ).toBe(400);

    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ppks-map' })).statusCode).toBe(401);
    const partner = await staffSession(t, { office: 'dumai', role: 'partner' });
    expect((await partner.request({ method: 'GET', url: '/api/v1/ppks-map' })).statusCode).toBe(403);
  });

  it('reads the tile server and its attribution from the environment, none by default', () => {
    expect(readConfig({}).mapTileUrl).toBeNull();
    const config = readConfig({
      MAP_TILE_URL: ' https://tiles.example.go.id/{z}/{x}/{y}.png ',
      MAP_TILE_ATTRIBUTION: '© Kontributor OpenStreetMap',
    });
    expect(config).toMatchObject({
      mapTileUrl: 'https://tiles.example.go.id/{z}/{x}/{y}.png',
      mapTileAttribution: '© Kontributor OpenStreetMap',
    });
  });
});
