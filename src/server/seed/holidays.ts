import { readdirSync, readFileSync } from 'node:fs';
import { and, eq, gte, lt } from 'drizzle-orm';
import { ZHoliday } from '../../domain/offices/settings';
import { z } from '../../domain/zod';
import { PROJECT_ROOT } from '../config';
import type { Database } from '../db/client';
import { holidays, offices } from '../modules/offices/tables';

const ZHolidaySeed = z.object({ year: z.number().int(), source: z.string(), holidays: z.array(ZHoliday) });

/** seed/holidays/<year>.json: national holidays and joint leave as the SKB of three ministers fixes them. */
export function readHolidaySeeds(dir = `${PROJECT_ROOT}/seed/holidays`) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ZHolidaySeed.parse(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'))));
}

/**
 * Gives each office the holidays of a seeded year when it has none of that year yet, so a date the
 * admin later removed or moved is not put back at the next start.
 */
export async function seedHolidays(db: Database): Promise<void> {
  const officeRows = await db.select({ id: offices.id }).from(offices);
  for (const seed of readHolidaySeeds()) {
    const yearStart = `${seed.year}-01-01`;
    const nextYearStart = `${seed.year + 1}-01-01`;
    for (const office of officeRows) {
      const [existing] = await db
        .select({ id: holidays.id })
        .from(holidays)
        .where(
          and(
            eq(holidays.officeId, office.id),
            gte(holidays.date, yearStart),
            lt(holidays.date, nextYearStart),
          ),
        )
        .limit(1);
      if (existing) continue;
      await db
        .insert(holidays)
        .values(seed.holidays.map((h) => ({ officeId: office.id, ...h })))
        .onConflictDoNothing();
    }
  }
}
