import type { Database } from '../db/client';
import { loadRegions, type RegionLoadOptions } from '../modules/regions/load-regions';
import { seedCatalogues } from './catalogue';
import { seedDemoAccounts } from './demo-accounts';
import { seedHolidays } from './holidays';
import { seedOffices } from './offices';

/** Reference data every deployment needs (regions, the seed offices with their holidays and service catalogues), plus demo accounts when asked. */
export async function seedDatabase(
  db: Database,
  options: { demoAccounts: boolean; regions?: RegionLoadOptions; scryptLogN?: number },
): Promise<{ regionsLoaded: number; demoAccountsCreated: number }> {
  const regions = await loadRegions(db, options.regions);
  await seedOffices(db);
  await seedHolidays(db);
  await seedCatalogues(db);
  const demoAccountsCreated = options.demoAccounts
    ? await seedDemoAccounts(db, { scryptLogN: options.scryptLogN })
    : 0;
  return { regionsLoaded: regions.loaded, demoAccountsCreated };
}
