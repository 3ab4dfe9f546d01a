import { eq } from 'drizzle-orm';
import { addMonths, monthStart, periodName } from '../../../domain/dashboard/period';
import type { TDashboardQuery } from '../../../domain/dashboard/schemas';
import { monitoringTables } from '../../../domain/monitoring/report-tables';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { letterheadOf } from '../cases/forms';
import { dashboardFigures } from '../dashboard/figures';
import { offices } from '../offices/tables';
import { ikmSummary } from '../survey/ikm-summary';
import { monitoringPdf, monitoringXlsx, type ReportHeading } from './report-files';

export type ReportFormat = 'pdf' | 'xlsx';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The monitoring and evaluation report of a period, as a PDF for the head or an XLSX for analysis,
 * with the dashboard's figures and the IKM per element. Every export is written to the audit log.
 */
export async function monitoringReport(
  deps: { db: Database; now: () => Date },
  actor: Actor,
  query: TDashboardQuery,
  format: ReportFormat,
  audit: AuditContext,
): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const now = deps.now();
  const figures = await dashboardFigures(deps.db, actor.officeId, query, now);
  const { timeZone } = figures.office;
  const [ikm, [office]] = await Promise.all([
    ikmSummary(deps.db, {
      officeId: actor.officeId,
      from: monthStart(figures.period.from, timeZone),
      to: monthStart(addMonths(figures.period.to, 1), timeZone),
      serviceCode: query.serviceCode,
    }),
    deps.db.select().from(offices).where(eq(offices.id, actor.officeId)),
  ]);
  if (!office) throw new Error(`office ${actor.officeId} is missing`);
  const tables = monitoringTables(figures, ikm.overall?.elementAverages ?? null);
  const heading: ReportHeading = {
    letterhead: letterheadOf(office),
    officeName: office.name,
    periodLabel: periodName(figures.period, 'id-ID'),
    generatedAt: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
      now,
    ),
  };
  const bytes =
    format === 'pdf' ? await monitoringPdf(heading, tables) : await monitoringXlsx(heading, tables);
  await recordAudit(deps.db, audit, {
    action: 'report.exported',
    targetType: 'monitoring_report',
    targetId: `${figures.period.from}..${figures.period.to}`,
    after: { format, ...figures.filters },
  });
  const fileName = `monev-${office.slug}-${figures.period.from}-${figures.period.to}.${format}`;
  return { bytes, contentType: CONTENT_TYPES[format], fileName };
}
