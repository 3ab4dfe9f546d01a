import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles';
import type { OfficeCalendar } from '../../../domain/calendar/due-at';
import type { TAssignTarget, TCaseAction } from '../../../domain/cases/actions';
import type { TimelineEvent } from '../../../domain/cases/events';
import { ASSIGNABLE_ROLES } from '../../../domain/cases/permissions';
import { newReferral } from '../../../domain/cases/referral';
import { resumeDeadline, stepDeadlines, sweepFlagsAfterMove } from '../../../domain/cases/sla';
import { applyAction, type CaseState } from '../../../domain/cases/workflow';
import { validationError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { Upload } from '../../http/multipart';
import { officeContext } from '../../reference/office-context';
import type { FileStorage } from '../../storage/file-storage';
import type { PreparedFile } from '../../storage/uploads';
import { type AuditContext, recordAudit } from '../audit/service';
import { users } from '../auth/tables';
import { caseEvents, cases } from '../cases/tables';
import { queueReporterNotices } from '../notifications/reporter-notices';
import { alertStaff } from '../notifications/staff-alerts';
import { districtUnits, divisions } from '../offices/tables';
import { attachFiles, storeUploads } from './case-files';
import { type CaseRow, columnsOf, type LoadedCase, loadCase, stateOf } from './case-record';
import { caseAssessments, caseReferrals } from './tables';
import { referralReceivers } from './visibility';

export interface ActionDeps {
  db: Database;
  storage: FileStorage;
  now: () => Date;
  config: { publicBaseUrl?: string };
}

/** The assignee must belong to the office: an active officer, one of its divisions or district units. */
async function checkAssignTarget(db: Database, actor: Actor, to: TAssignTarget): Promise<void> {
  const field = (message: string) => validationError({ to: message });
  if (to.kind === 'officer') {
    const [user] = await db
      .select({ role: users.role, active: users.active })
      .from(users)
      .where(and(eq(users.id, to.userId), eq(users.officeId, actor.officeId)));
    if (!user?.active || !ASSIGNABLE_ROLES.includes(user.role as Role))
      throw field('Petugas tidak dikenal di dinas ini');
  } else if (to.kind === 'division') {
    const [row] = await db
      .select({ id: divisions.id })
      .from(divisions)
      .where(and(eq(divisions.officeId, actor.officeId), eq(divisions.code, to.code)));
    if (!row) throw field('Bidang tidak dikenal di dinas ini');
  } else {
    const [row] = await db
      .select({ id: districtUnits.id })
      .from(districtUnits)
      .where(
        and(eq(districtUnits.officeId, actor.officeId), eq(districtUnits.districtCode, to.districtCode)),
      );
    if (!row) throw field('Unit kecamatan tidak dikenal di dinas ini');
  }
}

/** The step clock: a new step starts now and is due by its own time standard. */
function stepClock(
  before: CaseState,
  next: CaseState,
  now: Date,
  calendar: OfficeCalendar,
): Partial<CaseRow> {
  if (next.currentStep === before.currentStep) return {};
  const [plan] = stepDeadlines(now, next.steps, calendar, next.currentStep);
  return { stepStartedAt: now, stepDueAt: plan?.dueAt ?? null, stepBreachedAt: null };
}

/** Waiting for the reporter's documents stops the clock; the time spent waiting is given back. */
function pauseClock(
  loaded: LoadedCase,
  next: CaseState,
  now: Date,
  calendar: OfficeCalendar,
): Partial<CaseRow> {
  const { row } = loaded;
  if (!row.pausedAt || next.pausedAt) return {};
  const extend = (due: Date | null) =>
    due ? resumeDeadline(due, row.pausedAt as Date, now, calendar) : null;
  const dueAt = extend(row.dueAt);
  const stepDueAt = extend(row.stepDueAt);
  return {
    dueAt,
    targetAt: extend(row.targetAt),
    stepDueAt,
    ...sweepFlagsAfterMove(row, now, row.openedAt, dueAt, stepDueAt),
  };
}

/** The body a partner account belongs to: referrals to it are what its accounts see. */
async function partnerName(db: Database, actor: Actor, partnerUserId: string): Promise<string> {
  const [user] = await db
    .select({ partnerName: users.partnerName })
    .from(users)
    .where(and(eq(users.id, partnerUserId), eq(users.officeId, actor.officeId), eq(users.role, 'partner')));
  if (!user?.partnerName)
    throw validationError({ 'referral.target.partnerId': 'Mitra tidak dikenal di dinas ini' });
  return user.partnerName;
}

/** The officer a case is assigned to hears of it, unless they took it themselves or already held it. */
async function alertAssignee(
  tx: Database,
  row: CaseRow,
  before: CaseState,
  next: CaseState,
  actor: Actor,
  now: Date,
): Promise<void> {
  const to = next.assignee?.kind === 'officer' ? next.assignee.userId : null;
  const held = before.assignee?.kind === 'officer' ? before.assignee.userId : null;
  if (!to || to === actor.userId || to === held) return;
  await alertStaff(
    tx,
    { officeId: row.officeId, caseId: row.id, ticket: row.ticket, kind: 'assigned', userIds: [to] },
    now,
  );
}

/** What an action writes beside the case row: the assessment, the referral. */
async function writeSideRecords(
  tx: Database,
  loaded: LoadedCase,
  action: TCaseAction,
  actor: Actor,
  now: Date,
  calendar: OfficeCalendar,
  photos: (PreparedFile & { kind: string })[],
): Promise<Partial<CaseRow>> {
  const { row } = loaded;
  if (action.type === 'assess') {
    const { gps, ...content } = action.assessment;
    const photoIds = await attachFiles(tx, row.id, photos);
    await tx.insert(caseAssessments).values({
      photoIds,
      caseId: row.id,
      content,
      latitude: gps?.latitude ?? null,
      longitude: gps?.longitude ?? null,
      accuracyMetres: gps?.accuracyMetres ?? null,
      createdBy: actor.userId,
      at: now,
    });
    const visited = action.assessment.visitedAt ? new Date(action.assessment.visitedAt) : now;
    return row.visitDueAt && !row.visitedAt ? { visitedAt: visited } : {};
  }
  if (action.type === 'refer') {
    const input = action.referral;
    const referral = newReferral(input, now, calendar);
    const target = input.target;
    const bodyName =
      target.kind === 'partner' && target.partnerId ? await partnerName(tx, actor, target.partnerId) : null;
    const districtCode = target.kind === 'pillar' ? row.districtCode : null;
    await tx.insert(caseReferrals).values({
      caseId: row.id,
      officeId: row.officeId,
      targetKind: target.kind,
      bodyKind: target.kind === 'partner' ? target.partnerKind : target.pillarKind,
      bodyName,
      districtCode,
      reason: input.reason,
      fieldsShared: input.fieldsShared,
      consent: input.consent,
      status: 'sent',
      dueAt: referral.dueAt,
      sentAt: now,
      createdBy: actor.userId,
    });
    // The receiving body hears of it in its notifications (and by e-mail or WhatsApp).
    // Exactly the accounts whose referral list shows it (the visibility policy).
    const receivers = await referralReceivers(tx, row.officeId, {
      targetKind: target.kind,
      bodyKind: target.kind === 'partner' ? target.partnerKind : target.pillarKind,
      bodyName,
      districtCode,
    });
    await alertStaff(
      tx,
      {
        officeId: row.officeId,
        caseId: row.id,
        ticket: row.ticket,
        kind: 'referral_received',
        userIds: receivers,
      },
      now,
    );
  }
  return {};
}

/** Timeline events, and for the public ones a notice to the reporter. */
export async function writeEvents(
  tx: Database,
  row: Pick<CaseRow, 'id' | 'officeId' | 'ticket'>,
  events: TimelineEvent[],
  at: Date,
  actorUserId: string | null,
  deps: { config: { publicBaseUrl?: string } },
  officeSlug: string,
): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(caseEvents).values(
    events.map((e) => ({
      caseId: row.id,
      at,
      type: e.type,
      public: e.public,
      message: e.message,
      data: e.data,
      actorUserId,
    })),
  );
  const link = `${deps.config.publicBaseUrl ?? ''}/${officeSlug}/lacak?tiket=${row.ticket}`;
  await queueReporterNotices(tx, row, events, link, at);
}

