import { and, count, eq, gte, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { CASE_STATUSES } from '../../../domain/intake/report';
import type { TMapPoint, TMapQuery, TMapView } from '../../../domain/ppks-register/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { cases } from '../cases/tables';
import { regions } from '../regions/tables';
import { regionNames } from './access';
import { mapPoints } from './map-points';
import { ppksPersons } from './tables';

/** Midnight of a calendar day in the office's time zone, as an instant. */
function startOfOfficeDay(date: string, timeZone: string, plusDays = 0): SQL {
  return sql`((${date}::date + ${plusDays}::int)::timestamp at time zone ${timeZone})`;
}

/** Cases the figures count: the office (a district operator: the district), period and category. */
function caseFilter(actor: Actor, query: TMapQuery): SQL {
  const filters: SQL[] = [eq(cases.officeId, actor.officeId)];
  if (actor.role === 'district_operator') filters.push(eq(cases.districtCode, actor.districtCode ?? '-'));
  if (query.from) filters.push(gte(cases.openedAt, startOfOfficeDay(query.from, actor.officeTimeZone)));
  if (query.to) filters.push(lt(cases.openedAt, startOfOfficeDay(query.to, actor.officeTimeZone, 1)));
  if (query.category) filters.push(eq(cases.ppksCategory, query.category));
  return and(...filters) as SQL;
}

/** People the figures count: live records, by their latest category; in the period when they had a case in it. */
function personFilter(actor: Actor, query: TMapQuery): SQL {
  const filters: SQL[] = [eq(ppksPersons.officeId, actor.officeId), isNull(ppksPersons.mergedIntoId)];
  if (actor.role === 'district_operator')
    filters.push(eq(ppksPersons.districtCode, actor.districtCode ?? '-'));
  if (query.from)
    filters.push(gte(ppksPersons.lastCaseAt, startOfOfficeDay(query.from, actor.officeTimeZone)));
  if (query.to)
    filters.push(lt(ppksPersons.firstCaseAt, startOfOfficeDay(query.to, actor.officeTimeZone, 1)));
  if (query.category) filters.push(eq(ppksPersons.latestCategory, query.category));
  return and(...filters) as SQL;
}

interface Group {
  district: string;
  village: string;
  category: string;
  subcategory: string | null;
  status?: string;
  n: number;
}

/** One grouped read of each table: every table of the page is rolled up from these rows. */
async function groupedCounts(db: Database, actor: Actor, query: TMapQuery) {
  const n = count();
  return Promise.all([
    db
      .select({
        district: cases.districtCode,
        village: cases.villageCode,
        category: cases.ppksCategory,
        subcategory: cases.ppksSubcategory,
        status: cases.status,
        n,
      })
      .from(cases)
      .where(caseFilter(actor, query))
      .groupBy(
        cases.districtCode,
        cases.villageCode,
        cases.ppksCategory,
        cases.ppksSubcategory,
        cases.status,
      ),
    db
      .select({
        district: ppksPersons.districtCode,
        village: ppksPersons.villageCode,
        category: ppksPersons.latestCategory,
        subcategory: ppksPersons.latestSubcategory,
        n,
      })
      .from(ppksPersons)
      .where(personFilter(actor, query))
      .groupBy(
        ppksPersons.districtCode,
        ppksPersons.villageCode,
        ppksPersons.latestCategory,
        ppksPersons.latestSubcategory,
      ),
  ]);
}

type Counts = { cases: number; persons: number };

function add(map: Map<string, Counts>, key: string, field: keyof Counts, n: number): void {
  const entry = map.get(key) ?? { cases: 0, persons: 0 };
  entry[field] += n;
  map.set(key, entry);
}

/** The middle of each district's points: where its total is drawn on a map without tiles. */
function centres(points: TMapPoint[]): Map<string, { latitude: number; longitude: number }> {
  const sums = new Map<string, { lat: number; lng: number; n: number }>();
  for (const p of points) {
    const s = sums.get(p.districtCode) ?? { lat: 0, lng: 0, n: 0 };
    sums.set(p.districtCode, { lat: s.lat + p.latitude, lng: s.lng + p.longitude, n: s.n + 1 });
  }
  return new Map([...sums].map(([code, s]) => [code, { latitude: s.lat / s.n, longitude: s.lng / s.n }]));
}

/** The districts shown even without a case: the office's (a district operator: theirs). */
async function districtsOf(db: Database, actor: Actor): Promise<string[]> {
  if (actor.role === 'district_operator') return actor.districtCode ? [actor.districtCode] : [];
  const rows = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.parentCode, actor.officeCode), eq(regions.level, 3)));
  return rows.map((r) => r.code);
}

