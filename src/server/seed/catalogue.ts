import { readdirSync, readFileSync } from 'node:fs';
import { and, eq, isNull } from 'drizzle-orm';
import { type TCatalogueSeed, ZCatalogueSeed } from '../../domain/catalogue/schemas';
import type { TServiceStandardContent } from '../../domain/catalogue/standard';
import { PROJECT_ROOT } from '../config';
import type { Database } from '../db/client';
import { serviceStandards, serviceStandardVersions } from '../modules/catalogue/tables';
import { insertVersion, sameStandardContent } from '../modules/catalogue/write';
import { offices } from '../modules/offices/tables';

const CATALOGUE_DIR = `${PROJECT_ROOT}/seed/catalogue`;

/** seed/catalogue/<office slug>.json: each office's service standards, transcribed from its document. */
export function readCatalogueSeeds(dir = CATALOGUE_DIR): TCatalogueSeed[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = ZCatalogueSeed.safeParse(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
      if (!parsed.success) throw new Error(`seed/catalogue/${file}: ${parsed.error.message}`);
      return parsed.data;
    });
}

function contentOf(service: TCatalogueSeed['services'][number]): TServiceStandardContent {
  const { code: _code, ...content } = service;
  return content;
}

/**
 * Loads the seed catalogues. A missing service gets version 1; a service whose current version still
 * comes from the seed gets a new version when the seed file has changed; an admin's edit is kept.
 */
export async function seedCatalogues(
  db: Database,
  seeds: TCatalogueSeed[] = readCatalogueSeeds(),
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const seed of seeds) {
      const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.slug, seed.office));
      if (!office) throw new Error(`seed/catalogue: no office with slug ${seed.office}`);
      for (const [index, service] of seed.services.entries()) {
        await seedService(tx, office.id, index + 1, service.code, contentOf(service));
      }
    }
  });
}

async function seedService(
  db: Database,
  officeId: string,
  sortOrder: number,
  code: string,
  content: TServiceStandardContent,
): Promise<void> {
  const [existing] = await db
    .select()
    .from(serviceStandards)
    .where(and(eq(serviceStandards.officeId, officeId), eq(serviceStandards.code, code)));
  if (!existing) {
    const [row] = await db
      .insert(serviceStandards)
      .values({ officeId, code, sortOrder, currentVersion: 1 })
      .returning({ id: serviceStandards.id });
    if (!row) throw new Error(`service ${code} was not stored`);
    await insertVersion(db, row.id, 1, content, null);
    return;
  }
  const [current] = await db
    .select({ content: serviceStandardVersions.content })
    .from(serviceStandardVersions)
    .where(
      and(
        eq(serviceStandardVersions.standardId, existing.id),
        eq(serviceStandardVersions.version, existing.currentVersion),
        isNull(serviceStandardVersions.createdBy),
      ),
    );
  if (!current || sameStandardContent(current.content, content)) return;
  const version = existing.currentVersion + 1;
  await insertVersion(db, existing.id, version, content, null);
  await db
    .update(serviceStandards)
    .set({ currentVersion: version })
    .where(eq(serviceStandards.id, existing.id));
}
