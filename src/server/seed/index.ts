import type { Database } from '../db/client';
import { loadRegions, type RegionLoadOptions } from '../modules/regions/load-regions';
import { seedDemoAccounts } from './demo-accounts';
import { seedOffices } from './offices';

/** Reference data every deployment needs (regions, the seed offices), plus demo accounts when asked. */
export async function seedDatabase(
  db: Database,
  options: { demoAccounts: boolean; regions?: RegionLoadOptions; scryptLogN?: number },
): Promise<{ regionsLoaded: number; demoAccountsCreated: number }> {
  const regions = await loadRegions(db, options.regions);
  await seedOffices(db);
  const demoAccountsCreated = options.demoAccounts
    ? await seedDemoAccounts(db, { scryptLogN: options.scryptLogN })
    : 0;
  return { regionsLoaded: regions.loaded, demoAccountsCreated };
}
