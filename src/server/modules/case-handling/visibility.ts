import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import {
  type CaseScope,
  isReferralToBody,
  maySeeCase,
  opensCases,
  pillarKindOf,
  type ReferralTarget,
  SEES_CONFIDENTIAL_ROLES,
  seesConfidential,
} from '../../../domain/cases/visibility';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { users } from '../auth/tables';
import { cases } from '../cases/tables';
import { caseReferrals } from './tables';

/**
 * The one case-visibility policy of the server (rule 12; the decision is src/domain/cases/visibility.ts):
 * `maySee` checks a loaded row, `visibleTo` narrows a query the same way. Every route that reads or
 * prints a case, its person, its files, its letters or its ticket uses one of them; what may not be
 * seen answers 404 like what does not exist, and lists leave it out (or, where a count is needed,
 * show the row without ticket or recipient: the outbox, the audit log).
 */

/** Who sees every case of the office, confidential ones included. */
export const SEES_CONFIDENTIAL: ReadonlySet<string> = new Set(SEES_CONFIDENTIAL_ROLES);

/** The columns of `cases` the decision reads, for a list that joins cases and checks row by row. */
export const CASE_SCOPE_COLUMNS = {
  officeId: cases.officeId,
  districtCode: cases.districtCode,
  confidential: cases.confidential,
  assigneeUserId: cases.assigneeUserId,
  lastOfficerId: cases.lastOfficerId,
  createdBy: cases.createdBy,
};

/** Whether an officer may see a case (a loaded row). */
export function maySee(actor: Actor, row: CaseScope): boolean {
  return maySeeCase(actor, row);
}

/** The same rule over `cases`, for every list and search (inbox, NIK search, duplicates, register…). */
export function visibleTo(actor: Actor): SQL {
  if (!opensCases(actor.role)) return sql`false`;
  const scope: (SQL | undefined)[] = [eq(cases.officeId, actor.officeId)];
  if (actor.role === 'district_operator') scope.push(eq(cases.districtCode, actor.districtCode ?? '-'));
  if (!seesConfidential(actor.role))
    scope.push(
      or(
        eq(cases.confidential, false),
        eq(cases.assigneeUserId, actor.userId),
        eq(cases.lastOfficerId, actor.userId),
        eq(cases.createdBy, actor.userId),
      ),
    );
  return and(...scope) as SQL;
}

/** Whether the reader sees every case of the office, so a list need not check case by case. */
export function seesWholeOffice(actor: Actor): boolean {
  return seesConfidential(actor.role) && actor.role !== 'district_operator';
}

/** A partner account's body, from its own account row. */
async function bodyOf(db: Database, actor: Actor) {
  const [me] = await db
    .select({ name: users.partnerName, districtCode: users.districtCode })
    .from(users)
    .where(and(eq(users.id, actor.userId), eq(users.officeId, actor.officeId)));
  return { name: me?.name ?? null, districtCode: me?.districtCode ?? null };
}

/**
 * Which referrals an account sees: a partner only those made to its own body (`isReferralToBody`: a
 * named partner by name; a social pillar by kind and kecamatan); office staff those of cases they may see.
 */
export async function referralsVisibleTo(db: Database, actor: Actor): Promise<SQL> {
  const office = eq(caseReferrals.officeId, actor.officeId);
  if (actor.role !== 'partner') return and(office, visibleTo(actor)) as SQL;
  const body = await bodyOf(db, actor);
  const kind = pillarKindOf(body.name);
  const mine = or(
    body.name
      ? and(eq(caseReferrals.targetKind, 'partner'), eq(caseReferrals.bodyName, body.name))
      : undefined,
    kind && body.districtCode
      ? and(
          eq(caseReferrals.targetKind, 'pillar'),
          eq(caseReferrals.bodyKind, kind),
          eq(caseReferrals.districtCode, body.districtCode),
          body.name
            ? or(isNull(caseReferrals.bodyName), eq(caseReferrals.bodyName, body.name))
            : isNull(caseReferrals.bodyName),
        )
      : undefined,
  );
  return and(office, mine ?? sql`false`) as SQL;
}

/** The active partner accounts a referral is made to: exactly those whose list shows it. */
export async function referralReceivers(
  db: Database,
  officeId: string,
  referral: ReferralTarget,
): Promise<string[]> {
  const match =
    referral.targetKind === 'partner'
      ? referral.bodyName
        ? eq(users.partnerName, referral.bodyName)
        : undefined
      : referral.districtCode
        ? eq(users.districtCode, referral.districtCode)
        : undefined;
  if (!match) return [];
  const rows = await db
    .select({ id: users.id, name: users.partnerName, districtCode: users.districtCode })
    .from(users)
    .where(and(eq(users.officeId, officeId), eq(users.role, 'partner'), eq(users.active, true), match));
  return rows.filter((r) => isReferralToBody(r, referral)).map((r) => r.id);
}

/**
 * Of some cases (by id), those the reader may see: for the lists that keep a row of a case the reader
 * may not open but must not show its ticket (outbox, audit log).
 */
export async function casesSeenBy(
  db: Database,
  actor: Actor,
  caseIds: Iterable<string>,
): Promise<Set<string>> {
  const ids = [...new Set(caseIds)];
  if (ids.length === 0 || !opensCases(actor.role)) return new Set();
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(inArray(cases.id, ids), visibleTo(actor)));
  return new Set(rows.map((r) => r.id));
}
