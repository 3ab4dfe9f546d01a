import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { type CaseToLink, type KnownPerson, nikKey, planLinks } from '../../../domain/ppks-register/linking';
import { personMatchKey } from '../../../domain/ppks-register/names';
import { matchKeyHash } from '../../crypto/blind-index';
import { keyring, openField } from '../../crypto/keys';
import type { Database, DatabaseHandle } from '../../db/client';
import { runEveryMinute } from '../../jobs/every-minute';
import { rowsOf } from '../case-handling/case-record';
import { offices } from '../offices/tables';
import { refreshPersons } from './refresh';
import { arrayParam, rowsParam } from './sql-values';
import { jobCursors } from './tables';

/** The advisory lock key of the register's linking job (the deadline sweep holds 51_002). */
export const REGISTER_LINK_LOCK_KEY = 51_003;
export const REGISTER_LINK_CURSOR = 'ppks-register.link';

/**
 * Cases are taken oldest first from a cursor per office. The last minutes are read again on every run,
 * so a case whose transaction committed after a later one (two instances, a slow commit) is not skipped.
 */
const OVERLAP_MS = 10 * 60_000;
const DEFAULT_BATCH = 1_000;
/** One run stops after this long and the next minute's run goes on from the cursor. */
const DEFAULT_BUDGET_MS = 20_000;

type OfficeCursor = { at: string; id: string };
type CursorPosition = { offices: Record<string, OfficeCursor> };

export interface LinkResult {
  linked: number;
  created: number;
  batches: number;
  /** False when the time budget ran out before every pending case was linked. */
  done: boolean;
}

interface PendingCase {
  id: string;
  opened_at: string | Date;
  village_code: string;
  full_name: string;
  birth_date: string | null;
  nik_hash: string | null;
}

interface PersonKeyRow {
  id: string;
  nik_hash: string | null;
  match_key: string | null;
  merged_into_id: string | null;
}

