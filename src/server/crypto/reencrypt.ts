import { eq, sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../db/client';
import { appSecrets } from '../modules/system/secrets';
import { matchKeyHash, nameTokens } from './blind-index';
import { fingerprint, type Keyring, needsRewrite, open, seal } from './field-cipher';
import { keyring as processKeyring } from './keys';

/** The advisory lock of the re-encryption job (other jobs hold 51 002 – 51 005). */
export const REENCRYPT_LOCK_KEY = 51_021;
const BATCH = 500;

/** Every sealed column, by table; the rewrite walks each table once by its key. */
interface TableSpec {
  table: string;
  key: string;
  columns: string[];
  /** The column whose words feed the blind index `name_words`. */
  nameWordsOf?: string;
  /** ppks_persons.match_key: a clear key (`name|date|village`) becomes its keyed hash. */
  matchKey?: boolean;
  keepClear?: (value: string) => boolean;
}

export const SEALED_TABLES: TableSpec[] = [
  {
    table: 'case_subjects',
    key: 'case_id',
    columns: [
      'full_name',
      'nik',
      'kk',
      'phone',
      'address',
      'description',
      'reporter_name',
      'reporter_phone',
      'reporter_email',
    ],
    nameWordsOf: 'full_name',
  },
  { table: 'registry_members', key: 'id', columns: ['nik', 'kk', 'household_ref', 'name', 'address'] },
  {
    table: 'ppks_persons',
    key: 'id',
    columns: ['full_name', 'nik', 'kk', 'address'],
    nameWordsOf: 'full_name',
    matchKey: true,
  },
  { table: 'users', key: 'id', columns: ['phone', 'email'] },
  { table: 'guest_book_entries', key: 'id', columns: ['visitor_name', 'visitor_phone'] },
  { table: 'letters', key: 'id', columns: ['subject'] },
  {
    table: 'notification_outbox',
    key: 'id',
    columns: ['recipient'],
    keepClear: (v) => v.startsWith('user:'),
  },
];

type Row = Record<string, string | string[] | null>;

/** The row's new values, or null when it is already sealed under the current key and indexed. */
function rewriteOf(keys: Keyring, spec: TableSpec, row: Row): Row | null {
  let changed = false;
  const next: Row = { k: row.k as string };
  for (const column of spec.columns) {
    const value = row[column] as string | null;
    next[column] = value;
    if (value === null || spec.keepClear?.(value) || !needsRewrite(keys, value)) continue;
    next[column] = seal(keys, open(keys, value, column), column);
    changed = true;
  }
  if (spec.nameWordsOf) {
    const name = row[spec.nameWordsOf] as string | null;
    next.name_words = row.name_words ?? null;
    if (row.name_words === null && name !== null) {
      next.name_words = nameTokens(keys, open(keys, name, spec.nameWordsOf));
      changed = true;
    }
  }
  if (spec.matchKey) {
    const key = row.match_key as string | null;
    next.match_key = key;
    if (key?.includes('|')) {
      next.match_key = matchKeyHash(keys, key);
      changed = true;
    }
  }
  return changed ? next : null;
}

function extraColumns(spec: TableSpec): string[] {
  return [...(spec.nameWordsOf ? ['name_words'] : []), ...(spec.matchKey ? ['match_key'] : [])];
}

/**
 * Writes a batch back, each row only if it is still as read (an edit in between keeps the edit; the
 * next run takes that row again).
 */
async function writeBack(
  db: Database,
  spec: TableSpec,
  rows: { before: Row; after: Row }[],
): Promise<number> {
  const columns = [...spec.columns, ...extraColumns(spec)];
  const type = (c: string) => (c === 'name_words' ? 'text[]' : 'text');
  const payload = rows.map(({ before, after }) => ({
    ...Object.fromEntries(columns.map((c) => [c, after[c]])),
    ...Object.fromEntries(columns.map((c) => [`old_${c}`, before[c]])),
    k: after.k,
  }));
  const result = await db.execute(sql`
    update ${sql.identifier(spec.table)} t set ${sql.raw(columns.map((c) => `"${c}" = u."${c}"`).join(', '))}
    from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as u(k text, ${sql.raw(
      columns.map((c) => `"${c}" ${type(c)}, "old_${c}" ${type(c)}`).join(', '),
    )})
    where t.${sql.identifier(spec.key)}::text = u.k
      and ${sql.raw(columns.map((c) => `t."${c}" is not distinct from u."old_${c}"`).join(' and '))}
    returning 1`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}

async function rewriteTable(db: Database, keys: Keyring, spec: TableSpec): Promise<number> {
  const columns = [...spec.columns, ...extraColumns(spec)].map((c) => `"${c}"`).join(', ');
  let after = '';
  let rewritten = 0;
  for (;;) {
    const result = await db.execute(sql`
      select ${sql.identifier(spec.key)}::text as k, ${sql.raw(columns)} from ${sql.identifier(spec.table)}
      where ${sql.identifier(spec.key)}::text > ${after}
      order by ${sql.identifier(spec.key)}::text limit ${BATCH}`);
    const rows = (result as unknown as { rows: Row[] }).rows;
    const changes = rows.flatMap((before) => {
      const next = rewriteOf(keys, spec, before);
      return next ? [{ before, after: next }] : [];
    });
    if (changes.length > 0) rewritten += await writeBack(db, spec, changes);
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return rewritten;
    after = last.k as string;
    await new Promise((resolve) => setImmediate(resolve)); // PGlite: let requests in between batches
  }
}

/**
 * Seals every value still in clear (rows from before encryption) or under an older key with the current
 * key, fills missing blind indexes and hashes clear match keys. Start-up runs it in the background;
 * `npm run cli -- keys:rotate` runs it and tells when nothing is left under older keys.
 */
export async function reencryptAll(
  db: Database,
  keys: Keyring = processKeyring(),
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const spec of SEALED_TABLES) counts[spec.table] = await rewriteTable(db, keys, spec);
  return counts;
}

/** Where a pass that found nothing left to seal records the key it ended under (not the key). */
export const SEALED_UNDER_ROW = 'sealed-under';

function sealedUnder(keys: Keyring): string {
  const current = keys.keys.get(keys.currentId);
  if (!current) throw new Error(`the current key ${keys.currentId} is not in the keyring`);
  return `${keys.currentId}:${fingerprint(current)}`;
}

/**
 * The start-up pass, skipped once a pass found every value sealed under the current key: every writer
 * seals, so only an upgrade or a new current key leaves work, and reading every personal row of a
 * million cases on each start of each instance would be start-up work for nothing. After loading rows
 * in clear by SQL (a bulk import behind the app's back) run `npm run cli -- keys:rotate`.
 */
export async function reencryptUnlessDone(
  db: Database,
  keys: Keyring = processKeyring(),
): Promise<Record<string, number> | null> {
  const mark = sealedUnder(keys);
  const [done] = await db.select().from(appSecrets).where(eq(appSecrets.name, SEALED_UNDER_ROW));
  if (done?.value === mark) return null;
  const counts = await reencryptAll(db, keys);
  if (Object.values(counts).every((n) => n === 0))
    await db
      .insert(appSecrets)
      .values({ name: SEALED_UNDER_ROW, value: mark })
      .onConflictDoUpdate({ target: appSecrets.name, set: { value: mark } });
  return counts;
}

/** The job under its advisory lock (one instance rewrites at a time). */
export function reencryptInBackground(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock'>,
  log: {
    info: (details: object, message: string) => void;
    error: (details: object, message: string) => void;
  },
): Promise<void> {
  return handle
    .withAdvisoryLock(REENCRYPT_LOCK_KEY, (db) => reencryptUnlessDone(db))
    .then((counts) => {
      if (counts && Object.values(counts).some((n) => n > 0))
        log.info({ counts }, 'personal fields sealed under the current key');
    })
    .catch((error: unknown) => log.error({ err: error }, 'sealing personal fields failed'));
}