/**
 * One officer's action on a case: the workflow rules decide (403 for the role, 409 for the status),
 * then the case, its clock, the side records, the timeline, the notices and the audit row are written
 * in one transaction, with the case row locked so two officers acting at once take turns.
 */
export async function actOnCase(
  deps: ActionDeps,
  actor: Actor,
  ticket: string,
  action: TCaseAction,
  audit: AuditContext,
  uploads: Upload[] = [],
): Promise<{ ticket: string; status: string }> {
  const now = deps.now();
  const { calendar } = await officeContext(deps.db, actor.officeSlug);
  if (uploads.length > 0 && action.type !== 'assess')
    throw validationError({ files: 'Foto hanya untuk asesmen' });
  // Photos are checked and stored before the transaction; a refused action removes them again.
  const photos = await storeUploads(deps.storage, actor.officeSlug, ticket, uploads);
  try {
    return await recordAction(deps, actor, ticket, action, audit, { now, calendar, photos });
  } catch (error) {
    await Promise.all(photos.map((p) => deps.storage.remove(p.key)));
    throw error;
  }
}

async function recordAction(
  deps: ActionDeps,
  actor: Actor,
  ticket: string,
  action: TCaseAction,
  audit: AuditContext,
  {
    now,
    calendar,
    photos,
  }: { now: Date; calendar: OfficeCalendar; photos: (PreparedFile & { kind: string })[] },
): Promise<{ ticket: string; status: string }> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadCase(tx, actor, ticket, { lock: true });
    const before = stateOf(loaded.row, loaded.steps);
    const { next, events } = applyAction(before, action, {
      now,
      actorRole: actor.role,
      actorUserId: actor.userId,
    });
    if (action.type === 'assign') await checkAssignTarget(tx, actor, action.to);
    const extra = await writeSideRecords(tx, loaded, action, actor, now, calendar, photos);
    await tx
      .update(cases)
      .set({
        ...columnsOf(next),
        ...stepClock(before, next, now, calendar),
        ...pauseClock(loaded, next, now, calendar),
        ...extra,
        updatedAt: now,
      })
      .where(eq(cases.id, loaded.row.id));
    if (action.type === 'assign') await alertAssignee(tx, loaded.row, before, next, actor, now);
    await writeEvents(tx, loaded.row, events, now, actor.userId, deps, actor.officeSlug);
    await recordAudit(tx, audit, {
      action: `case.${action.type}`,
      targetType: 'case',
      targetId: loaded.row.ticket,
      before: { status: before.status, step: before.currentStep },
      after: { status: next.status, step: next.currentStep },
    });
    return { ticket: loaded.row.ticket, status: next.status };
  });
}
