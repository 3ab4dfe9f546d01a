import { and, eq } from 'drizzle-orm';
import { toLocal } from '../../../domain/calendar/zoned-time';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { type Decision, decide } from '../../../domain/registry/decisions';
import type { TDecision, TDecisionRequest } from '../../../domain/registry/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type LoadedCase, loadCase } from '../case-handling/case-record';
import { cases } from '../cases/tables';
import { registryChecks, registryMembers } from './tables';

export type CheckRow = typeof registryChecks.$inferSelect;
export type MemberRow = typeof registryMembers.$inferSelect;

export interface DecidedCheck {
  decision: Decision & { programme: TDecisionRequest['programme']; registered: boolean };
  check: CheckRow;
  case: LoadedCase;
  /** The registry person the decision is about; null when not registered. */
  member: MemberRow | null;
}

/** A check of the caller's office, on a case they may still see; otherwise 404. */
async function loadCheck(
  db: Database,
  actor: Actor,
  checkId: string,
): Promise<{ check: CheckRow; case: LoadedCase }> {
  const [found] = await db
    .select({ check: registryChecks, ticket: cases.ticket })
    .from(registryChecks)
    .innerJoin(cases, eq(cases.id, registryChecks.caseId))
    .where(and(eq(registryChecks.id, checkId), eq(registryChecks.officeId, actor.officeId)));
  if (!found) throw new AppError('NOT_FOUND', { message: 'Hasil pengecekan tidak ditemukan; cek ulang.' });
  return { check: found.check, case: await loadCase(db, actor, found.ticket) };
}

/** Which person of the check the decision is about: the one found by NIK, or the one the officer picked. */
async function memberOf(
  db: Database,
  check: CheckRow,
  memberId: string | undefined,
): Promise<MemberRow | null> {
  if (!check.found) return null;
  const id = memberId ?? (check.method === 'nik' ? check.memberIds[0] : undefined);
  if (!id) {
    if (check.method === 'kk') return null;
    throw validationError({ memberId: 'Pilih orang yang sesuai dari hasil pencarian' });
  }
  if (!check.memberIds.includes(id))
    throw validationError({ memberId: 'Orang ini tidak ada pada hasil pengecekan; cek ulang' });
  const [row] = await db.select().from(registryMembers).where(eq(registryMembers.id, id));
  return row ?? null;
}

/**
 * The rule of the standard applied to a stored check: the registry answer is the server's own,
 * only the walkthrough's answers (illness, PBI inactive date) come from the officer.
 */
export async function decideForCheck(
  deps: { db: Database; now: () => Date },
  actor: Actor,
  request: TDecisionRequest,
): Promise<DecidedCheck> {
  const loaded = await loadCheck(deps.db, actor, request.checkId);
  const member = await memberOf(deps.db, loaded.check, request.memberId);
  const registered = loaded.check.found;
  const decision = decide({
    programme: request.programme,
    registered,
    ill: request.ill,
    pbiInactiveSince: request.pbiInactiveSince,
    today: toLocal(deps.now(), actor.officeTimeZone).date,
  });
  return { decision: { ...decision, programme: request.programme, registered }, ...loaded, member };
}

export function decisionView(decided: DecidedCheck): TDecision {
  const { programme, registered, rule, letter, addressee, stampKk, guidance } = decided.decision;
  return { programme, registered, rule, letter, addressee, stampKk, guidance };
}
