import { and, asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import {
  computeIkm,
  type IkmResult,
  SKM_ELEMENTS,
  type SkmElement,
  type SkmTotals,
} from '../../../domain/survey/ikm';
import type { Database } from '../../db/client';
import { serviceStandards, serviceStandardVersions } from '../catalogue/tables';
import { offices } from '../offices/tables';
import { surveyResponses } from './tables';

export type IkmSummaryQuery = {
  officeId: string;
  /** Answers submitted at or after this instant. */
  from?: Date;
  /** Answers submitted before this instant (exclusive). */
  to?: Date;
  serviceCode?: string;
};

export type IkmSummary = {
  overall: IkmResult | null;
  byService: { serviceCode: string | null; serviceName: string | null; result: IkmResult }[];
  /** Months in the office's time zone, oldest first. */
  byMonth: { month: string; result: IkmResult }[];
};

const SCORE_COLUMNS = {
  requirements: surveyResponses.scoreRequirements,
  procedure: surveyResponses.scoreProcedure,
  time: surveyResponses.scoreTime,
  cost: surveyResponses.scoreCost,
  product: surveyResponses.scoreProduct,
  competence: surveyResponses.scoreCompetence,
  behaviour: surveyResponses.scoreBehaviour,
  complaints: surveyResponses.scoreComplaints,
  facilities: surveyResponses.scoreFacilities,
} as const satisfies Record<SkmElement, unknown>;

/** One SQL sum per element plus the count: everything computeIkm needs, whatever the grouping. */
const sums = {
  respondents: sql<number>`count(*)::int`,
  ...(Object.fromEntries(
    SKM_ELEMENTS.map((e) => [e, sql<number>`coalesce(sum(${SCORE_COLUMNS[e]}), 0)::int`]),
  ) as Record<SkmElement, SQL<number>>),
};

type SumsRow = { respondents: number } & Record<SkmElement, number>;

function toTotals(row: SumsRow): SkmTotals {
  const scores = Object.fromEntries(SKM_ELEMENTS.map((e) => [e, Number(row[e])])) as Record<
    SkmElement,
    number
  >;
  return { respondents: Number(row.respondents), sums: scores };
}

/**
 * The IKM (PermenPAN-RB 14/2017) of an office's survey answers over a period, overall, per service
 * and per month (in the office's time zone). Sums come from SQL; the formula is the domain's.
 */
export async function ikmSummary(db: Database, query: IkmSummaryQuery): Promise<IkmSummary> {
  const where = and(
    eq(surveyResponses.officeId, query.officeId),
    query.from ? gte(surveyResponses.submittedAt, query.from) : undefined,
    query.to ? lt(surveyResponses.submittedAt, query.to) : undefined,
    query.serviceCode !== undefined ? eq(surveyResponses.serviceCode, query.serviceCode) : undefined,
  );
  const [overallRows, serviceRows, monthRows] = await Promise.all([
    db.select(sums).from(surveyResponses).where(where),
    db
      .select({ serviceCode: surveyResponses.serviceCode, ...sums })
      .from(surveyResponses)
      .where(where)
      .groupBy(surveyResponses.serviceCode)
      .orderBy(asc(surveyResponses.serviceCode)),
    monthlySums(db, query.officeId, where),
  ]);
  const names = await serviceNames(db, query.officeId);
  const byService = serviceRows.flatMap((row) => {
    const result = computeIkm(toTotals(row));
    if (!result) return [];
    const serviceName = row.serviceCode ? (names.get(row.serviceCode) ?? null) : null;
    return [{ serviceCode: row.serviceCode, serviceName, result }];
  });
  const byMonth = monthRows.flatMap((row) => {
    const result = computeIkm(toTotals(row));
    return result ? [{ month: row.month, result }] : [];
  });
  const overall = overallRows[0] ? computeIkm(toTotals(overallRows[0])) : null;
  return { overall, byService, byMonth };
}

function monthlySums(db: Database, officeId: string, where: SQL | undefined) {
  const timeZone = db.select({ tz: offices.timeZone }).from(offices).where(eq(offices.id, officeId));
  const month = sql<string>`to_char(${surveyResponses.submittedAt} at time zone (${timeZone}), 'YYYY-MM')`;
  return (
    db
      .select({ month, ...sums })
      .from(surveyResponses)
      .where(where)
      // By position: the month expression carries parameters, so repeating it would not match.
      .groupBy(sql`1`)
      .orderBy(sql`1`)
  );
}

/** The current name of each of the office's services, active or not (old answers keep their service). */
async function serviceNames(db: Database, officeId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ code: serviceStandards.code, name: serviceStandardVersions.name })
    .from(serviceStandards)
    .innerJoin(
      serviceStandardVersions,
      and(
        eq(serviceStandardVersions.standardId, serviceStandards.id),
        eq(serviceStandardVersions.version, serviceStandards.currentVersion),
      ),
    )
    .where(eq(serviceStandards.officeId, officeId));
  return new Map(rows.map((r) => [r.code, r.name]));
}
