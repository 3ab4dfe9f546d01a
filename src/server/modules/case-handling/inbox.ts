import { and, desc, eq, getTableColumns, isNull, lt, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import { slaState } from '../../../domain/cases/sla';
import { TERMINAL_STATUSES } from '../../../domain/cases/status';
import type { TCaseListItem, TCaseListQuery } from '../../../domain/cases/views';
import { validationError } from '../../../domain/errors/app-error';
import { maskName, maskNik } from '../../../domain/identity';
import { normalizeTicket } from '../../../domain/intake/ticket';
import { nameQueryTokens } from '../../crypto/blind-index';
import { keyring } from '../../crypto/keys';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { users } from '../auth/tables';
import { caseSubjects, cases, dueSoonCandidates } from '../cases/tables';
import { serviceStandardVersions } from '../catalogue/tables';
import { visibleTo } from './visibility';

/** The cursor of a page: the last case's opening time and id, so the next page starts after it. */
function encodeCursor(openedAt: Date, id: string): string {
  return Buffer.from(`${openedAt.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { openedAt: string; id: string } {
  const [openedAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!openedAt || !id || Number.isNaN(Date.parse(openedAt)) || !/^[0-9a-f-]{36}$/.test(id))
    throw validationError({ after: 'Halaman tidak dikenal; muat ulang daftar' });
  return { openedAt, id };
}

/**
 * Words of a name as a prefix query: "mak ij" finds "Mak Ijah". Names are sealed, so the query asks the
 * blind index (keyed hashes of word prefixes, GIN) for rows holding every word's hash.
 */
function nameQuery(text: string): SQL | null {
  const tokens = nameQueryTokens(keyring(), text);
  return tokens ? sql`${caseSubjects.nameWords} @> ${`{${tokens.join(',')}}`}::text[]` : null;
}

// What every list of an officer is narrowed to is the visibility policy's (./visibility.ts).
export { visibleTo } from './visibility';

function filtersOf(actor: Actor, query: TCaseListQuery, now: Date): (SQL | undefined)[] {
  const at = sql`${now.toISOString()}::timestamptz`;
  const open = notInArray(cases.status, [...TERMINAL_STATUSES]);
  const filters: (SQL | undefined)[] = [visibleTo(actor)];
  if (query.status) filters.push(eq(cases.status, query.status));
  if (query.open) filters.push(open);
  if (query.serviceCode) filters.push(eq(cases.serviceCode, query.serviceCode));
  if (query.channel) filters.push(eq(cases.channel, query.channel));
  if (query.ppksCategory) filters.push(eq(cases.ppksCategory, query.ppksCategory));
  if (query.districtCode) filters.push(eq(cases.districtCode, query.districtCode));
  if (query.assignee === 'none') filters.push(isNull(cases.assigneeUserId));
  else if (query.assignee) {
    const id = query.assignee === 'me' ? actor.userId : query.assignee;
    if (!/^[0-9a-f-]{36}$/.test(id)) throw validationError({ assignee: 'Petugas tidak dikenal' });
    filters.push(eq(cases.assigneeUserId, id));
  }
  if (query.due === 'overdue') filters.push(open, lt(cases.dueAt, at));
  // The sweep (every minute) stamps warned_at at 75% of the time; the due time guards the minute
  // between a breach and the sweep that records it.
  if (query.due === 'soon') filters.push(dueSoonCandidates(cases), sql`${cases.dueAt} >= ${at}`);
  if (query.q) {
    const ticket = normalizeTicket(query.q);
    const words = nameQuery(query.q);
    if (ticket) filters.push(eq(cases.ticket, ticket));
    else if (words) filters.push(words);
  }
  if (query.after) {
    const { openedAt, id } = decodeCursor(query.after);
    filters.push(sql`(${cases.openedAt}, ${cases.id}) < (${openedAt}::timestamptz, ${id}::uuid)`);
  }
  return filters;
}

/**
 * The inbox: the office's cases, newest first, filtered and searched, one page at a time (a cursor,
 * not an offset: page 40 costs what page 1 costs). Names of confidential cases and every NIK are masked.
 */
export async function listCases(
  db: Database,
  actor: Actor,
  query: TCaseListQuery,
  now: Date,
  extra: SQL[] = [],
): Promise<{ items: TCaseListItem[]; next: string | null }> {
  const { id, openedAt, ...rest } = getTableColumns(cases);
  const rows = await db
    .select({
      id,
      openedAt,
      ticket: rest.ticket,
      agendaNumber: rest.agendaNumber,
      serviceCode: rest.serviceCode,
      kind: rest.kind,
      channel: rest.channel,
      status: rest.status,
      confidential: rest.confidential,
      ppksCategory: rest.ppksCategory,
      districtCode: rest.districtCode,
      dueAt: rest.dueAt,
      assigneeUserId: rest.assigneeUserId,
      assigneeName: users.fullName,
      fullName: caseSubjects.fullName,
      nik: caseSubjects.nik,
      serviceName: sql<string | null>`${serviceStandardVersions.content}->>'name'`,
    })
    .from(cases)
    .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
    .leftJoin(users, eq(users.id, cases.assigneeUserId))
    .leftJoin(serviceStandardVersions, eq(serviceStandardVersions.id, cases.standardVersionId))
    .where(and(...filtersOf(actor, query, now), ...extra))
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      ticket: r.ticket,
      agendaNumber: r.agendaNumber,
      serviceCode: r.serviceCode,
      serviceName: r.serviceName,
      kind: r.kind,
      channel: r.channel as TCaseListItem['channel'],
      status: r.status,
      confidential: r.confidential,
      ppksCategory: r.ppksCategory,
      districtCode: r.districtCode,
      personName: r.confidential ? maskName(r.fullName) : r.fullName,
      nikMasked: r.nik ? maskNik(r.nik) : null,
      assignee: r.assigneeUserId ? { userId: r.assigneeUserId, name: r.assigneeName ?? '' } : null,
      openedAt: r.openedAt.toISOString(),
      dueAt: r.dueAt?.toISOString() ?? null,
      sla:
        r.dueAt && !TERMINAL_STATUSES.includes(r.status) && r.status !== 'awaiting_documents'
          ? slaState(now, r.openedAt, r.dueAt)
          : null,
    })),
    next: rows.length > query.limit && last ? encodeCursor(last.openedAt, last.id) : null,
  };
}

/** Exact search by full NIK, through its keyed hash: the NIK itself is in no query text or log. */
export function nikFilter(hash: string): SQL {
  return and(eq(caseSubjects.nikHash, hash), ne(caseSubjects.nikHash, '')) as SQL;
}
