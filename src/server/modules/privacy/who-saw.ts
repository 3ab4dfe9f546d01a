import { and, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { READ_PURPOSES } from '../../../domain/privacy/erasure';
import type { TWhoSawPage, TWhoSawQuery } from '../../../domain/privacy/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { auditLog } from '../audit/tables';
import { users } from '../auth/tables';
import { registryMembers } from '../registry/tables';
import { nikHash } from '../system/secrets';
import { casesOf, personIdsByNikHash, personScope } from './scope';

const PAGE_SIZE = 50;

/** Whose rows: the person's cases (by ticket), register records, and registry checks that found them. */
async function targets(db: Database, actor: Actor, query: TWhoSawQuery) {
  const queryHash = query.nik ? await nikHash(db, query.nik) : null;
  let personIds: string[] = [];
  let nikHashes: string[] = queryHash ? [queryHash] : [];
  if (query.personId) {
    const scope = await personScope(db, actor.officeId, query.personId);
    personIds = scope.personIds;
    nikHashes = [...new Set([...nikHashes, ...scope.nikHashes])];
  } else if (queryHash) {
    personIds = await personIdsByNikHash(db, actor.officeId, queryHash);
  }
  const caseRows = await casesOf(db, actor.officeId, personIds, nikHashes);
  const members = nikHashes.length
    ? await db
        .select({ id: registryMembers.id })
        .from(registryMembers)
        .where(and(eq(registryMembers.officeId, actor.officeId), inArray(registryMembers.nikHash, nikHashes)))
    : [];
  return {
    personIds,
    nikHashes,
    tickets: caseRows.map((c) => c.ticket),
    memberIds: members.map((m) => m.id),
  };
}

function whereOf(
  actor: Actor,
  t: Awaited<ReturnType<typeof targets>>,
  before: string | null,
): SQL | undefined {
  const whose: (SQL | undefined)[] = [];
  if (t.tickets.length)
    whose.push(and(eq(auditLog.targetType, 'case'), inArray(auditLog.targetId, t.tickets)));
  if (t.personIds.length)
    whose.push(and(eq(auditLog.targetType, 'ppks_person'), inArray(auditLog.targetId, t.personIds)));
  // A registry check of another case that found the person (by NIK, KK or name) is theirs too.
  if (t.nikHashes.length)
    whose.push(
      and(
        eq(auditLog.action, 'registry.checked'),
        inArray(sql`${auditLog.after} ->> 'queryHash'`, t.nikHashes),
      ),
    );
  if (t.memberIds.length)
    whose.push(
      and(
        eq(auditLog.action, 'registry.checked'),
        sql`(${auditLog.after} -> 'members') ?| ${sql`array[${sql.join(
          t.memberIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::text[]`}`,
      ),
    );
  if (whose.length === 0) return undefined;
  return and(
    eq(auditLog.officeId, actor.officeId),
    or(...whose),
    before ? lt(auditLog.id, BigInt(before)) : undefined,
  );
}

/**
 * Who opened a person's cases, register record and registry answers, and who acted on them: newest
 * first, with the officer, their role, when, what and why. The listing is itself audited (a search by
 * NIK names the NIK only by its hash).
 */
export async function whoSaw(
  db: Database,
  actor: Actor,
  query: TWhoSawQuery,
  audit: AuditContext,
): Promise<TWhoSawPage> {
  const t = await targets(db, actor, query);
  const where = whereOf(actor, t, query.before);
  const rows = where
    ? await db
        .select({ entry: auditLog, name: users.fullName, role: users.role })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(PAGE_SIZE + 1)
    : [];
  await recordAudit(db, audit, {
    action: 'privacy.who_saw_listed',
    targetType: 'ppks_person',
    targetId: t.personIds[0] ?? null,
    after: { by: query.personId ? 'person' : 'nik', persons: t.personIds, cases: t.tickets.length },
  });
  const page = rows.slice(0, PAGE_SIZE);
  return {
    personIds: t.personIds,
    tickets: t.tickets,
    items: page.map(({ entry, name, role }) => {
      const after = (entry.after ?? {}) as Record<string, unknown>;
      return {
        id: entry.id.toString(),
        at: entry.at.toISOString(),
        officerUsername: entry.actorUsername,
        officerName: name,
        role,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        purpose: typeof after.purpose === 'string' ? after.purpose : (READ_PURPOSES[entry.action] ?? null),
        reason: typeof after.reason === 'string' ? after.reason : null,
      };
    }),
    next: rows.length > PAGE_SIZE ? (page.at(-1)?.entry.id.toString() ?? null) : null,
  };
}
