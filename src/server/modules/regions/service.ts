import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import { REGION_LEVELS, type RegionLevel, type TRegion } from '../../../domain/regions/schemas';
import type { Database } from '../../db/client';
import { regions } from './tables';

function toRegion(row: typeof regions.$inferSelect): TRegion {
  return {
    code: row.code,
    name: row.name,
    parentCode: row.parentCode,
    level: REGION_LEVELS[row.level - 1] as RegionLevel,
  };
}

/** One region by code, or REGION_NOT_FOUND. */
export async function getRegion(db: Database, code: string): Promise<TRegion> {
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  if (!row) throw new AppError('REGION_NOT_FOUND');
  return toRegion(row);
}

/** The next level below a region (or the provinces for the root), by name. */
export async function listRegionChildren(db: Database, parentCode: string | null): Promise<TRegion[]> {
  if (parentCode) await getRegion(db, parentCode);
  const rows = await db
    .select()
    .from(regions)
    .where(parentCode ? eq(regions.parentCode, parentCode) : eq(regions.level, 1))
    .orderBy(asc(regions.name));
  return rows.map(toRegion);
}

/** Whether a district (kecamatan) code exists: the check NIK and KK validation needs. */
export async function districtExists(db: Database, districtCode: string): Promise<boolean> {
  const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, districtCode));
  return row !== undefined && districtCode.split('.').length === 3;
}
