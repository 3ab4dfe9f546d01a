import { and, desc, eq } from 'drizzle-orm';
import {
  applyReferralAction,
  canActOnReferral,
  isReferralOverdue,
  PARTNER_KINDS,
  PILLAR_KINDS,
  type ReferralState,
  type TReferralAction,
  type TReferralTarget,
} from '../../../domain/cases/referral';
import type { TReferralView } from '../../../domain/cases/views';
import { AppError } from '../../../domain/errors/app-error';
import { maskNik } from '../../../domain/identity';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { FileStorage } from '../../storage/file-storage';
import { type AuditContext, recordAudit } from '../audit/service';
import { caseSubjects, cases } from '../cases/tables';
import { writeEvents } from './case-actions';
import { openReferralPhoto, type SharedExtras, sharedExtras } from './referral-shared';
import { caseReferrals } from './tables';
import { referralsVisibleTo } from './visibility';

type ReferralRow = typeof caseReferrals.$inferSelect;

/** The person's fields a referral may share, read from the case. */
const PERSON_FIELDS: Record<string, (s: typeof caseSubjects.$inferSelect) => string | null> = {
  name: (s) => s.fullName,
  nik: (s) => s.nik,
  address: (s) => s.address,
  phone: (s) => s.phone,
  condition: (s) => s.description,
};

function targetOf(row: ReferralRow): TReferralTarget {
  return row.targetKind === 'partner'
    ? { kind: 'partner', partnerKind: row.bodyKind as never, partnerId: null }
    : { kind: 'pillar', pillarKind: row.bodyKind as never };
}

function stateOf(row: ReferralRow): ReferralState {
  return {
    status: row.status,
    target: targetOf(row),
    sentAt: row.sentAt,
    dueAt: row.dueAt,
    respondedAt: row.respondedAt,
    declineReason: row.declineReason,
    report: row.report,
    completedAt: row.completedAt,
  };
}

function viewOf(
  row: ReferralRow,
  ticket: string,
  subject: typeof caseSubjects.$inferSelect | null,
  partner: boolean,
  now: Date,
  extras: SharedExtras,
): TReferralView {
  const kinds: readonly { code: string; label: string }[] =
    row.targetKind === 'partner' ? PARTNER_KINDS : PILLAR_KINDS;
  const shared = partner ? row.fieldsShared : Object.keys(PERSON_FIELDS);
  const person = subject
    ? Object.fromEntries(
        shared
          .filter((field) => field in PERSON_FIELDS)
          .map((field) => {
            const value = PERSON_FIELDS[field]?.(subject) ?? null;
            // Office staff see the NIK masked here too; they reveal it on the case page.
            return [field, field === 'nik' && value && !partner ? maskNik(value) : value];
          }),
      )
    : null;
  return {
    id: row.id,
    ticket,
    targetKind: row.targetKind,
    bodyKind: row.bodyKind,
    bodyLabel: kinds.find((k) => k.code === row.bodyKind)?.label ?? row.bodyKind,
    bodyName: row.bodyName,
    districtCode: row.districtCode,
    reason: row.reason,
    fieldsShared: row.fieldsShared,
    consent: row.consent,
    status: row.status,
    sentAt: row.sentAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    overdue: isReferralOverdue(row, now),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    declineReason: row.declineReason,
    report: row.report,
    person,
    assessment: extras.assessment,
    photoIds: extras.photoIds,
  };
}

export async function listReferrals(
  db: Database,
  actor: Actor,
  now: Date,
  filter: { caseId?: string; status?: ReferralRow['status']; id?: string } = {},
): Promise<TReferralView[]> {
  const rows = await db
    .select({ referral: caseReferrals, ticket: cases.ticket, subject: caseSubjects })
    .from(caseReferrals)
    .innerJoin(cases, eq(cases.id, caseReferrals.caseId))
    .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
    .where(
      and(
        await referralsVisibleTo(db, actor),
        filter.caseId ? eq(caseReferrals.caseId, filter.caseId) : undefined,
        filter.status ? eq(caseReferrals.status, filter.status) : undefined,
        filter.id ? eq(caseReferrals.id, filter.id) : undefined,
      ),
    )
    .orderBy(desc(caseReferrals.sentAt))
    .limit(200);
  const partner = actor.role === 'partner';
  const extrasOf = await sharedExtras(
    db,
    rows.map((r) => r.referral),
    partner,
  );
  return rows.map((r) =>
    viewOf(
      r.referral,
      r.ticket,
      r.subject,
      partner,
      now,
      extrasOf(r.referral.caseId, r.referral.fieldsShared),
    ),
  );
}

/**
 * The receiving body answers a referral (or staff record its answer given by phone or letter):
 * accept, decline with a reason, or report the result. The reporter's timeline shows the progress.
 */
export async function actOnReferral(
  deps: { db: Database; now: () => Date; config: { publicBaseUrl?: string } },
  actor: Actor,
  id: string,
  action: TReferralAction,
  audit: AuditContext,
): Promise<TReferralView> {
  if (!canActOnReferral(actor.role)) throw new AppError('FORBIDDEN');
  const now = deps.now();
  const [visible] = await listReferrals(deps.db, actor, now, { id });
  if (!visible) throw new AppError('NOT_FOUND');
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(caseReferrals).where(eq(caseReferrals.id, id)).for('update');
    const [owner] = await tx
      .select()
      .from(cases)
      .where(eq(cases.id, row?.caseId ?? id));
    if (!row || !owner) throw new AppError('NOT_FOUND');
    const { next, events } = applyReferralAction(stateOf(row), action, now);
    await tx
      .update(caseReferrals)
      .set({
        status: next.status,
        respondedAt: next.respondedAt,
        declineReason: next.declineReason,
        report: next.report,
        completedAt: next.completedAt,
        respondedBy: actor.userId,
        updatedAt: now,
      })
      .where(eq(caseReferrals.id, id));
    await writeEvents(tx, owner, events, now, actor.userId, deps, actor.officeSlug);
    await recordAudit(tx, audit, {
      action: `referral.${action.type}`,
      targetType: 'case',
      targetId: owner.ticket,
      after: { referral: id, status: next.status },
    });
  });
  const [updated] = await listReferrals(deps.db, actor, now, { id });
  if (!updated) throw new AppError('NOT_FOUND');
  return updated;
}

/** A photo shared by a referral the caller may see (partners: only when the referral shares photos). */
export async function referralPhoto(
  deps: { db: Database; storage: FileStorage; now: () => Date },
  actor: Actor,
  id: string,
  photoId: string,
  audit: AuditContext,
): Promise<{ bytes: Buffer; contentType: string }> {
  const [visible] = await listReferrals(deps.db, actor, deps.now(), { id });
  const [row] = visible ? await deps.db.select().from(caseReferrals).where(eq(caseReferrals.id, id)) : [];
  if (!visible || !row) throw new AppError('NOT_FOUND');
  return openReferralPhoto(
    deps,
    actor,
    { id, caseId: row.caseId, ticket: visible.ticket, fieldsShared: row.fieldsShared },
    photoId,
    audit,
  );
}
