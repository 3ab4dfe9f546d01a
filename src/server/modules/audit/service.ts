import { and, count, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { TAuditPage, TAuditQuery } from '../../../domain/audit/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { auditLog } from './tables';
import { withheldEntries } from './visibility';

/** Who did it and from where; passed from the request to every service that changes data. */
export interface AuditContext {
  actor: Pick<Actor, 'userId' | 'username' | 'officeId'> | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEntryInput {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** The office whose data changed; defaults to the actor's. */
  officeId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit row. Call it with the transaction that makes the change, so both land or neither. */
export async function recordAudit(
  db: Database,
  context: AuditContext,
  entry: AuditEntryInput,
): Promise<void> {
  await db.insert(auditLog).values({
    officeId: entry.officeId ?? context.actor?.officeId ?? null,
    actorUserId: context.actor?.userId ?? null,
    actorUsername: context.actor?.username ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: context.ip,
    requestId: context.requestId,
  });
}

/** Midnight of a calendar day in the office's time zone, as an instant. */
function startOfOfficeDay(date: string, timeZone: string, plusDays = 0): SQL {
  return sql`((${date}::date + ${plusDays}::int)::timestamp at time zone ${timeZone})`;
}

/** A page of the caller's office's audit log, newest first (entries about unseen cases withheld). */
export async function listAudit(db: Database, actor: Actor, query: TAuditQuery): Promise<TAuditPage> {
  const conditions: SQL[] = [eq(auditLog.officeId, actor.officeId)];
  if (query.action) conditions.push(ilike(auditLog.action, `${query.action}%`));
  if (query.actor) conditions.push(eq(auditLog.actorUsername, query.actor));
  if (query.targetType) conditions.push(eq(auditLog.targetType, query.targetType));
  if (query.from) conditions.push(gte(auditLog.at, startOfOfficeDay(query.from, actor.officeTimeZone)));
  if (query.to) conditions.push(lt(auditLog.at, startOfOfficeDay(query.to, actor.officeTimeZone, 1)));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  const hidden = await withheldEntries(db, actor, rows);
  return {
    items: rows.map((row) => {
      const withheld = hidden.has(row.id);
      return {
        id: row.id.toString(),
        at: row.at.toISOString(),
        actorUsername: row.actorUsername,
        action: row.action,
        targetType: row.targetType,
        targetId: withheld ? null : row.targetId,
        before: withheld ? null : row.before,
        after: withheld ? null : row.after,
        ip: row.ip,
        withheld,
      };
    }),
    total: totals[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
