import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { CASE_SCOPE_COLUMNS, maySee, seesWholeOffice } from '../case-handling/visibility';
import { cases } from '../cases/tables';
import { letters } from '../letters/tables';
import { notificationOutbox } from '../notifications/tables';
import { personsVisibleTo } from '../ppks-register/access';
import { ppksPersons } from '../ppks-register/tables';
import type { auditLog } from './tables';

type AuditRow = typeof auditLog.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ticket an entry's before or after names (a letter's, a notice's, a survey answer's case). */
function ticketIn(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const ticket = (value as { ticket?: unknown }).ticket;
  return typeof ticket === 'string' ? ticket : null;
}

/** What an entry is about, as far as case visibility goes. */
function subjectsOf(row: AuditRow) {
  const id = row.targetId ?? '';
  return {
    tickets: [
      row.targetType === 'case' ? row.targetId : null,
      ticketIn(row.before),
      ticketIn(row.after),
    ].filter((t): t is string => Boolean(t)),
    letter: row.targetType === 'letter' && UUID.test(id) ? id : null,
    notice: row.targetType === 'notice' && UUID.test(id) ? id : null,
    person: row.targetType === 'ppks_person' && UUID.test(id) ? id : null,
  };
}

/** Of the given tickets, letters, notices and register records, those the reader may see. */
async function seenSubjects(db: Database, actor: Actor, wanted: ReturnType<typeof subjectsOf>[]) {
  const all = <K extends 'letter' | 'notice' | 'person'>(key: K) => [
    ...new Set(wanted.map((w) => w[key]).filter((v): v is string => v !== null)),
  ];
  const tickets = [...new Set(wanted.flatMap((w) => w.tickets))];
  const [letterIds, noticeIds, personIds] = [all('letter'), all('notice'), all('person')];
  const office = eq(cases.officeId, actor.officeId);
  const [byTicket, byLetter, byNotice, byPerson] = await Promise.all([
    tickets.length === 0
      ? []
      : db
          .select({ key: cases.ticket, ...CASE_SCOPE_COLUMNS })
          .from(cases)
          .where(and(office, inArray(cases.ticket, tickets))),
    letterIds.length === 0
      ? []
      : db
          .select({ key: letters.id, ...CASE_SCOPE_COLUMNS })
          .from(letters)
          .innerJoin(cases, eq(cases.id, letters.caseId))
          .where(and(office, inArray(letters.id, letterIds))),
    noticeIds.length === 0
      ? []
      : db
          .select({ key: notificationOutbox.id, ...CASE_SCOPE_COLUMNS })
          .from(notificationOutbox)
          .innerJoin(cases, eq(cases.id, notificationOutbox.caseId))
          .where(and(office, inArray(notificationOutbox.id, noticeIds))),
    personIds.length === 0
      ? []
      : db
          .select({ key: ppksPersons.id })
          .from(ppksPersons)
          .where(and(inArray(ppksPersons.id, personIds), personsVisibleTo(actor, { includeMerged: true }))),
  ]);
  const seen = (rows: ({ key: string } & Parameters<typeof maySee>[1])[]) =>
    new Set(rows.filter((r) => maySee(actor, r)).map((r) => r.key));
  // A notice with no case names nobody's case: it is never withheld.
  const caseless = new Set(noticeIds.filter((id) => !byNotice.some((r) => r.key === id)));
  return {
    tickets: seen(byTicket),
    letters: seen(byLetter),
    notices: new Set([...seen(byNotice), ...caseless]),
    persons: new Set(byPerson.map((r) => r.key)),
  };
}

/**
 * The entries of a page that are about a case (or a register person) the reader may not see: the
 * list keeps them (who did what, when: the trail stays whole) but without their target, before and
 * after, which name the ticket and what was done to it. A reader who sees the whole office (the
 * Kadis) is shown everything; an administrator, who never reads cases, none of them.
 */
export async function withheldEntries(db: Database, actor: Actor, rows: AuditRow[]): Promise<Set<bigint>> {
  if (seesWholeOffice(actor)) return new Set();
  const wanted = rows.map((row) => ({ row, about: subjectsOf(row) }));
  const seen = await seenSubjects(
    db,
    actor,
    wanted.map((w) => w.about),
  );
  const hidden = new Set<bigint>();
  for (const { row, about } of wanted) {
    const unseen =
      about.tickets.some((t) => !seen.tickets.has(t)) ||
      (about.letter !== null && !seen.letters.has(about.letter)) ||
      (about.notice !== null && !seen.notices.has(about.notice)) ||
      (about.person !== null && !seen.persons.has(about.person));
    if (unseen) hidden.add(row.id);
  }
  return hidden;
}
