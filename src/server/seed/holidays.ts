import { readdirSync, readFileSync } from 'node:fs';
import { and, eq, gte, lt } from 'drizzle-orm';
import { calendarCoverage } from '../../domain/calendar/coverage';
import { ZHoliday } from '../../domain/offices/settings';
import { z } from '../../domain/zod';
import { PROJECT_ROOT } from '../config';
import type { Database } from '../db/client';
import { holidays, offices } from '../modules/offices/tables';

const ZHolidaySeed = z.object({
  year: z.number().int(),
  source: z.string(),
  /** "provisional" until the year's SKB is published: only the dates fixed by law are in, see `missing`. */
  status: z.enum(['published', 'provisional']).default('published'),
  missing: z.string().optional(),
  holidays: z.array(ZHoliday),
});

/** seed/holidays/<year>.json: national holidays and joint leave as the SKB of three ministers fixes them. */
export function readHolidaySeeds(dir = `${PROJECT_ROOT}/seed/holidays`) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ZHolidaySeed.parse(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'))));
}

/**
 * Gives each office the holidays of a seeded year when it has none of that year yet, so a date the
 * admin later removed or moved is not put back at the next start. A year the office holds only
 * partly (the provisional list shipped before the SKB came out) is topped up with the dates it lacks
 * once the seed carries the published list.
 */
export async function seedHolidays(db: Database, dir?: string): Promise<void> {
  const officeRows = await db.select({ id: offices.id }).from(offices);
  for (const seed of readHolidaySeeds(dir)) {
    for (const office of officeRows) {
      const existing = await db
        .select({ date: holidays.date, kind: holidays.kind })
        .from(holidays)
        .where(
          and(
            eq(holidays.officeId, office.id),
            gte(holidays.date, `${seed.year}-01-01`),
            lt(holidays.date, `${seed.year + 1}-01-01`),
          ),
        );
      const coverage = calendarCoverage(existing, seed.year);
      if (coverage === 'complete' || (coverage === 'incomplete' && seed.status === 'provisional')) continue;
      await db
        .insert(holidays)
        .values(seed.holidays.map((h) => ({ officeId: office.id, ...h })))
        .onConflictDoNothing();
    }
  }
}
