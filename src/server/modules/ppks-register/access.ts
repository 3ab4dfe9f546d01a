import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { seesConfidential as rolesSeesConfidential } from '../../../domain/cases/visibility';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { seesWholeOffice, visibleTo } from '../case-handling/visibility';
import { cases } from '../cases/tables';
import { regions } from '../regions/tables';
import { ppksPersons } from './tables';

/**
 * Which register records a reader may see: their office; a district operator, the people of their
 * district; and a reader who may not see confidential cases, only people with at least one case they
 * may open (the inbox's own rule, `visibleTo`). Merged records are left out unless asked for.
 */
export function personsVisibleTo(actor: Actor, options: { includeMerged?: boolean } = {}): SQL {
  const scope: SQL[] = [eq(ppksPersons.officeId, actor.officeId)];
  if (!options.includeMerged) scope.push(isNull(ppksPersons.mergedIntoId));
  if (actor.role === 'district_operator') scope.push(eq(ppksPersons.districtCode, actor.districtCode ?? '-'));
  // Who sees every case of the office sees every person of it; anyone else, the people of a case
  // they may open (the case visibility policy, `visibleTo`).
  if (!seesWholeOffice(actor))
    scope.push(
      sql`exists (select 1 from ${cases} where ${cases.personId} = ${ppksPersons.id} and ${visibleTo(actor)})`,
    );
  return and(...scope) as SQL;
}

/** Whether the reader may see the category of a confidential case in a list (the leaders, social workers). */
export function seesConfidential(actor: Actor): boolean {
  return rolesSeesConfidential(actor.role);
}

/** Names of districts and villages by code, for the tables and lists. */
export async function regionNames(db: Database, codes: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(codes)];
  if (list.length === 0) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, list));
  return new Map(rows.map((r) => [r.code, r.name]));
}
