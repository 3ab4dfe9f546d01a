import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { z } from '../../domain/zod';
import { PROJECT_ROOT } from '../config';
import type { Database } from '../db/client';
import { districtUnits, divisions, offices } from '../modules/offices/tables';
import { regions } from '../modules/regions/tables';

const ZSeedOffice = z.object({
  code: z.string(),
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  regionName: z.string(),
  programmeName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  timeZone: z.string(),
  divisions: z.array(z.object({ code: z.string(), name: z.string(), description: z.string().nullable() })),
  officials: z.array(
    z.object({ position: z.string(), name: z.string().nullable(), nip: z.string().nullable() }),
  ),
  partners: z.array(z.object({ kind: z.string(), name: z.string() })).default([]),
  sources: z.array(z.string()).default([]),
});
export type SeedOffice = z.infer<typeof ZSeedOffice>;

/** The four reference offices, as written in seed/offices.json from the source documents. */
export function readSeedOffices(path = `${PROJECT_ROOT}/seed/offices.json`): SeedOffice[] {
  return z.array(ZSeedOffice).parse(JSON.parse(readFileSync(path, 'utf8')));
}

/**
 * Adds the seed offices that are missing, with their divisions, and one service unit per district of
 * each regency (Si-PULAU PANDHA's kecamatan units). What an admin has since changed in the settings
 * stays as it is. Needs the regions loaded first.
 */
export async function seedOffices(db: Database, seed: SeedOffice[] = readSeedOffices()): Promise<void> {
  await db.transaction(async (tx) => {
    for (const office of seed) {
      const { divisions: divisionList, partners: _partners, sources: _sources, ...fields } = office;
      await tx.insert(offices).values(fields).onConflictDoNothing({ target: offices.code });
      const [row] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.code, office.code));
      if (!row) throw new Error(`office ${office.code} was not stored`);
      for (const division of divisionList) {
        await tx
          .insert(divisions)
          .values({ officeId: row.id, ...division })
          .onConflictDoNothing({ target: [divisions.officeId, divisions.code] });
      }
      await tx.execute(sql`
        insert into ${districtUnits} (office_id, district_code, name)
        select ${row.id}, ${regions.code}, 'Unit Layanan Kecamatan ' || ${regions.name}
        from ${regions}
        where ${regions.parentCode} = ${office.code} and ${regions.level} = 3
        on conflict do nothing`);
    }
  });
}
