import { and, eq, sql } from 'drizzle-orm';
import type { CaseAssignee, CaseState, CaseStep } from '../../../domain/cases/workflow';
import type { TServiceStandardContent } from '../../../domain/catalogue/standard';
import { AppError } from '../../../domain/errors/app-error';
import { normalizeTicket } from '../../../domain/intake/ticket';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { cases } from '../cases/tables';
import { serviceStandardVersions } from '../catalogue/tables';
import { maySee } from './visibility';

export type CaseRow = typeof cases.$inferSelect;

// The visibility policy lives in ./visibility.ts; re-exported for the modules that read it from here.
export { maySee, SEES_CONFIDENTIAL } from './visibility';

/** The steps of the standard version the case was opened under (a general complaint has none). */
export function stepsOf(content: TServiceStandardContent | null): CaseStep[] {
  return (content?.steps ?? []).map((step) => ({
    name: step.name,
    kind: step.kind,
    role: step.role,
    timeStandard: step.timeStandard,
    startWithin: step.startWithin ?? null,
  }));
}

function assigneeOf(row: CaseRow): CaseAssignee {
  if (row.assigneeUserId) return { kind: 'officer', userId: row.assigneeUserId };
  if (row.assignedDistrictCode) return { kind: 'district_unit', districtCode: row.assignedDistrictCode };
  if (row.assignedDivision) return { kind: 'division', code: row.assignedDivision };
  return null;
}

/** The case as the workflow rules see it. */
export function stateOf(row: CaseRow, steps: CaseStep[]): CaseState {
  return {
    kind: row.kind,
    status: row.status,
    currentStep: row.currentStep,
    steps,
    assignee: assigneeOf(row),
    lastOfficerId: row.lastOfficerId,
    closedAt: row.closedAt,
    outcome:
      row.outcome && row.deliveredAs
        ? { outcome: row.outcome as never, deliveredAs: row.deliveredAs as never }
        : null,
    pausedAt: row.pausedAt,
    statusBeforePause: row.statusBeforePause,
    missingDocuments: row.missingDocuments,
  };
}

/** The columns that hold a workflow state. */
export function columnsOf(state: CaseState): Partial<CaseRow> {
  const a = state.assignee;
  return {
    status: state.status,
    currentStep: state.currentStep,
    assigneeUserId: a?.kind === 'officer' ? a.userId : null,
    assignedDivision: a?.kind === 'division' ? a.code : null,
    assignedDistrictCode: a?.kind === 'district_unit' ? a.districtCode : null,
    lastOfficerId: state.lastOfficerId,
    closedAt: state.closedAt,
    outcome: state.outcome?.outcome ?? null,
    deliveredAs: state.outcome?.deliveredAs ?? null,
    pausedAt: state.pausedAt,
    statusBeforePause: state.statusBeforePause,
    missingDocuments: [...state.missingDocuments],
  };
}

export interface LoadedCase {
  row: CaseRow;
  content: TServiceStandardContent | null;
  steps: CaseStep[];
}

/**
 * A case of the actor's office by ticket, with its standard version; locked for update when `lock`
 * (two officers acting at once take turns). Not found and not allowed answer the same 404.
 */
export async function loadCase(
  db: Database,
  actor: Actor,
  rawTicket: string,
  options: { lock?: boolean } = {},
): Promise<LoadedCase> {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('CASE_NOT_FOUND');
  const query = db
    .select({ row: cases, content: serviceStandardVersions.content })
    .from(cases)
    .leftJoin(serviceStandardVersions, eq(serviceStandardVersions.id, cases.standardVersionId))
    .where(and(eq(cases.ticket, ticket), eq(cases.officeId, actor.officeId)));
  const [found] = options.lock ? await query.for('update', { of: cases }) : await query;
  if (!found || !maySee(actor, found.row)) throw new AppError('CASE_NOT_FOUND');
  return { row: found.row, content: found.content, steps: stepsOf(found.content) };
}

/** Rows of a raw query, whichever driver answered. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export const nowSql = (now: Date) => sql`${now.toISOString()}::timestamptz`;
