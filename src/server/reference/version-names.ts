import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { serviceStandardVersions } from '../modules/catalogue/tables';

export interface VersionNames {
  service: string;
  steps: string[];
}

/**
 * The service's and its steps' names in a standard version, for the tracking page. Versions never
 * change once written (a trigger refuses it), so each is read once per process and kept: the page
 * citizens reload most then never unpacks a version's whole document in the database.
 */
const known = new Map<string, Promise<VersionNames | null>>();

export function versionNames(db: Database, versionId: string): Promise<VersionNames | null> {
  let names = known.get(versionId);
  if (!names) {
    names = db
      .select({ content: serviceStandardVersions.content })
      .from(serviceStandardVersions)
      .where(eq(serviceStandardVersions.id, versionId))
      .then(([row]) =>
        row ? { service: row.content.name, steps: row.content.steps.map((step) => step.name) } : null,
      );
    known.set(versionId, names);
    names.catch(() => known.delete(versionId));
  }
  return names;
}
