import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import type { TTrackingView } from '../../../domain/intake/report';
import { normalizeTicket } from '../../../domain/intake/ticket';
import type { Database } from '../../db/client';
import { serviceStandardVersions } from '../catalogue/tables';
import { offices } from '../offices/tables';
import { caseEvents, cases } from './tables';

/** What anyone holding the ticket may see: progress and dates, nothing about the person. */
export async function trackCase(db: Database, rawTicket: string): Promise<TTrackingView> {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('CASE_NOT_FOUND');
  const [row] = await db
    .select({
      id: cases.id,
      ticket: cases.ticket,
      kind: cases.kind,
      channel: cases.channel,
      status: cases.status,
      currentStep: cases.currentStep,
      serviceCode: cases.serviceCode,
      openedAt: cases.openedAt,
      dueAt: cases.dueAt,
      officeSlug: offices.slug,
      officeName: offices.shortName,
      content: serviceStandardVersions.content,
    })
    .from(cases)
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .leftJoin(serviceStandardVersions, eq(serviceStandardVersions.id, cases.standardVersionId))
    .where(eq(cases.ticket, ticket));
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const events = await db
    .select({ at: caseEvents.at, message: caseEvents.message })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, row.id), eq(caseEvents.public, true)))
    .orderBy(asc(caseEvents.at));
  return {
    ticket: row.ticket,
    office: { slug: row.officeSlug, name: row.officeName },
    service: row.content && row.serviceCode ? { code: row.serviceCode, name: row.content.name } : null,
    kind: row.kind,
    channel: row.channel as TTrackingView['channel'],
    status: row.status,
    currentStep: row.content?.steps[row.currentStep]?.name ?? null,
    openedAt: row.openedAt.toISOString(),
    dueAt: row.dueAt?.toISOString() ?? null,
    timeline: events.map((e) => ({ at: e.at.toISOString(), message: e.message ?? '' })),
  };
}
