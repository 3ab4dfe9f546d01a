import { and, asc, desc, eq } from 'drizzle-orm';
import type {
  TServiceStandard,
  TServiceSummary,
  TServiceVersionEntry,
} from '../../../domain/catalogue/standard';
import { AppError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import { officeContext } from '../../reference/office-context';
import { users } from '../auth/tables';
import { divisions } from '../offices/tables';
import { serviceStandards, serviceStandardVersions } from './tables';

type StandardRow = typeof serviceStandards.$inferSelect;
type VersionRow = typeof serviceStandardVersions.$inferSelect;

/** An office's id by slug (`dumai`) or code (`14.72`), for the public routes; from the cached office context. */
export async function officeIdOf(db: Database, slugOrCode: string): Promise<string> {
  return (await officeContext(db, slugOrCode)).office.id;
}

async function divisionNames(db: Database, officeId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(eq(divisions.officeId, officeId));
  return new Map(rows.map((r) => [r.code, r.name]));
}

function toStandard(
  standard: StandardRow,
  version: VersionRow,
  names: Map<string, string>,
): TServiceStandard {
  const { content } = version;
  return {
    code: standard.code,
    version: version.version,
    versionCreatedAt: version.createdAt.toISOString(),
    active: standard.active,
    sortOrder: standard.sortOrder,
    name: content.name,
    kind: content.kind,
    divisionCode: content.divisionCode,
    divisionName: content.divisionCode ? (names.get(content.divisionCode) ?? null) : null,
    channel: content.channel,
    summary: content.summary,
    components: content.components,
    completionTime: version.completionTime,
    requirementChecklist: content.requirementChecklist,
    steps: content.steps,
    branches: content.branches,
    toConfirm: content.toConfirm,
    source: content.source,
  };
}

function toSummary(standard: TServiceStandard): TServiceSummary {
  return {
    code: standard.code,
    version: standard.version,
    active: standard.active,
    sortOrder: standard.sortOrder,
    name: standard.name,
    kind: standard.kind,
    divisionCode: standard.divisionCode,
    divisionName: standard.divisionName,
    channel: standard.channel,
    summary: standard.summary,
    completionTime: standard.completionTime,
    fee: standard.components.fee,
    product: standard.components.product,
    toConfirmCount: standard.toConfirm.length,
  };
}

/** The office's services at their current versions, in catalogue order. */
export async function listServices(
  db: Database,
  officeId: string,
  options: { includeInactive: boolean },
): Promise<TServiceSummary[]> {
  const scope = eq(serviceStandards.officeId, officeId);
  const rows = await db
    .select({ standard: serviceStandards, version: serviceStandardVersions })
    .from(serviceStandards)
    .innerJoin(
      serviceStandardVersions,
      and(
        eq(serviceStandardVersions.standardId, serviceStandards.id),
        eq(serviceStandardVersions.version, serviceStandards.currentVersion),
      ),
    )
    .where(options.includeInactive ? scope : and(scope, eq(serviceStandards.active, true)))
    .orderBy(asc(serviceStandards.sortOrder), asc(serviceStandards.code));
  const names = await divisionNames(db, officeId);
  return rows.map((r) => toSummary(toStandard(r.standard, r.version, names)));
}

export async function findStandardRow(db: Database, officeId: string, code: string): Promise<StandardRow> {
  const [row] = await db
    .select()
    .from(serviceStandards)
    .where(and(eq(serviceStandards.officeId, officeId), eq(serviceStandards.code, code)));
  if (!row) throw new AppError('SERVICE_NOT_FOUND');
  return row;
}

/** One service at its current version, or at the version asked for. Inactive ones only for staff. */
export async function getService(
  db: Database,
  officeId: string,
  code: string,
  options: { includeInactive: boolean; version?: number },
): Promise<TServiceStandard> {
  const standard = await findStandardRow(db, officeId, code);
  if (!standard.active && !options.includeInactive) throw new AppError('SERVICE_NOT_FOUND');
  const [version] = await db
    .select()
    .from(serviceStandardVersions)
    .where(
      and(
        eq(serviceStandardVersions.standardId, standard.id),
        eq(serviceStandardVersions.version, options.version ?? standard.currentVersion),
      ),
    );
  if (!version) throw new AppError('SERVICE_VERSION_NOT_FOUND');
  return toStandard(standard, version, await divisionNames(db, officeId));
}

export async function listVersions(
  db: Database,
  officeId: string,
  code: string,
): Promise<TServiceVersionEntry[]> {
  const standard = await findStandardRow(db, officeId, code);
  const rows = await db
    .select({
      version: serviceStandardVersions.version,
      name: serviceStandardVersions.name,
      createdAt: serviceStandardVersions.createdAt,
      createdBy: users.username,
    })
    .from(serviceStandardVersions)
    .leftJoin(users, eq(users.id, serviceStandardVersions.createdBy))
    .where(eq(serviceStandardVersions.standardId, standard.id))
    .orderBy(desc(serviceStandardVersions.version));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
