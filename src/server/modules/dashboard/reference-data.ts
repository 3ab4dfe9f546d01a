import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles';
import { ASSIGNABLE_ROLES } from '../../../domain/cases/permissions';
import type { CompletionTime } from '../../../domain/catalogue/completion-time';
import type { TServiceStandardContent } from '../../../domain/catalogue/standard';
import { AppError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import { users } from '../auth/tables';
import { serviceStandards, serviceStandardVersions } from '../catalogue/tables';
import { offices } from '../offices/tables';
import { regions } from '../regions/tables';
import { uuidList } from './case-facts';

export interface OfficeInfo {
  id: string;
  slug: string;
  code: string;
  name: string;
  timeZone: string;
}

export async function officeInfo(
  db: Database,
  where: { id: string } | { slug: string },
): Promise<OfficeInfo> {
  const [row] = await db
    .select({
      id: offices.id,
      slug: offices.slug,
      code: offices.code,
      name: offices.name,
      timeZone: offices.timeZone,
    })
    .from(offices)
    .where('id' in where ? eq(offices.id, where.id) : eq(offices.slug, where.slug));
  if (!row) throw new AppError('OFFICE_NOT_FOUND');
  return row;
}

/** "1 hari" of "1 hari; tindak lanjut Plaza Pelayanan Sosial…": the time without the standard's note. */
export function completionTimeHead(time: CompletionTime): string {
  const { text, note } = time;
  if (note && text.endsWith(note))
    return text.slice(0, text.length - note.length).replace(/[\s;,.:(-]+$/, '');
  return text.split(';')[0]?.trim() ?? text;
}

export interface ServiceInfo {
  code: string;
  name: string;
  kind: string;
  active: boolean;
  completionTime: string;
}

/** Every service of the office (inactive ones keep their cases), at its current version, in catalogue order. */
export async function officeServices(db: Database, officeId: string): Promise<ServiceInfo[]> {
  const rows = await db
    .select({
      code: serviceStandards.code,
      active: serviceStandards.active,
      name: serviceStandardVersions.name,
      content: serviceStandardVersions.content,
      completionTime: serviceStandardVersions.completionTime,
    })
    .from(serviceStandards)
    .innerJoin(
      serviceStandardVersions,
      and(
        eq(serviceStandardVersions.standardId, serviceStandards.id),
        eq(serviceStandardVersions.version, serviceStandards.currentVersion),
      ),
    )
    .where(eq(serviceStandards.officeId, officeId))
    .orderBy(asc(serviceStandards.sortOrder), asc(serviceStandards.code));
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    kind: row.content.kind,
    active: row.active,
    completionTime: completionTimeHead(row.completionTime),
  }));
}

export type VersionSteps = TServiceStandardContent['steps'];

// Standard versions never change (a trigger refuses it), so their steps are kept for the process.
const versionSteps = new Map<string, VersionSteps>();

/** The steps of standard versions by id ('' and unknown ids give none). */
export async function stepsOfVersions(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, VersionSteps>> {
  const missing = [...new Set(ids)].filter((id) => id && !versionSteps.has(id));
  if (missing.length > 0) {
    const rows = await db
      .select({ id: serviceStandardVersions.id, content: serviceStandardVersions.content })
      .from(serviceStandardVersions)
      .where(sql`${serviceStandardVersions.id} = any(${uuidList(missing)})`);
    for (const row of rows) versionSteps.set(row.id, row.content.steps);
  }
  return new Map(ids.map((id) => [id, versionSteps.get(id) ?? []]));
}

// Regions change only with a new idn-area-data release, loaded at start: one read per process.
const districtsByOffice = new Map<string, Promise<Map<string, string>>>();

/** District names of the office's regency (Kemendagri codes: '14.72' → '14.72.01' …). */
export function districtNames(db: Database, officeCode: string): Promise<Map<string, string>> {
  let names = districtsByOffice.get(officeCode);
  if (!names) {
    names = db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(and(eq(regions.level, 3), like(regions.code, `${officeCode}.%`)))
      .then((rows) => new Map(rows.map((r) => [r.code, r.name])));
    districtsByOffice.set(officeCode, names);
    names.catch(() => districtsByOffice.delete(officeCode));
  }
  return names;
}

export interface OfficerInfo {
  userId: string;
  name: string;
  role: string;
}

/** The officers a case can be assigned to, active ones: the workload board lists each of them. */
export async function assignableOfficers(db: Database, officeId: string): Promise<OfficerInfo[]> {
  return db
    .select({ userId: users.id, name: users.fullName, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.officeId, officeId),
        eq(users.active, true),
        inArray(users.role, [...ASSIGNABLE_ROLES] as Role[]),
      ),
    );
}
