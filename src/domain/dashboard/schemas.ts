import { ZWorkloadRow } from '../cases/views';
import { CHANNELS } from '../catalogue/constants';
import { CASE_STATUSES } from '../intake/report';
import { z } from '../zod';
import { PERFORMANCE_INDICATORS } from './indicators';
import { MONTH_PATTERN } from './period';

const ZMonth = z.string().regex(MONTH_PATTERN, 'Bulan harus berbentuk TTTT-BB');

/** The dashboard's filters; the office always comes from the session, never from here. */
export const ZDashboardQuery = z.object({
  from: ZMonth.optional(),
  to: ZMonth.optional(),
  serviceCode: z.string().max(60).optional(),
  channel: z.enum(CHANNELS).optional(),
  districtCode: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan tidak valid')
    .optional(),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

const ZOnTime = z.object({
  onTime: z.number().int(),
  late: z.number().int(),
  /** Closed cases of a standard without a fixed time: not in the rate. */
  noDue: z.number().int(),
  rate: z.number().nullable(),
});
export type TOnTime = z.infer<typeof ZOnTime>;

/** Working minutes (office hours), from histograms: median and 90th percentile within 9%. */
const ZTimes = z.object({
  count: z.number().int(),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
});
export type TTimes = z.infer<typeof ZTimes>;

const ZStatusCount = z.object({ status: z.enum(CASE_STATUSES), cases: z.number().int() });

const ZIkm = z.object({
  index: z.number(),
  grade: z.string(),
  label: z.string(),
  respondents: z.number().int(),
});
export type TIkm = z.infer<typeof ZIkm>;

const ZServiceIkm = ZIkm.extend({ serviceCode: z.string().nullable(), serviceName: z.string().nullable() });

export const ZDashboardFigures = z.object({
  office: z.object({ slug: z.string(), name: z.string(), timeZone: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  filters: z.object({
    serviceCode: z.string().nullable(),
    channel: z.string().nullable(),
    districtCode: z.string().nullable(),
  }),
  /** When the rollups were last brought up to date, and how many case changes wait for the next run. */
  asOf: z.object({
    generatedAt: z.string(),
    refreshedAt: z.string().nullable(),
    pendingChanges: z.number().int(),
  }),
  /** Cases opened in the period (the cohort every "received" figure counts). */
  totals: z.object({
    received: z.number().int(),
    open: z.number().int(),
    closed: z.number().int(),
    /** Rejected or "bukan kewenangan". */
    declined: z.number().int(),
    onTime: ZOnTime,
    times: ZTimes,
  }),
  byMonth: z.array(
    z.object({ month: z.string(), received: z.number().int(), closed: z.number().int(), onTime: ZOnTime }),
  ),
  byStatus: z.array(ZStatusCount),
  byChannel: z.array(z.object({ channel: z.string(), cases: z.number().int() })),
  byCategory: z.array(z.object({ category: z.string(), name: z.string(), cases: z.number().int() })),
  byDistrict: z.array(
    z.object({
      districtCode: z.string(),
      districtName: z.string(),
      received: z.number().int(),
      onTime: ZOnTime,
    }),
  ),
  byService: z.array(
    z.object({
      serviceCode: z.string(),
      serviceName: z.string(),
      kind: z.string(),
      completionTime: z.string().nullable(),
      received: z.number().int(),
      open: z.number().int(),
      closed: z.number().int(),
      onTime: ZOnTime,
      times: ZTimes,
    }),
  ),
  /** Time per step of each service's standard; channel and district filters do not apply here. */
  steps: z.array(
    z.object({
      serviceCode: z.string(),
      serviceName: z.string(),
      steps: z.array(
        z.object({
          index: z.number().int(),
          name: z.string(),
          timeStandard: z.string().nullable(),
          times: ZTimes,
        }),
      ),
    }),
  ),
  /** Open cases now, whenever they were opened (the period does not apply). */
  backlog: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    unassigned: z.number().int(),
    byStatus: z.array(ZStatusCount),
    byService: z.array(
      z.object({
        serviceCode: z.string(),
        serviceName: z.string(),
        open: z.number().int(),
        overdue: z.number().int(),
      }),
    ),
  }),
  /** Each officer's open cases now (service filter only). */
  workload: z.array(ZWorkloadRow),
  /** Referrals of the period's cases per body; their answer and report times follow the period only. */
  referrals: z.array(
    z.object({
      targetKind: z.string(),
      bodyKind: z.string(),
      /** The kind of body in words ("Rumah sakit jiwa", "TKSK"). */
      bodyKindLabel: z.string(),
      bodyName: z.string().nullable(),
      total: z.number().int(),
      pending: z.number().int(),
      accepted: z.number().int(),
      declined: z.number().int(),
      done: z.number().int(),
      response: ZTimes,
      completion: ZTimes,
    }),
  ),
  indicators: z.array(
    z.object({
      code: z.enum(PERFORMANCE_INDICATORS),
      name: z.string(),
      basis: z.string(),
      received: z.number().int(),
      open: z.number().int(),
      closed: z.number().int(),
      onTime: ZOnTime,
    }),
  ),
  ikm: z.object({ overall: ZIkm.nullable(), byService: z.array(ZServiceIkm) }),
});
export type TDashboardFigures = z.infer<typeof ZDashboardFigures>;

/** A public count: null when it is hidden (1 to 4 cases, or one that would reveal such a count). */
const ZPublicCount = z.number().int().nullable();

const ZPublicCounts = z.object({
  received: ZPublicCount,
  closed: ZPublicCount,
  inProgress: ZPublicCount,
  declined: ZPublicCount,
  /** Share closed within the standard's time, of at least 5 such cases; null otherwise. */
  onTimeRate: z.number().nullable(),
});

export const TRANSPARENCY_PERIODS = ['this_year', 'last_12_months'] as const;

export const ZTransparency = z.object({
  office: z.object({ slug: z.string(), name: z.string(), timeZone: z.string() }),
  generatedAt: z.string(),
  minimumCount: z.number().int(),
  periods: z.array(
    z.object({
      key: z.enum(TRANSPARENCY_PERIODS),
      from: z.string(),
      to: z.string(),
      totals: ZPublicCounts,
      services: z.array(
        ZPublicCounts.extend({
          serviceCode: z.string(),
          serviceName: z.string(),
          kind: z.string(),
          completionTime: z.string().nullable(),
        }),
      ),
      /** The satisfaction index, only when at least 5 people answered. */
      ikm: ZIkm.nullable(),
      ikmByService: z.array(ZServiceIkm),
    }),
  ),
});
export type TTransparency = z.infer<typeof ZTransparency>;
