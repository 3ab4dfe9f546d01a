import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { regions } from '../modules/regions/tables';

/**
 * District and village codes, for the checks every report runs (a NIK's district, the village
 * picked). Regions change only with a new idn-area-data release, loaded at start, so one read per
 * process is enough.
 */
let codes: Promise<Set<string>> | null = null;

export function knownRegionCodes(db: Database): Promise<Set<string>> {
  codes ??= db
    .select({ code: regions.code })
    .from(regions)
    .where(inArray(regions.level, [3, 4]))
    .then((rows) => new Set(rows.map((r) => r.code)));
  codes.catch(() => {
    codes = null;
  });
  return codes;
}

/** For tests that load regions after the first read. */
export function forgetRegionCodes(): void {
  codes = null;
}
