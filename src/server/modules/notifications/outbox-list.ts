import { and, desc, eq, inArray, like, notInArray, notLike, type SQL, sql } from 'drizzle-orm';
import { normalizeTicket } from '../../../domain/intake/ticket';
import {
  addressKindOf,
  maskAddress,
  STAFF_RECIPIENT_PREFIX,
} from '../../../domain/notifications/mask-address';
import {
  KIND_TEMPLATES,
  OUTBOX_COUNT_CAP,
  outboxKindOf,
  type TOutboxKind,
  type TOutboxMessage,
  type TOutboxPage,
  type TOutboxQuery,
} from '../../../domain/notifications/schemas';
import { NOTICE_STATUSES, type TNoticeStatus } from '../../../domain/notifications/status';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { users } from '../auth/tables';
import { rowsOf } from '../case-handling/case-record';
import { casesSeenBy, visibleTo } from '../case-handling/visibility';
import { cases } from '../cases/tables';
import { notificationOutbox as outbox } from './tables';

export const OUTBOX_PAGE_SIZE = 50;

type OutboxRow = typeof outbox.$inferSelect;

const toStaff = like(outbox.recipient, `${STAFF_RECIPIENT_PREFIX}%`);
const toReporter = notLike(outbox.recipient, `${STAFF_RECIPIENT_PREFIX}%`);
const SPECIFIC_TEMPLATES = Object.values(KIND_TEMPLATES).flat();

function kindCondition(kind: TOutboxKind): SQL {
  if (kind === 'staff') return toStaff;
  if (kind === 'status')
    return and(
      toReporter,
      like(outbox.template, 'case.%'),
      notInArray(outbox.template, SPECIFIC_TEMPLATES),
    ) as SQL;
  return and(toReporter, inArray(outbox.template, [...KIND_TEMPLATES[kind]])) as SQL;
}

/**
 * Every filter but the status, in two parts: `range` narrows the index read (office; a ticket's case,
 * read from the case's opening on, since a case's notices are never older than the case: the day's
 * margin covers an app clock a little ahead of the database's, whose now() dates notices), `rows`
 * is checked row by row (channel, audience, kind). Null: the ticket names no case of this office.
 */
async function filtersOf(
  db: Database,
  actor: Actor,
  query: TOutboxQuery,
): Promise<{ range: SQL[]; rows: SQL[] } | null> {
  const range: SQL[] = [eq(outbox.officeId, actor.officeId)];
  const rows: SQL[] = [];
  if (query.channel) rows.push(eq(outbox.channel, query.channel));
  if (query.audience) rows.push(query.audience === 'staff' ? toStaff : toReporter);
  if (query.kind) rows.push(kindCondition(query.kind));
  if (query.ticket) {
    const ticket = normalizeTicket(query.ticket);
    if (!ticket) return null;
    const [found] = await db
      .select({ id: cases.id, openedAt: cases.openedAt })
      .from(cases)
      // A case the reader may not see is searched like one that does not exist.
      .where(and(eq(cases.ticket, ticket), visibleTo(actor)));
    if (!found) return null;
    range.push(
      eq(outbox.caseId, found.id),
      sql`${outbox.createdAt} >= ${found.openedAt.toISOString()}::timestamptz - interval '1 day'`,
    );
  }
  return { range, rows };
}

type Counted = Map<TNoticeStatus, { hits: number; scanned: number }>;

/**
 * Rows per status under the other filters, each read from the newest of that status, at most the
 * cap plus one (the (office, status, created_at) index, seven short reads however big the outbox):
 * exact for a status with fewer rows, a lower bound ("at least") past it.
 */
async function statusCounts(db: Database, range: SQL[], rows: SQL[]): Promise<Counted> {
  const statuses = sql.join(
    NOTICE_STATUSES.map((status) => sql`(${status}::text)`),
    sql`, `,
  );
  const hit = rows.length > 0 ? and(...rows) : sql`true`;
  const counted = rowsOf<{ status: TNoticeStatus; hits: number; scanned: number }>(
    await db.execute(sql`
      select s.status, w.hits, w.scanned
      from (values ${statuses}) as s(status)
      cross join lateral (
        select count(*) filter (where newest.hit)::int as hits, count(*)::int as scanned
        from (
          select ${hit} as hit from ${outbox}
          where ${and(...range)} and ${outbox.status} = s.status
          order by ${outbox.createdAt} desc
          limit ${OUTBOX_COUNT_CAP + 1}
        ) newest
      ) w`),
  );
  return new Map(counted.map((r) => [r.status, { hits: Number(r.hits), scanned: Number(r.scanned) }]));
}

