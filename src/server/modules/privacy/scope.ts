import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import type { CaseStatus } from '../../../domain/intake/report';
import type { Database } from '../../db/client';
import { caseSubjects, cases } from '../cases/tables';
import { ppksPersons } from '../ppks-register/tables';

export interface PersonScope {
  /** The record asked for (or the record it was merged into) first, then every record merged into it. */
  personIds: string[];
  nikHashes: string[];
  cases: { id: string; ticket: string; status: CaseStatus; closedAt: Date | null }[];
}

/** The person's records of the office: 404 when there is none (or another office's). */
async function personRecords(db: Database, officeId: string, personId: string) {
  const [row] = await db
    .select({ id: ppksPersons.id, mergedIntoId: ppksPersons.mergedIntoId })
    .from(ppksPersons)
    .where(and(eq(ppksPersons.id, personId), eq(ppksPersons.officeId, officeId)));
  if (!row) throw new AppError('NOT_FOUND');
  const rootId = row.mergedIntoId ?? row.id;
  const rows = await db
    .select({ id: ppksPersons.id, nikHash: ppksPersons.nikHash })
    .from(ppksPersons)
    .where(
      and(
        eq(ppksPersons.officeId, officeId),
        or(eq(ppksPersons.id, rootId), eq(ppksPersons.mergedIntoId, rootId)),
      ),
    );
  // The record the others joined comes first.
  return rows.sort((a, b) => Number(b.id === rootId) - Number(a.id === rootId));
}

/** Cases of the office pointing at these records, or (not yet linked) whose subject has one of the NIK hashes. */
export async function casesOf(db: Database, officeId: string, personIds: string[], nikHashes: string[]) {
  const byPerson = personIds.length ? inArray(cases.personId, personIds) : undefined;
  const byNik = nikHashes.length
    ? inArray(
        cases.id,
        db
          .select({ id: caseSubjects.caseId })
          .from(caseSubjects)
          .where(and(isNotNull(caseSubjects.nikHash), inArray(caseSubjects.nikHash, nikHashes))),
      )
    : undefined;
  if (!byPerson && !byNik) return [];
  return db
    .select({ id: cases.id, ticket: cases.ticket, status: cases.status, closedAt: cases.closedAt })
    .from(cases)
    .where(and(eq(cases.officeId, officeId), or(byPerson, byNik)))
    .orderBy(cases.openedAt);
}

export async function personScope(db: Database, officeId: string, personId: string): Promise<PersonScope> {
  const records = await personRecords(db, officeId, personId);
  const personIds = records.map((r) => r.id);
  const nikHashes = records.map((r) => r.nikHash).filter((h): h is string => h !== null);
  return { personIds, nikHashes, cases: await casesOf(db, officeId, personIds, nikHashes) };
}

/** The records of the office whose NIK hash this is (the person and records merged into it). */
export async function personIdsByNikHash(db: Database, officeId: string, hash: string): Promise<string[]> {
  const rows = await db
    .select({ id: ppksPersons.id, mergedIntoId: ppksPersons.mergedIntoId })
    .from(ppksPersons)
    .where(and(eq(ppksPersons.officeId, officeId), eq(ppksPersons.nikHash, hash)));
  const roots = [...new Set(rows.map((r) => r.mergedIntoId ?? r.id))];
  if (roots.length === 0) return [];
  const all = await db
    .select({ id: ppksPersons.id })
    .from(ppksPersons)
    .where(
      and(
        eq(ppksPersons.officeId, officeId),
        or(inArray(ppksPersons.id, roots), inArray(ppksPersons.mergedIntoId, roots)),
      ),
    );
  return all.map((r) => r.id);
}
