import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import type {
  TDistrictUnit,
  TDistrictUnitUpdate,
  TOfficeProfile,
  TOfficeSummary,
} from '../../../domain/offices/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { regions } from '../regions/tables';
import { districtUnits, divisions, type OfficeRow, offices } from './tables';

function toSummary(row: OfficeRow): TOfficeSummary {
  return {
    code: row.code,
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    regionName: row.regionName,
    programmeName: row.programmeName,
  };
}

export async function listOffices(db: Database): Promise<TOfficeSummary[]> {
  const rows = await db.select().from(offices).orderBy(asc(offices.code));
  return rows.map(toSummary);
}

/** An office by slug (`dumai`) or code (`14.72`). */
export async function getOfficeProfile(db: Database, slugOrCode: string): Promise<TOfficeProfile> {
  const [row] = await db
    .select()
    .from(offices)
    .where(or(eq(offices.slug, slugOrCode), eq(offices.code, slugOrCode)));
  if (!row) throw new AppError('OFFICE_NOT_FOUND');
  const divisionRows = await db
    .select()
    .from(divisions)
    .where(and(eq(divisions.officeId, row.id), eq(divisions.active, true)))
    .orderBy(asc(divisions.name));
  return {
    ...toSummary(row),
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    timeZone: row.timeZone,
    divisions: divisionRows.map((d) => ({ code: d.code, name: d.name, description: d.description })),
    officials: row.officials.map((o) => ({ position: o.position, name: o.name })),
  };
}

/** Office scope, narrowed to the district for a district operator: the one rule for district units. */
function unitScope(actor: Actor): SQL | undefined {
  const scope = eq(districtUnits.officeId, actor.officeId);
  return actor.districtCode && actor.role === 'district_operator'
    ? and(scope, eq(districtUnits.districtCode, actor.districtCode))
    : scope;
}

const unitColumns = {
  districtCode: districtUnits.districtCode,
  districtName: regions.name,
  name: districtUnits.name,
  address: districtUnits.address,
  phone: districtUnits.phone,
  active: districtUnits.active,
};

export async function listDistrictUnits(db: Database, actor: Actor): Promise<TDistrictUnit[]> {
  return db
    .select(unitColumns)
    .from(districtUnits)
    .innerJoin(regions, eq(regions.code, districtUnits.districtCode))
    .where(unitScope(actor))
    .orderBy(asc(regions.name));
}

/** One unit in the caller's scope; outside it the answer is "not found", never "forbidden". */
export async function getDistrictUnit(
  db: Database,
  actor: Actor,
  districtCode: string,
): Promise<TDistrictUnit> {
  const [unit] = await db
    .select(unitColumns)
    .from(districtUnits)
    .innerJoin(regions, eq(regions.code, districtUnits.districtCode))
    .where(and(unitScope(actor), eq(districtUnits.districtCode, districtCode)));
  if (!unit) throw new AppError('DISTRICT_UNIT_NOT_FOUND');
  return unit;
}

export async function updateDistrictUnit(
  db: Database,
  actor: Actor,
  districtCode: string,
  input: TDistrictUnitUpdate,
  context: AuditContext,
): Promise<TDistrictUnit> {
  const before = await getDistrictUnit(db, actor, districtCode);
  return db.transaction(async (tx) => {
    await tx
      .update(districtUnits)
      .set(input)
      .where(and(unitScope(actor), eq(districtUnits.districtCode, districtCode)));
    const after = await getDistrictUnit(tx, actor, districtCode);
    await recordAudit(tx, context, {
      action: 'district_unit.updated',
      targetType: 'district_unit',
      targetId: districtCode,
      before,
      after,
    });
    return after;
  });
}