function isoOf(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

/** The cursor never moves back when a late case inside the overlap was linked. */
function laterOf(current: OfficeCursor | undefined, next: OfficeCursor): OfficeCursor {
  if (!current) return next;
  const [a, b] = [Date.parse(current.at), Date.parse(next.at)];
  return b > a || (b === a && next.id > current.id) ? next : current;
}

/** The cases of an office still without a person, from the cursor (see OVERLAP_MS), oldest first. */
async function pendingCases(
  db: Database,
  officeId: string,
  cursor: OfficeCursor | undefined,
  now: Date,
  limit: number,
): Promise<PendingCase[]> {
  const overlapFrom = new Date(now.getTime() - OVERLAP_MS);
  const from = !cursor
    ? sql`true`
    : Date.parse(cursor.at) < overlapFrom.getTime()
      ? sql`(c.opened_at, c.id) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
      : sql`c.opened_at >= ${overlapFrom.toISOString()}::timestamptz`;
  return rowsOf<PendingCase>(
    await db.execute(sql`
      select c.id, c.opened_at, c.village_code, s.full_name, s.birth_date, s.nik_hash
      from cases c join case_subjects s on s.case_id = c.id
      where c.office_id = ${officeId} and c.person_id is null and ${from}
      order by c.opened_at, c.id
      limit ${limit}`),
  );
}

/**
 * The register records the batch may belong to, locked until the batch commits (so a merge running at
 * the same time is seen whole), with a merged record's keys handed to the record it joined.
 */
async function knownPersons(db: Database, officeId: string, batch: CaseToLink[]): Promise<KnownPerson[]> {
  const hashes = [...new Set(batch.flatMap((c) => (c.nikHash ? [c.nikHash] : [])))];
  const keys = [...new Set(batch.flatMap((c) => (c.matchKey ? [c.matchKey] : [])))];
  if (hashes.length === 0 && keys.length === 0) return [];
  const found = rowsOf<PersonKeyRow>(
    await db.execute(sql`
      select id, nik_hash, match_key, merged_into_id from ppks_persons
      where office_id = ${officeId}
        and ((nik_hash = any(${arrayParam(hashes, 'text')}) and merged_into_id is null)
             or match_key = any(${arrayParam(keys, 'text')}))
      for update`),
  );
  const rootIds = [...new Set(found.flatMap((p) => (p.merged_into_id ? [p.merged_into_id] : [])))];
  const roots = rootIds.length
    ? rowsOf<PersonKeyRow>(
        await db.execute(sql`
          select id, nik_hash, match_key, merged_into_id from ppks_persons
          where id = any(${arrayParam(rootIds, 'uuid')}) and merged_into_id is null
          for update`),
      )
    : [];
  const byId = new Map<string, KnownPerson>();
  for (const row of [...roots, ...found.filter((p) => !p.merged_into_id)])
    byId.set(row.id, { id: row.id, nikHash: nikKey(row.nik_hash), matchKeys: [] });
  for (const row of found) {
    const person = byId.get(row.merged_into_id ?? row.id);
    if (person && row.match_key) person.matchKeys.push(row.match_key);
  }
  return [...byId.values()];
}

/** Links one batch in one transaction: new records, the cases' person, the records' figures, the cursor. */
async function linkBatch(
  db: Database,
  officeId: string,
  position: CursorPosition,
  now: Date,
  limit: number,
): Promise<{ count: number; linked: number; created: number }> {
  return db.transaction(async (tx) => {
    const pending = await pendingCases(tx, officeId, position.offices[officeId], now, limit);
    const last = pending.at(-1);
    if (!last) return { count: 0, linked: 0, created: 0 };
    // The name is opened only to form the match key, which is kept as a keyed hash (no clear name).
    const keys = keyring();
    const batch: CaseToLink[] = pending.map((c) => ({
      caseId: c.id,
      nikHash: nikKey(c.nik_hash),
      matchKey: matchKeyHash(
        keys,
        personMatchKey({
          fullName: openField(c.full_name, 'full_name'),
          birthDate: c.birth_date,
          villageCode: c.village_code,
        }),
      ),
    }));
    const plan = planLinks(batch, await knownPersons(tx, officeId, batch), randomUUID);
    const keyOf = new Map(batch.map((c) => [c.caseId, c.matchKey]));
    if (plan.created.length > 0)
      await tx.execute(sql`
        insert into ppks_persons (id, office_id, nik_hash, full_name, name_words, match_key, district_code,
                                  village_code, latest_category, latest_subcategory, first_case_at, last_case_at)
        select n.person_id, c.office_id, nullif(s.nik_hash, ''), s.full_name, s.name_words, n.match_key, c.district_code,
               c.village_code, c.ppks_category, c.ppks_subcategory, c.opened_at, c.opened_at
        from jsonb_to_recordset(${rowsParam(
          plan.created.map((p) => ({
            person_id: p.personId,
            case_id: p.caseId,
            match_key: keyOf.get(p.caseId),
          })),
        )}) as n(person_id uuid, case_id uuid, match_key text)
        join cases c on c.id = n.case_id join case_subjects s on s.case_id = c.id`);
    await tx.execute(sql`
      update cases set person_id = l.person_id
      from jsonb_to_recordset(${rowsParam(
        plan.links.map((l) => ({ case_id: l.caseId, person_id: l.personId })),
      )}) as l(case_id uuid, person_id uuid)
      where cases.id = l.case_id and cases.person_id is null`);
    // A record found by NIK that had no match key yet takes the first one its cases give.
    await tx.execute(sql`
      update ppks_persons p set match_key = k.match_key
      from jsonb_to_recordset(${rowsParam(
        plan.links.flatMap((l) =>
          keyOf.get(l.caseId) ? [{ id: l.personId, match_key: keyOf.get(l.caseId) }] : [],
        ),
      )}) as k(id uuid, match_key text)
      where p.id = k.id and p.match_key is null`);
    await refreshPersons(tx, [...new Set(plan.links.map((l) => l.personId))]);
    position.offices[officeId] = laterOf(position.offices[officeId], {
      at: isoOf(last.opened_at),
      id: last.id,
    });
    await tx
      .insert(jobCursors)
      .values({ name: REGISTER_LINK_CURSOR, position, updatedAt: now })
      .onConflictDoUpdate({ target: jobCursors.name, set: { position, updatedAt: now } });
    return { count: pending.length, linked: plan.links.length, created: plan.created.length };
  });
}

async function readPosition(db: Database): Promise<CursorPosition> {
  const [row] = await db.select().from(jobCursors).where(eq(jobCursors.name, REGISTER_LINK_CURSOR));
  const offices = (row?.position as Partial<CursorPosition> | undefined)?.offices;
  return { offices: { ...(offices ?? {}) } };
}

/**
 * The register's linking job: every case without a person gets one, found by NIK hash, else by the
 * careful match key, else new. Batches of `batchSize` in their own transactions, resumed from a
 * cursor, under an advisory lock so one instance links at a time; a million existing cases are taken
 * over several runs. Tests call it directly.
 */
export async function linkPendingCases(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock'>,
  now: Date,
  options: { batchSize?: number; budgetMs?: number } = {},
): Promise<LinkResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const deadline = performance.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  return handle.withAdvisoryLock(REGISTER_LINK_LOCK_KEY, async (db) => {
    const position = await readPosition(db);
    const officeRows = await db.select({ id: offices.id }).from(offices).orderBy(asc(offices.code));
    const result: LinkResult = { linked: 0, created: 0, batches: 0, done: true };
    for (const office of officeRows) {
      for (;;) {
        if (performance.now() > deadline) return { ...result, done: false };
        const batch = await linkBatch(db, office.id, position, now, batchSize);
        if (batch.count > 0) result.batches += 1;
        result.linked += batch.linked;
        result.created += batch.created;
        if (batch.count < batchSize) break;
        // Let requests waiting for the (PGlite: only) connection in between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return result;
  });
}

/** Runs the linking job now and every minute; returns the function that stops it. */
export function startRegisterLinking(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock' | 'dialect'>,
  log: { error: (details: object, message: string) => void },
): () => void {
  // PGlite is one connection for every request: short batches and runs keep the app answering.
  const options = handle.dialect === 'pglite' ? { batchSize: 200, budgetMs: 5_000 } : {};
  return runEveryMinute('register linking', () => linkPendingCases(handle, new Date(), options), log);
}
