import { and, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { validationError } from '../../../domain/errors/app-error';
import { maskName, maskNik } from '../../../domain/identity';
import { isSensitivePpks } from '../../../domain/intake/ppks';
import type {
  TRegisterListItem,
  TRegisterPage,
  TRegisterSearch,
} from '../../../domain/ppks-register/schemas';
import { nameQueryTokens } from '../../crypto/blind-index';
import { keyring } from '../../crypto/keys';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { personsVisibleTo, regionNames, seesConfidential } from './access';
import { ppksPersons } from './tables';

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id))
    throw validationError({ after: 'Halaman tidak dikenal; ulangi pencarian' });
  return { at, id };
}

/** The columns a list shows; the NIK only to be masked. */
export const LIST_COLUMNS = {
  id: ppksPersons.id,
  fullName: ppksPersons.fullName,
  nik: ppksPersons.nik,
  birthDate: ppksPersons.birthDate,
  districtCode: ppksPersons.districtCode,
  villageCode: ppksPersons.villageCode,
  latestCategory: ppksPersons.latestCategory,
  latestSubcategory: ppksPersons.latestSubcategory,
  caseCount: ppksPersons.caseCount,
  lastCaseAt: ppksPersons.lastCaseAt,
};

export type ListRow = {
  id: string;
  fullName: string;
  nik: string | null;
  birthDate: string | null;
  districtCode: string;
  villageCode: string;
  latestCategory: string;
  latestSubcategory: string | null;
  caseCount: number;
  lastCaseAt: Date;
};

/**
 * A record as lists show it: the NIK masked; the name masked when the latest case is of a confidential
 * category (as the inbox does); that category withheld from a reader who may not see such cases.
 */
export function listItemOf(actor: Actor, row: ListRow, names: Map<string, string>): TRegisterListItem {
  const sensitive = isSensitivePpks(row.latestCategory, row.latestSubcategory);
  const withheld = sensitive && !seesConfidential(actor);
  return {
    id: row.id,
    fullName: sensitive ? maskName(row.fullName) : row.fullName,
    nikMasked: row.nik ? maskNik(row.nik) : null,
    birthDate: row.birthDate,
    districtCode: row.districtCode,
    districtName: names.get(row.districtCode) ?? null,
    villageCode: row.villageCode,
    villageName: names.get(row.villageCode) ?? null,
    latestCategory: withheld ? null : row.latestCategory,
    latestSubcategory: withheld ? null : row.latestSubcategory,
    caseCount: row.caseCount,
    lastCaseAt: row.lastCaseAt.toISOString(),
  };
}

function filtersOf(actor: Actor, query: TRegisterSearch, nikHash: string | null): SQL[] {
  const filters: SQL[] = [personsVisibleTo(actor)];
  if (nikHash) filters.push(eq(ppksPersons.nikHash, nikHash), ne(ppksPersons.nikHash, ''));
  // Names are sealed: the words' prefixes are asked of the blind index (keyed hashes, GIN).
  const tokens = query.q ? nameQueryTokens(keyring(), query.q) : null;
  if (tokens) filters.push(sql`${ppksPersons.nameWords} @> ${`{${tokens.join(',')}}`}::text[]`);
  if (query.districtCode) filters.push(eq(ppksPersons.districtCode, query.districtCode));
  if (query.category) filters.push(eq(ppksPersons.latestCategory, query.category));
  if (query.after) {
    const { at, id } = decodeCursor(query.after);
    filters.push(sql`(${ppksPersons.lastCaseAt}, ${ppksPersons.id}) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return filters;
}

/**
 * The register, searched: words of the name, an exact NIK (its keyed hash: the route hashed it from a
 * POST body), district and latest category; most recently reported first, a page at a time.
 */
export async function searchRegister(
  db: Database,
  actor: Actor,
  query: TRegisterSearch,
  nikHash: string | null,
): Promise<TRegisterPage> {
  const rows = await db
    .select(LIST_COLUMNS)
    .from(ppksPersons)
    .where(and(...filtersOf(actor, query, nikHash)))
    .orderBy(desc(ppksPersons.lastCaseAt), desc(ppksPersons.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const names = await regionNames(
    db,
    page.flatMap((r) => [r.districtCode, r.villageCode]),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => listItemOf(actor, row, names)),
    next: rows.length > query.limit && last ? encodeCursor(last.lastCaseAt, last.id) : null,
  };
}
