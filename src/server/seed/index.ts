import type { Database } from '../db/client';
import { seedLetterTemplates } from '../modules/letters/seed-templates';
import { loadRegions, type RegionLoadOptions } from '../modules/regions/load-regions';
import { forgetOfficeContext } from '../reference/office-context';
import { forgetRegionCodes } from '../reference/regions-cache';
import { seedCatalogues } from './catalogue';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoOutreach } from './demo-ppks';
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
  await seedLetterTemplates(db);
  forgetOfficeContext();
  forgetRegionCodes();
  const demoAccountsCreated = options.demoAccounts
    ? await seedDemoAccounts(db, { scryptLogN: options.scryptLogN })
    : 0;
  // Outreach reports with GPS, so the demo's PPKS register and map are not empty.
  if (options.demoAccounts) await seedDemoOutreach(db);
  return { regionsLoaded: regions.loaded, demoAccountsCreated };
}
