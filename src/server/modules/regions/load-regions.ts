import { sql } from 'drizzle-orm';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { Database } from '../../db/client';
import { regions } from './tables';

type RegionRow = typeof regions.$inferInsert;

export interface RegionLoadOptions {
  /** Load only these provinces (tests use a few to stay fast); all when absent. */
  provinceCodes?: readonly string[];
}

/** Reads every Kemendagri region from the idn-area-data package, parents first. */
export async function readRegionsFromPackage(options: RegionLoadOptions = {}): Promise<RegionRow[]> {
  const wanted = options.provinceCodes ? new Set(options.provinceCodes) : null;
  const keep = (code: string) => !wanted || wanted.has(code.slice(0, 2));
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  return [
    ...provinces
      .filter((p) => keep(p.code))
      .map((p) => ({ code: p.code, parentCode: null, level: 1, name: p.name })),
    ...regencies
      .filter((r) => keep(r.code))
      .map((r) => ({ code: r.code, parentCode: r.province_code, level: 2, name: r.name })),
    ...districts
      .filter((d) => keep(d.code))
      .map((d) => ({ code: d.code, parentCode: d.regency_code, level: 3, name: d.name })),
    ...villages
      .filter((v) => keep(v.code))
      .map((v) => ({ code: v.code, parentCode: v.district_code, level: 4, name: v.name })),
  ];
}

const BATCH_SIZE = 2000;

/**
 * Makes the regions table match the package: inserts what is missing and renames what changed.
 * Skips the work when the row count already matches, so restarts stay fast.
 */
export async function loadRegions(
  db: Database,
  options: RegionLoadOptions = {},
): Promise<{ loaded: number; skipped: boolean }> {
  const rows = await readRegionsFromPackage(options);
  const [existing] = await db.select({ count: sql<number>`count(*)::int` }).from(regions);
  if (existing && existing.count === rows.length) return { loaded: 0, skipped: true };
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      await tx
        .insert(regions)
        .values(rows.slice(start, start + BATCH_SIZE))
        .onConflictDoUpdate({
          target: regions.code,
          set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code` },
        });
    }
  });
  return { loaded: rows.length, skipped: false };
}