function countsOf(counted: Counted): TOutboxPage['counts'] {
  const byStatus = Object.fromEntries(
    NOTICE_STATUSES.map((status) => [status, Math.min(counted.get(status)?.hits ?? 0, OUTBOX_COUNT_CAP)]),
  ) as Record<TNoticeStatus, number>;
  const capped = NOTICE_STATUSES.filter((status) => (counted.get(status)?.scanned ?? 0) > OUTBOX_COUNT_CAP);
  return { byStatus, capped };
}

const EMPTY_COUNTS = countsOf(new Map());

/**
 * One page (50) of the office's outbox, newest first, with the counts the status chips show. A notice
 * of a case the reader may not see (an administrator: any case) stays in the list and the counts, so
 * the delivery work can be followed, but `withheld`: without its ticket, recipient and text.
 */
export async function listOutbox(db: Database, actor: Actor, query: TOutboxQuery): Promise<TOutboxPage> {
  const filters = await filtersOf(db, actor, query);
  if (!filters)
    return { items: [], total: 0, totalCapped: false, pageSize: OUTBOX_PAGE_SIZE, counts: EMPTY_COUNTS };
  const where = [...filters.range, ...filters.rows];
  if (query.status) where.push(eq(outbox.status, query.status));
  const [rows, counted] = await Promise.all([
    db
      .select({ message: outbox, ticket: cases.ticket })
      .from(outbox)
      .leftJoin(cases, eq(cases.id, outbox.caseId))
      .where(and(...where))
      // Intake's group commit dates many notices alike: the id keeps the pages from overlapping.
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((query.page - 1) * OUTBOX_PAGE_SIZE),
    statusCounts(db, filters.range, filters.rows),
  ]);
  const counts = countsOf(counted);
  const shown: readonly TNoticeStatus[] = query.status ? [query.status] : NOTICE_STATUSES;
  return {
    items: await toMessages(db, actor, rows),
    total: shown.reduce((sum, status) => sum + counts.byStatus[status], 0),
    totalCapped: shown.some((status) => counts.capped.includes(status)),
    pageSize: OUTBOX_PAGE_SIZE,
    counts,
  };
}

/** One notice of the office as the list shows it to the reader, or null when the office has no such notice. */
export async function outboxMessage(db: Database, actor: Actor, id: string): Promise<TOutboxMessage | null> {
  const rows = await db
    .select({ message: outbox, ticket: cases.ticket })
    .from(outbox)
    .leftJoin(cases, eq(cases.id, outbox.caseId))
    .where(and(eq(outbox.id, id), eq(outbox.officeId, actor.officeId)));
  const [item] = await toMessages(db, actor, rows);
  return item ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The officers a page names (staff recipients, who sent by hand), in one query. */
async function officerNames(db: Database, rows: OutboxRow[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.sentByHand) ids.add(row.sentByHand);
    const staffId = row.recipient.startsWith(STAFF_RECIPIENT_PREFIX)
      ? row.recipient.slice(STAFF_RECIPIENT_PREFIX.length)
      : null;
    if (staffId && UUID.test(staffId)) ids.add(staffId);
  }
  if (ids.size === 0) return new Map();
  const found = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(found.map((user) => [user.id, user.name]));
}

const iso = (at: Date | null) => at?.toISOString() ?? null;

async function toMessages(
  db: Database,
  actor: Actor,
  rows: { message: OutboxRow; ticket: string | null }[],
): Promise<TOutboxMessage[]> {
  const [names, seen] = await Promise.all([
    officerNames(
      db,
      rows.map((row) => row.message),
    ),
    casesSeenBy(
      db,
      actor,
      rows.flatMap((row) => (row.message.caseId ? [row.message.caseId] : [])),
    ),
  ]);
  return rows.map(({ message: m, ticket }) => {
    const addressKind = addressKindOf(m.recipient);
    const staffName = names.get(m.recipient.slice(STAFF_RECIPIENT_PREFIX.length)) ?? 'tidak dikenal';
    // The text names the ticket and the recipient the person: neither for a case the reader may not see.
    const withheld = m.caseId !== null && !seen.has(m.caseId);
    return {
      id: m.id,
      createdAt: m.createdAt.toISOString(),
      channel: m.channel,
      recipient: withheld ? '' : addressKind === 'staff' ? `Petugas: ${staffName}` : maskAddress(m.recipient),
      addressKind,
      template: m.template,
      kind: outboxKindOf(m.template, m.recipient),
      body: withheld ? '' : m.body,
      withheld,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      // A manual notice waits for an officer, not for a time: its far-off date means nothing.
      nextAttemptAt: m.status === 'pending' && m.channel !== 'manual' ? iso(m.nextAttemptAt) : null,
      sentAt: iso(m.sentAt),
      deliveredAt: iso(m.deliveredAt),
      readAt: iso(m.readAt),
      failedAt: iso(m.failedAt),
      fallbackFrom: m.fallbackFrom,
      sentByHand: m.sentByHand ? (names.get(m.sentByHand) ?? 'tidak dikenal') : null,
      ticket: withheld ? null : ticket,
    };
  });
}
