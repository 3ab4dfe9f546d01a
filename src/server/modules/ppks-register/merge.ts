import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { AppError, validationError } from '../../../domain/errors/app-error';
import {
  MERGE_REFUSAL_MESSAGES,
  type MergeSide,
  mergeRefusal,
  mergeWarnings,
} from '../../../domain/ppks-register/merge';
import { personNameWords } from '../../../domain/ppks-register/names';
import type { TDuplicateCandidate, TMergeInput } from '../../../domain/ppks-register/schemas';
import { nameSimilarity } from '../../../domain/registry/names';
import { nameQueryTokens } from '../../crypto/blind-index';
import { keyring } from '../../crypto/keys';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { cases } from '../cases/tables';
import { personsVisibleTo, regionNames } from './access';
import { type PersonRow, visiblePerson } from './person-view';
import { refreshPersons } from './refresh';
import { LIST_COLUMNS, listItemOf } from './search';
import { ppksPersons } from './tables';

/** Below this a record is not offered as a possible duplicate (the registry check's scale). */
const DUPLICATE_THRESHOLD = 0.75;
const DUPLICATE_CANDIDATES = 200;

function sideOf(
  row: Pick<PersonRow, 'id' | 'officeId' | 'nikHash' | 'mergedIntoId' | 'fullName' | 'birthDate'>,
) {
  return {
    id: row.id,
    officeId: row.officeId,
    nikHash: row.nikHash || null,
    mergedIntoId: row.mergedIntoId,
    fullName: row.fullName,
    birthDate: row.birthDate,
  } satisfies MergeSide;
}

/**
 * Records that may be the same person as this one, for the merge dialog: names sharing the start of
 * every word (through the name index), ranked by the registry's fuzzy name match; never a record with
 * another NIK, which may not be merged.
 */
export async function duplicateCandidates(
  db: Database,
  actor: Actor,
  id: string,
): Promise<TDuplicateCandidate[]> {
  const person = await visiblePerson(db, actor, id);
  const words = personNameWords(person.fullName).slice(0, 4);
  if (words.length === 0) return [];
  // The blind index holds every word prefix: the first three letters of each word, as before.
  const tokens = nameQueryTokens(keyring(), words.map((w) => w.slice(0, 3)).join(' ')) ?? [];
  const rows = await db
    .select({ ...LIST_COLUMNS, officeId: ppksPersons.officeId, nikHash: ppksPersons.nikHash })
    .from(ppksPersons)
    .where(
      and(
        personsVisibleTo(actor),
        ne(ppksPersons.id, person.id),
        sql`${ppksPersons.nameWords} @> ${`{${tokens.join(',')}}`}::text[]`,
      ),
    )
    .orderBy(desc(ppksPersons.lastCaseAt))
    .limit(DUPLICATE_CANDIDATES);
  const target = sideOf(person);
  const ranked = rows
    .map((row) => ({ row, similarity: nameSimilarity(person.fullName, row.fullName) }))
    .filter(({ row, similarity }) => {
      const side = sideOf({ ...row, mergedIntoId: null });
      return similarity >= DUPLICATE_THRESHOLD && mergeRefusal(target, side) === null;
    })
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 10);
  const names = await regionNames(
    db,
    ranked.flatMap(({ row }) => [row.districtCode, row.villageCode]),
  );
  return ranked.map(({ row, similarity }) => ({
    ...listItemOf(actor, row, names),
    similarity,
    warnings: mergeWarnings(target, sideOf({ ...row, mergedIntoId: null })),
  }));
}

/**
 * Merges record `sourceId` into record `targetId` (an officer found one person twice): the source's
 * cases move to the target, the source stays, marked merged, for the audit trail, and anything merged
 * into it now points at the target. Two different NIKs are never merged. Audited with the reason.
 */
export async function mergePersons(
  db: Database,
  actor: Actor,
  targetId: string,
  input: TMergeInput,
  audit: AuditContext,
): Promise<{ id: string; movedCases: number }> {
  return db.transaction(async (tx) => {
    const ids = [targetId, input.sourceId];
    // Both locked, in id order, so two merges of the same pair wait for each other instead of deadlocking.
    const locked = await tx
      .select()
      .from(ppksPersons)
      .where(and(inArray(ppksPersons.id, ids), personsVisibleTo(actor, { includeMerged: true })))
      .orderBy(ppksPersons.id)
      .for('update');
    const target = locked.find((row) => row.id === targetId);
    const source = locked.find((row) => row.id === input.sourceId);
    if (!target) throw new AppError('NOT_FOUND');
    if (!source) throw validationError({ sourceId: MERGE_REFUSAL_MESSAGES.other_office });
    const refusal = mergeRefusal(sideOf(target), sideOf(source));
    if (refusal) throw validationError({ sourceId: MERGE_REFUSAL_MESSAGES[refusal] });

    const now = new Date();
    await tx
      .update(ppksPersons)
      .set({ mergedIntoId: target.id, updatedAt: now })
      .where(eq(ppksPersons.id, source.id));
    await tx
      .update(ppksPersons)
      .set({ mergedIntoId: target.id, updatedAt: now })
      .where(eq(ppksPersons.mergedIntoId, source.id));
    const moved = await tx
      .update(cases)
      .set({ personId: target.id })
      .where(eq(cases.personId, source.id))
      .returning({ id: cases.id });
    await refreshPersons(tx, [target.id]);
    await recordAudit(tx, audit, {
      action: 'ppks_person.merged',
      targetType: 'ppks_person',
      targetId: target.id,
      before: { source: source.id, sourceCases: moved.length, targetCases: target.caseCount },
      after: { reason: input.reason },
    });
    return { id: target.id, movedCases: moved.length };
  });
}
