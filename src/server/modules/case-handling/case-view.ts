import { asc, desc, eq } from 'drizzle-orm';
import { type OfficeCalendar, workingMinutesBetween } from '../../../domain/calendar/due-at';
import { slaState, stepDeadlines, workingSlaState } from '../../../domain/cases/sla';
import type { TCaseDetail } from '../../../domain/cases/views';
import { availableActions, isTerminal } from '../../../domain/cases/workflow';
import { maskKk, maskNik } from '../../../domain/identity';
import { LETTER_TYPE_LABELS } from '../../../domain/letters/template';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { officeContext } from '../../reference/office-context';
import type { AuditContext } from '../audit/service';
import { users } from '../auth/tables';
import { caseAttachments, caseEvents, caseSubjects } from '../cases/tables';
import { serviceStandardVersions } from '../catalogue/tables';
import { letters } from '../letters/tables';
import { deadlineWarning } from '../offices/calendar-coverage';
import { districtUnits, divisions } from '../offices/tables';
import { recordRead } from '../privacy/read-audit';
import { type CaseRow, type LoadedCase, loadCase } from './case-record';
import { listReferrals } from './referrals';
import { caseAssessments } from './tables';

type EventRow = {
  at: Date;
  type: string;
  public: boolean;
  message: string | null;
  data: Record<string, unknown>;
  actor: string | null;
};

/** When each step began and ended, read from the timeline: every step move carries `toStep`. */
function stepTimes(
  row: CaseRow,
  events: EventRow[],
): { startedAt: (Date | null)[]; doneAt: (Date | null)[] } {
  const startedAt: (Date | null)[] = [row.openedAt];
  const doneAt: (Date | null)[] = [];
  let current = 0;
  for (const event of events) {
    const to = event.data.toStep;
    if (typeof to !== 'number' || to <= current) continue;
    for (let i = current; i < to; i++) {
      startedAt[i] ??= event.at;
      doneAt[i] = event.at;
    }
    current = to;
    startedAt[current] = event.at;
  }
  return { startedAt, doneAt };
}

function stepsView(
  loaded: LoadedCase,
  events: EventRow[],
  calendar: OfficeCalendar,
  now: Date,
): TCaseDetail['steps'] {
  const { row, content } = loaded;
  const plan = stepDeadlines(row.openedAt, loaded.steps, calendar);
  const { startedAt, doneAt } = stepTimes(row, events);
  // A closed case has no step in hand: the step it ended on is done, at the closing.
  const finished = row.status === 'closed';
  return (content?.steps ?? []).map((step, index) => {
    const state =
      index < row.currentStep || (finished && index === row.currentStep)
        ? 'done'
        : index === row.currentStep && !isTerminal(row.status)
          ? 'current'
          : 'ahead';
    const start = state === 'ahead' ? null : (startedAt[index] ?? null);
    const end = state === 'done' ? (doneAt[index] ?? (finished ? row.closedAt : null)) : null;
    const due = state === 'current' && row.stepDueAt ? row.stepDueAt : (plan[index]?.dueAt ?? null);
    return {
      index,
      name: step.name,
      kind: step.kind,
      actor: step.actor,
      timeStandard: step.timeStandard,
      state,
      startedAt: start?.toISOString() ?? null,
      doneAt: end?.toISOString() ?? null,
      minutesTaken: start ? Math.round(workingMinutesBetween(calendar, start, end ?? now)) : null,
      dueAt: due?.toISOString() ?? null,
    };
  });
}

async function assigneeView(db: Database, row: CaseRow): Promise<TCaseDetail['assignee']> {
  if (row.assigneeUserId) {
    const [user] = await db
      .select({ name: users.fullName })
      .from(users)
      .where(eq(users.id, row.assigneeUserId));
    return { kind: 'officer', id: row.assigneeUserId, name: user?.name ?? '' };
  }
  if (row.assignedDistrictCode) {
    const [unit] = await db
      .select({ name: districtUnits.name })
      .from(districtUnits)
      .where(eq(districtUnits.districtCode, row.assignedDistrictCode));
    return {
      kind: 'district_unit',
      id: row.assignedDistrictCode,
      name: unit?.name ?? row.assignedDistrictCode,
    };
  }
  if (row.assignedDivision) {
    const [division] = await db
      .select({ name: divisions.name })
      .from(divisions)
      .where(eq(divisions.code, row.assignedDivision));
    return { kind: 'division', id: row.assignedDivision, name: division?.name ?? row.assignedDivision };
  }
  return null;
}

function slaOf(row: CaseRow, calendar: OfficeCalendar, now: Date): TCaseDetail['sla'] {
  if (!row.dueAt || isTerminal(row.status)) return null;
  if (row.pausedAt)
    return workingSlaState(now, row.openedAt, row.dueAt, calendar, [{ from: row.pausedAt, to: null }]);
  return slaState(now, row.openedAt, row.dueAt);
}

