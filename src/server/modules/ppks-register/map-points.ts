import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { TMapPoint } from '../../../domain/ppks-register/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { rowsOf } from '../case-handling/case-record';
import { maySee } from '../case-handling/visibility';
import { caseSubjects, cases } from '../cases/tables';
import { arrayParam } from './sql-values';

/** More points than a browser on an office PC draws smoothly; the newest are kept, totals count all. */
export const MAX_POINTS = 5_000;

type Located = { id: string; latitude: number; longitude: number; source: TMapPoint['source'] };

/** Outreach reports carry the officer's GPS in `channel_details` (staff intake, "jemput bola"). */
async function outreachPoints(db: Database, filter: SQL): Promise<Located[]> {
  const rows = await db
    .select({
      id: cases.id,
      latitude: sql<number>`(${cases.channelDetails}->>'latitude')::float8`,
      longitude: sql<number>`(${cases.channelDetails}->>'longitude')::float8`,
    })
    .from(cases)
    .where(
      and(
        filter,
        eq(cases.channel, 'outreach'),
        sql`jsonb_typeof(${cases.channelDetails}->'latitude') = 'number'`,
        sql`jsonb_typeof(${cases.channelDetails}->'longitude') = 'number'`,
      ),
    )
    .orderBy(sql`${cases.openedAt} desc`)
    .limit(MAX_POINTS + 1);
  return rows.map((r) => ({ ...r, source: 'outreach' as const }));
}

/** A social worker's assessment records where the visit took place: the latest one of each case. */
async function assessmentPoints(db: Database, filter: SQL): Promise<Located[]> {
  const rows = rowsOf<{ id: string; latitude: number; longitude: number }>(
    await db.execute(sql`
      select id, latitude, longitude from (
        select distinct on (a.case_id) a.case_id as id, a.latitude, a.longitude, a.at
        from case_assessments a join ${cases} on ${cases.id} = a.case_id
        where ${filter} and a.latitude is not null and a.longitude is not null
        order by a.case_id, a.at desc
      ) latest
      order by at desc
      limit ${MAX_POINTS + 1}`),
  );
  return rows.map((r) => ({
    id: r.id,
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
    source: 'assessment' as const,
  }));
}

/** About a kilometre: a point the reader may not open must not lead to a door. */
const rounded = (value: number) => Math.round(value * 100) / 100;

/**
 * One point per case, from the assessment's GPS when there is one, else the outreach report's; names
 * and tickets only for a reader who may open the case; for anyone else the point is rounded, and a
 * confidential case's category withheld.
 */
export async function mapPoints(
  db: Database,
  actor: Actor,
  filter: SQL,
): Promise<{ points: TMapPoint[]; truncated: boolean }> {
  const [outreach, assessed] = await Promise.all([outreachPoints(db, filter), assessmentPoints(db, filter)]);
  const located = new Map<string, Located>();
  for (const point of [...outreach, ...assessed]) located.set(point.id, point);
  const truncated = outreach.length > MAX_POINTS || assessed.length > MAX_POINTS || located.size > MAX_POINTS;
  const ids = [...located.keys()].slice(0, MAX_POINTS);
  if (ids.length === 0) return { points: [], truncated };
  const rows = await db
    .select({
      id: cases.id,
      officeId: cases.officeId,
      districtCode: cases.districtCode,
      confidential: cases.confidential,
      assigneeUserId: cases.assigneeUserId,
      lastOfficerId: cases.lastOfficerId,
      createdBy: cases.createdBy,
      ticket: cases.ticket,
      status: cases.status,
      category: cases.ppksCategory,
      subcategory: cases.ppksSubcategory,
      name: caseSubjects.fullName,
    })
    .from(cases)
    .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
    .where(sql`${cases.id} = any(${arrayParam(ids, 'uuid')})`);
  const points = rows.flatMap((row): TMapPoint[] => {
    const at = located.get(row.id);
    if (!at) return [];
    const open = maySee(actor, row);
    const withheld = row.confidential && !open;
    return [
      {
        latitude: open ? at.latitude : rounded(at.latitude),
        longitude: open ? at.longitude : rounded(at.longitude),
        precise: open,
        source: at.source,
        category: withheld ? null : row.category,
        subcategory: withheld ? null : row.subcategory,
        status: row.status,
        districtCode: row.districtCode,
        ticket: open ? row.ticket : null,
        name: open ? row.name : null,
      },
    ];
  });
  return { points, truncated };
}
