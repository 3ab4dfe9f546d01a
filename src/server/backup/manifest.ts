import { z } from 'zod';

export const BACKUP_FORMAT = 'satu-atap-backup/1';

export const ZTableEntry = z.object({
  name: z.string(),
  /** Path of its newline-delimited JSON inside the archive. */
  file: z.string(),
  rows: z.number().int().nonnegative(),
  /** sha256 of the data file: the rows as `to_jsonb`, in primary key order. */
  sha256: z.string(),
});

export const ZFileEntry = z.object({
  key: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
});

export const ZManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  appVersion: z.string(),
  dialect: z.enum(['pglite', 'postgresql']),
  /** How many of the app's migrations the database had: a restore rebuilds exactly this schema first. */
  migrations: z.number().int().nonnegative(),
  tables: z.array(ZTableEntry),
  files: z.array(ZFileEntry),
  /** Files the database names but the storage no longer had when the backup ran. */
  missingFiles: z.array(z.string()),
});

export type Manifest = z.infer<typeof ZManifest>;
export type TableEntry = z.infer<typeof ZTableEntry>;
export type FileEntry = z.infer<typeof ZFileEntry>;

export interface Difference {
  what: string;
  expected: string;
  actual: string;
}

/** What differs between the manifest and what a restore finds: empty when the restore is exact. */
export function compareManifest(
  expected: Pick<Manifest, 'tables' | 'files'>,
  actual: { tables: TableEntry[]; files: FileEntry[] },
  options: { hashes: boolean } = { hashes: true },
): Difference[] {
  const differences: Difference[] = [];
  const actualTables = new Map(actual.tables.map((t) => [t.name, t]));
  for (const table of expected.tables) {
    const found = actualTables.get(table.name);
    if (!found) differences.push({ what: `table ${table.name}`, expected: 'present', actual: 'missing' });
    else if (found.rows !== table.rows)
      differences.push({
        what: `rows of ${table.name}`,
        expected: String(table.rows),
        actual: String(found.rows),
      });
    else if (options.hashes && found.sha256 !== table.sha256)
      differences.push({ what: `sha256 of ${table.name}`, expected: table.sha256, actual: found.sha256 });
  }
  const actualFiles = new Map(actual.files.map((f) => [f.key, f]));
  for (const file of expected.files) {
    const found = actualFiles.get(file.key);
    if (!found) differences.push({ what: `file ${file.key}`, expected: 'present', actual: 'missing' });
    else if (found.sha256 !== file.sha256 || found.size !== file.size)
      differences.push({ what: `file ${file.key}`, expected: file.sha256, actual: found.sha256 });
  }
  return differences;
}