/** The case's rows besides its own, read side by side. */
async function readCaseParts(db: Database, actor: Actor, row: CaseRow, now: Date) {
  const [subjects, events, attachments, assessments, version, referrals, assignee, caseLetters] =
    await Promise.all([
      db.select().from(caseSubjects).where(eq(caseSubjects.caseId, row.id)),
      db
        .select({
          at: caseEvents.at,
          type: caseEvents.type,
          public: caseEvents.public,
          message: caseEvents.message,
          data: caseEvents.data,
          actor: users.fullName,
        })
        .from(caseEvents)
        .leftJoin(users, eq(users.id, caseEvents.actorUserId))
        .where(eq(caseEvents.caseId, row.id))
        .orderBy(asc(caseEvents.at)),
      db
        .select()
        .from(caseAttachments)
        .where(eq(caseAttachments.caseId, row.id))
        .orderBy(asc(caseAttachments.createdAt)),
      db
        .select({ a: caseAssessments, by: users.fullName })
        .from(caseAssessments)
        .leftJoin(users, eq(users.id, caseAssessments.createdBy))
        .where(eq(caseAssessments.caseId, row.id))
        .orderBy(asc(caseAssessments.at)),
      row.standardVersionId
        ? db
            .select({ version: serviceStandardVersions.version })
            .from(serviceStandardVersions)
            .where(eq(serviceStandardVersions.id, row.standardVersionId))
        : Promise.resolve([]),
      listReferrals(db, actor, now, { caseId: row.id }),
      assigneeView(db, row),
      db
        .select({
          id: letters.id,
          number: letters.number,
          type: letters.type,
          status: letters.status,
          issuedAt: letters.issuedAt,
        })
        .from(letters)
        .where(eq(letters.caseId, row.id))
        .orderBy(desc(letters.issuedAt)),
    ]);
  return { subjects, events, attachments, assessments, version, referrals, assignee, caseLetters };
}

type CaseParts = Awaited<ReturnType<typeof readCaseParts>>;

/** The person and the reporter as taken in; personal numbers masked (revealing them is audited). */
function personView(s: NonNullable<CaseParts['subjects'][number]>): TCaseDetail['person'] {
  return {
    fullName: s.fullName,
    birthPlace: s.birthPlace,
    birthDate: s.birthDate,
    nikMasked: s.nik ? maskNik(s.nik) : null,
    kkMasked: s.kk ? maskKk(s.kk) : null,
    education: s.education,
    phone: s.phone,
    address: s.address,
    aid: s.aid,
    description: s.description,
    reporterName: s.reporterName,
    reporterPhone: s.reporterPhone,
  };
}

/** Each requirement of the service, received or missing; the latest file for an item stands for it. */
function checklistOf(
  items: readonly { name: string }[],
  attachments: CaseParts['attachments'],
): TCaseDetail['checklist'] {
  const documents = attachments.filter((a) => a.kind === 'requirement');
  return items.map((item) => {
    const file = documents.findLast((d) => d.label === item.name);
    return { item: item.name, received: Boolean(file), attachmentId: file?.id ?? null };
  });
}

function assessmentView({ a, by }: CaseParts['assessments'][number]): TCaseDetail['assessments'][number] {
  return {
    at: a.at.toISOString(),
    by,
    content: { ...a.content, photoIds: a.photoIds },
    gps:
      a.latitude === null
        ? null
        : { latitude: a.latitude, longitude: a.longitude, accuracyMetres: a.accuracyMetres },
  };
}

function letterView(l: CaseParts['caseLetters'][number]): TCaseDetail['letters'][number] {
  return {
    id: l.id,
    number: l.number,
    typeLabel: LETTER_TYPE_LABELS[l.type],
    status: l.status,
    issuedAt: l.issuedAt.toISOString(),
  };
}

/** Everything about one case for the officer's page; personal numbers masked (revealing them is audited). */
export async function caseDetail(
  db: Database,
  actor: Actor,
  ticket: string,
  now: Date,
  /** Given when an officer opens the page (not after an action): the opening is audited. */
  audit?: AuditContext,
): Promise<TCaseDetail> {
  const loaded = await loadCase(db, actor, ticket);
  const { row, content } = loaded;
  // The audit row goes beside the page's own reads (the officers' most used page: no extra round trip).
  const [{ calendar }, parts] = await Promise.all([
    officeContext(db, actor.officeSlug),
    readCaseParts(db, actor, row, now),
    audit &&
      recordRead(db, audit, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: row.ticket,
        after: { caseId: row.id },
      }),
  ]);
  const { subjects, events, attachments, assessments, version, referrals, assignee, caseLetters } = parts;
  const s = subjects[0];
  if (!s) throw new Error(`case ${row.ticket} has no subject`);
  return {
    ticket: row.ticket,
    agendaNumber: row.agendaNumber,
    kind: row.kind,
    channel: row.channel as TCaseDetail['channel'],
    channelDetails: row.channelDetails,
    status: row.status,
    confidential: row.confidential,
    service:
      content && row.serviceCode
        ? { code: row.serviceCode, name: content.name, version: version[0]?.version ?? 1 }
        : null,
    ppks: { category: row.ppksCategory, subcategory: row.ppksSubcategory, other: s.ppksOther },
    dtksStatus: row.dtksStatus,
    districtCode: row.districtCode,
    villageCode: row.villageCode,
    person: personView(s),
    openedAt: row.openedAt.toISOString(),
    targetAt: row.targetAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    calendarWarning: row.closedAt
      ? null
      : await deadlineWarning(db, actor.officeId, calendar.timeZone, [
          row.targetAt,
          row.dueAt,
          row.visitDueAt,
        ]),
    sla: slaOf(row, calendar, now),
    pausedAt: row.pausedAt?.toISOString() ?? null,
    missingDocuments: row.missingDocuments,
    visitDueAt: row.visitDueAt?.toISOString() ?? null,
    visitedAt: row.visitedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    outcome: row.outcome,
    deliveredAs: row.deliveredAs,
    assignee,
    currentStep: row.currentStep,
    steps: stepsView(loaded, events, calendar, now),
    checklist: checklistOf(content?.requirementChecklist ?? [], attachments),
    attachments: attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      contentType: a.contentType,
      size: a.size,
    })),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      type: e.type,
      public: e.public,
      message: e.message,
      data: e.data,
      actor: e.actor,
    })),
    assessments: assessments.map(assessmentView),
    referrals,
    letters: caseLetters.map(letterView),
    actions: availableActions(row, actor.role),
  };
}
