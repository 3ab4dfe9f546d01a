import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles';
import { ASSIGNABLE_ROLES } from '../../../domain/cases/permissions';
import { TERMINAL_STATUSES } from '../../../domain/cases/status';
import type { TWorkloadRow } from '../../../domain/cases/views';
import { workloadBoard } from '../../../domain/cases/workload';
import type { TServiceStandardContent } from '../../../domain/catalogue/standard';
import { AppError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { officeContext } from '../../reference/office-context';
import { type AuditContext, recordAudit } from '../audit/service';
import { users } from '../auth/tables';
import { caseSubjects, cases } from '../cases/tables';
import { serviceStandardVersions } from '../catalogue/tables';
import { districtUnits, divisions } from '../offices/tables';
import { loadCase } from './case-record';

/** Who and what a case can be given to, and which partner accounts a referral can go to. */
export async function caseAssignees(db: Database, actor: Actor) {
  const [people, divisionRows, unitRows] = await Promise.all([
    db
      .select({ userId: users.id, name: users.fullName, role: users.role, partnerName: users.partnerName })
      .from(users)
      .where(and(eq(users.officeId, actor.officeId), eq(users.active, true)))
      .orderBy(users.fullName),
    db
      .select({ code: divisions.code, name: divisions.name })
      .from(divisions)
      .where(and(eq(divisions.officeId, actor.officeId), eq(divisions.active, true))),
    db
      .select({ districtCode: districtUnits.districtCode, name: districtUnits.name })
      .from(districtUnits)
      .where(eq(districtUnits.officeId, actor.officeId)),
  ]);
  return {
    officers: people
      .filter((p) => ASSIGNABLE_ROLES.includes(p.role as Role))
      .map(({ userId, name, role }) => ({ userId, name, role })),
    divisions: divisionRows,
    districtUnits: unitRows,
    partners: people
      .filter((p) => p.role === 'partner' && p.partnerName)
      .map((p) => ({ userId: p.userId, partnerName: p.partnerName as string })),
  };
}

/**
 * The coordinator's board (Si-PULAU PANDHA: know whether each officer is overloaded, underloaded or
 * normal): every assignable officer, with their open cases weighed by the remaining steps' time standards.
 */
export async function officeWorkload(db: Database, actor: Actor): Promise<TWorkloadRow[]> {
  const { calendar } = await officeContext(db, actor.officeSlug);
  const [officers, open] = await Promise.all([
    db
      .select({ userId: users.id, name: users.fullName, role: users.role })
      .from(users)
      .where(
        and(
          eq(users.officeId, actor.officeId),
          eq(users.active, true),
          inArray(users.role, [...ASSIGNABLE_ROLES]),
        ),
      ),
    db
      .select({
        caseId: cases.id,
        assignee: cases.assigneeUserId,
        currentStep: cases.currentStep,
        content: serviceStandardVersions.content,
      })
      .from(cases)
      .leftJoin(serviceStandardVersions, eq(serviceStandardVersions.id, cases.standardVersionId))
      .where(and(eq(cases.officeId, actor.officeId), notInArray(cases.status, [...TERMINAL_STATUSES]))),
  ]);
  const byOfficer = new Map(
    officers.map((o) => [
      o.userId,
      [] as { caseId: string; remainingSteps: { timeStandard: string | null }[] }[],
    ]),
  );
  for (const c of open) {
    const list = c.assignee ? byOfficer.get(c.assignee) : undefined;
    const steps = (c.content as TServiceStandardContent | null)?.steps ?? [];
    list?.push({ caseId: c.caseId, remainingSteps: steps.slice(c.currentStep) });
  }
  const board = workloadBoard(
    [...byOfficer].map(([officerId, list]) => ({ officerId, cases: list })),
    { calendar },
  );
  const names = new Map(officers.map((o) => [o.userId, o]));
  return board.map((row) => ({
    userId: row.officerId,
    name: names.get(row.officerId)?.name ?? '',
    role: names.get(row.officerId)?.role ?? '',
    openCases: row.openCases,
    weightMinutes: Math.round(row.weightMinutes),
    capacityMinutes: Math.round(row.capacityMinutes),
    ratio: Number.isFinite(row.ratio) ? Math.round(row.ratio * 100) / 100 : 99,
    level: row.level,
  }));
}

/** The full NIK and KK of a case's person, for an officer who may see the case: every reveal is audited. */
export async function revealIdentity(db: Database, actor: Actor, ticket: string, audit: AuditContext) {
  const { row } = await loadCase(db, actor, ticket);
  const [subject] = await db
    .select({ nik: caseSubjects.nik, kk: caseSubjects.kk })
    .from(caseSubjects)
    .where(eq(caseSubjects.caseId, row.id));
  if (!subject) throw new AppError('CASE_NOT_FOUND');
  await recordAudit(db, audit, {
    action: 'case.identity_revealed',
    targetType: 'case',
    targetId: row.ticket,
    after: { nik: subject.nik !== null, kk: subject.kk !== null },
  });
  return subject;
}