function rollUp(caseRows: Group[], personRows: Group[], districts: string[]) {
  const byDistrict = new Map<string, Counts>(districts.map((d) => [d, { cases: 0, persons: 0 }]));
  const byVillage = new Map<string, Counts>();
  const byCategory = new Map<string, Counts>();
  const bySub = new Map<string, Counts>();
  const byStatus = new Map<string, number>();
  for (const [rows, field] of [
    [caseRows, 'cases'],
    [personRows, 'persons'],
  ] as const)
    for (const r of rows) {
      add(byDistrict, r.district, field, r.n);
      add(byVillage, r.village, field, r.n);
      add(byCategory, r.category, field, r.n);
      if (r.subcategory) add(bySub, `${r.category}|${r.subcategory}`, field, r.n);
      if (r.status) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + r.n);
    }
  return { byDistrict, byVillage, byCategory, bySub, byStatus };
}

const byCasesThenName = (a: Counts & { name: string }, b: Counts & { name: string }) =>
  b.cases - a.cases || b.persons - a.persons || a.name.localeCompare(b.name);

/**
 * The map page: points from outreach and assessment GPS, and the same figures as tables: cases and
 * people by district and village, by category and sub-category, cases by status.
 */
export async function mapView(
  db: Database,
  actor: Actor,
  query: TMapQuery,
  tiles: TMapView['tiles'],
): Promise<TMapView> {
  const [[caseRows, personRows], located, districts] = await Promise.all([
    groupedCounts(db, actor, query),
    mapPoints(db, actor, caseFilter(actor, query)),
    districtsOf(db, actor),
  ]);
  const sums = rollUp(caseRows, personRows, districts);
  const names = await regionNames(db, [...sums.byDistrict.keys(), ...sums.byVillage.keys()]);
  const middle = centres(located.points);
  const villagesOf = (district: string) =>
    [...sums.byVillage]
      .filter(([code]) => code.startsWith(`${district}.`))
      .map(([code, c]) => ({
        villageCode: code,
        villageName: names.get(code) ?? null,
        ...c,
        name: names.get(code) ?? code,
      }))
      .sort(byCasesThenName)
      .map(({ name: _name, ...village }) => village);
  const areas = [...sums.byDistrict]
    .map(([code, c]) => ({ code, c, name: names.get(code) ?? code }))
    .sort((a, b) => byCasesThenName({ ...a.c, name: a.name }, { ...b.c, name: b.name }))
    .map(({ code, c }) => ({
      districtCode: code,
      districtName: names.get(code) ?? null,
      centre: middle.get(code) ?? null,
      ...c,
      villages: villagesOf(code),
    }));
  const categories = [...sums.byCategory]
    .map(([category, c]) => ({
      category,
      ...c,
      subcategories: [...sums.bySub]
        .filter(([key]) => key.startsWith(`${category}|`))
        .map(([key, s]) => ({ subcategory: key.slice(category.length + 1), ...s }))
        .sort((a, b) => b.cases - a.cases || b.persons - a.persons),
    }))
    .sort((a, b) => b.cases - a.cases || b.persons - a.persons);
  const total = (rows: Group[]) => rows.reduce((sum, r) => sum + r.n, 0);
  return {
    tiles,
    districtCode: actor.role === 'district_operator' ? actor.districtCode : null,
    points: located.points,
    pointsTruncated: located.truncated,
    totals: { cases: total(caseRows), persons: total(personRows) },
    areas,
    categories,
    statuses: CASE_STATUSES.map((status) => ({ status, cases: sums.byStatus.get(status) ?? 0 })),
  };
}
