import { and, eq } from 'drizzle-orm';
import { addMonths, fromLocal } from '../../../domain/calendar/zoned-time';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { normalizeTicket } from '../../../domain/intake/ticket';
import { surveyOffered } from '../../../domain/survey/offer';
import type {
  TFrontDeskSurvey,
  TFrontDeskSurveyRecorded,
  TIkmReport,
  TIkmReportQuery,
  TSkmScores,
  TSurveyAnswer,
} from '../../../domain/survey/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { loadCase } from '../case-handling/case-record';
import { checkReporterPhone } from '../case-handling/dispute';
import { caseSubjects, cases } from '../cases/tables';
import { serviceStandards } from '../catalogue/tables';
import { ikmSummary } from './ikm-summary';
import { surveyResponses } from './tables';

type NewResponse = typeof surveyResponses.$inferInsert;

interface Answer {
  scores: TSkmScores;
  comment?: string | null;
  respondent?: Record<string, string | undefined>;
}

/** The row's columns for an answer: one per element, the profile without its empty parts. */
function answerColumns(answer: Answer) {
  const { scores } = answer;
  return {
    scoreRequirements: scores.requirements,
    scoreProcedure: scores.procedure,
    scoreTime: scores.time,
    scoreCost: scores.cost,
    scoreProduct: scores.product,
    scoreCompetence: scores.competence,
    scoreBehaviour: scores.behaviour,
    scoreComplaints: scores.complaints,
    scoreFacilities: scores.facilities,
    comment: answer.comment ?? null,
    respondent: Object.fromEntries(
      Object.entries(answer.respondent ?? {}).filter((entry): entry is [string, string] => !!entry[1]),
    ),
  };
}

/** Inserts an answer; the unique index on the case makes a second one for the same case a 409. */
async function insertAnswer(tx: Database, values: NewResponse): Promise<{ id: string; submittedAt: Date }> {
  const [row] = await tx
    .insert(surveyResponses)
    .values(values)
    .onConflictDoNothing({ target: surveyResponses.caseId })
    .returning({ id: surveyResponses.id, submittedAt: surveyResponses.submittedAt });
  if (!row) throw new AppError('SURVEY_ALREADY_ANSWERED');
  return row;
}

/**
 * The reporter's answer from the tracking page: once the case has ended (closed or rejected), with
 * the phone they reported with, one answer per case.
 */
export async function answerFromTracking(
  deps: { db: Database; now: () => Date },
  rawTicket: string,
  input: TSurveyAnswer,
  audit: AuditContext,
): Promise<void> {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('CASE_NOT_FOUND');
  await deps.db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        id: cases.id,
        officeId: cases.officeId,
        status: cases.status,
        serviceCode: cases.serviceCode,
        phone: caseSubjects.reporterPhone,
      })
      .from(cases)
      .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
      .where(eq(cases.ticket, ticket));
    if (!found) throw new AppError('CASE_NOT_FOUND');
    if (!surveyOffered(found.status)) throw new AppError('SURVEY_NOT_OPEN');
    checkReporterPhone(input.phone, found.phone);
    const source = input.via === 'notice_link' ? 'notice_link' : 'tracking';
    const saved = await insertAnswer(tx, {
      officeId: found.officeId,
      caseId: found.id,
      serviceCode: found.serviceCode,
      source,
      ...answerColumns(input),
      submittedAt: deps.now(),
    });
    await recordAudit(tx, audit, {
      action: 'survey.answered',
      targetType: 'survey_response',
      targetId: saved.id,
      officeId: found.officeId,
      after: { ticket, source },
    });
  });
}

/** The case and service a front-desk answer is for: the case's own service when a ticket is given. */
async function frontDeskSubject(db: Database, actor: Actor, input: TFrontDeskSurvey) {
  const serviceCode = input.serviceCode || null;
  if (input.ticket) {
    const { row } = await loadCase(db, actor, input.ticket);
    if (!surveyOffered(row.status)) throw new AppError('SURVEY_NOT_OPEN');
    if (serviceCode && serviceCode !== row.serviceCode)
      throw validationError({ serviceCode: 'Layanan tidak sama dengan layanan pada tiket ini' });
    return { caseId: row.id, ticket: row.ticket, serviceCode: row.serviceCode };
  }
  if (serviceCode) {
    const [service] = await db
      .select({ code: serviceStandards.code })
      .from(serviceStandards)
      .where(and(eq(serviceStandards.officeId, actor.officeId), eq(serviceStandards.code, serviceCode)));
    if (!service) throw validationError({ serviceCode: 'Layanan tidak ada di katalog kantor ini' });
  }
  return { caseId: null, ticket: null, serviceCode };
}

/**
 * A paper or tablet answer entered by a front-desk officer: for a ticket the officer may see (once
 * the case has ended, one answer per case), for a service of the office, or general.
 */
export async function recordAtFrontDesk(
  deps: { db: Database; now: () => Date },
  actor: Actor,
  input: TFrontDeskSurvey,
  audit: AuditContext,
): Promise<TFrontDeskSurveyRecorded> {
  return deps.db.transaction(async (tx) => {
    const subject = await frontDeskSubject(tx, actor, input);
    const saved = await insertAnswer(tx, {
      officeId: actor.officeId,
      caseId: subject.caseId,
      serviceCode: subject.serviceCode,
      source: 'front_desk',
      ...answerColumns(input),
      submittedAt: deps.now(),
      recordedBy: actor.userId,
    });
    await recordAudit(tx, audit, {
      action: 'survey.recorded',
      targetType: 'survey_response',
      targetId: saved.id,
      after: { ticket: subject.ticket, serviceCode: subject.serviceCode, source: 'front_desk' },
    });
    return {
      id: saved.id,
      ticket: subject.ticket,
      serviceCode: subject.serviceCode,
      submittedAt: saved.submittedAt.toISOString(),
    };
  });
}

/** The IKM of the actor's office over whole months in its time zone, overall, per service and month. */
export async function ikmReport(db: Database, actor: Actor, query: TIkmReportQuery): Promise<TIkmReport> {
  const timeZone = actor.officeTimeZone;
  const from = fromLocal(`${query.from}-01`, 0, timeZone);
  const to = fromLocal(addMonths(`${query.to}-01`, 1), 0, timeZone);
  const summary = await ikmSummary(db, {
    officeId: actor.officeId,
    from,
    to,
    ...(query.serviceCode ? { serviceCode: query.serviceCode } : {}),
  });
  return { from: from.toISOString(), to: to.toISOString(), ...summary };
}
