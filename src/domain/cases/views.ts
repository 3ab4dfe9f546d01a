import { CHANNELS } from '../catalogue/constants';
import { CASE_STATUSES } from '../intake/report';
import { z } from '../zod';
import { CASE_ACTION_TYPES } from './actions';
import { REFERRAL_STATUSES } from './referral';
import { SLA_STATES } from './sla';
import { WORKLOAD_LEVELS } from './workload';

// What the staff pages read of cases: the inbox, the case page, the coordinator's board and the
// partner's list. Shared by the server (responses, OpenAPI) and the web.

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/**
 * The inbox's filters that name nobody, as query parameters: a filtered inbox stays a link an officer
 * can keep. The words searched (a ticket or a name) and the NIK are never among them: POST bodies.
 */
export const ZCaseListQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  /** Only open cases (every status but closed, rejected, out of scope). */
  open: flag,
  serviceCode: z.string().max(60).optional(),
  channel: z.enum(CHANNELS).optional(),
  ppksCategory: z.string().max(60).optional(),
  districtCode: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan tidak valid')
    .optional(),
  /** An officer's id, or `me`, or `none` for cases nobody holds yet. */
  assignee: z.string().max(40).optional(),
  due: z.enum(['soon', 'overdue']).optional(),
  /** The cursor of the next page, as the previous page gave it. */
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** The inbox searched (POST /cases/search): the same filters and cursor, and the words, in the body. */
export const ZCaseSearch = ZCaseListQuery.extend({
  open: z.boolean().optional(),
  /** A ticket, or words of the person's name. */
  q: z.string().trim().max(80).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
/** What the inbox's query takes: the filters, maybe the words searched. */
export type TCaseListQuery = z.infer<typeof ZCaseSearch>;
export type TCaseSearchInput = z.input<typeof ZCaseSearch>;

/** Search by full NIK: sent in a POST body so it never sits in a URL or an access log. */
export const ZCaseNikSearch = z.object({
  nik: z.string().regex(/^\d{16}$/, 'NIK harus 16 angka'),
});

export const ZCaseListItem = z.object({
  ticket: z.string(),
  agendaNumber: z.string().nullable(),
  serviceCode: z.string().nullable(),
  serviceName: z.string().nullable(),
  kind: z.enum(['service', 'complaint']),
  channel: z.enum(CHANNELS),
  status: z.enum(CASE_STATUSES),
  confidential: z.boolean(),
  ppksCategory: z.string(),
  districtCode: z.string(),
  /** The person's name and NIK masked: enough to recognise, not to copy. */
  personName: z.string(),
  nikMasked: z.string().nullable(),
  assignee: z.object({ userId: z.string(), name: z.string() }).nullable(),
  openedAt: z.string(),
  dueAt: z.string().nullable(),
  sla: z.enum(SLA_STATES).nullable(),
});
export type TCaseListItem = z.infer<typeof ZCaseListItem>;

export const ZCaseListPage = z.object({
  items: z.array(ZCaseListItem),
  /** Pass as `after` for the next page; null on the last page. */
  next: z.string().nullable(),
});

const ZEventView = z.object({
  at: z.string(),
  type: z.string(),
  public: z.boolean(),
  message: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  actor: z.string().nullable(),
});

const ZStepView = z.object({
  index: z.number(),
  name: z.string(),
  kind: z.string(),
  actor: z.string(),
  timeStandard: z.string().nullable(),
  state: z.enum(['done', 'current', 'ahead']),
  startedAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  /** Working minutes the step took (done steps) or has taken so far (the current one). */
  minutesTaken: z.number().nullable(),
  dueAt: z.string().nullable(),
});

export const ZReferralView = z.object({
  id: z.string(),
  ticket: z.string(),
  targetKind: z.enum(['partner', 'pillar']),
  bodyKind: z.string(),
  bodyLabel: z.string(),
  bodyName: z.string().nullable(),
  districtCode: z.string().nullable(),
  reason: z.string(),
  fieldsShared: z.array(z.string()),
  consent: z.object({ given: z.boolean(), overrideReason: z.string().nullable().optional() }),
  status: z.enum(REFERRAL_STATUSES),
  sentAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  respondedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  report: z.string().nullable(),
  /** Only the fields the referral shares (partners); everything for the office's own staff. */
  person: z.record(z.string(), z.string().nullable()).nullable(),
  /** The latest assessment (condition, needs, family, follow-up) when shared, and when it was made. */
  assessment: z.record(z.string(), z.unknown()).nullable(),
  /** The person's photos when shared: GET /referrals/{id}/photos/{photoId}. */
  photoIds: z.array(z.string()),
});
export type TReferralView = z.infer<typeof ZReferralView>;

export const ZCaseDetail = z.object({
  ticket: z.string(),
  agendaNumber: z.string().nullable(),
  kind: z.enum(['service', 'complaint']),
  channel: z.enum(CHANNELS),
  channelDetails: z.record(z.string(), z.unknown()),
  status: z.enum(CASE_STATUSES),
  confidential: z.boolean(),
  service: z.object({ code: z.string(), name: z.string(), version: z.number() }).nullable(),
  ppks: z.object({ category: z.string(), subcategory: z.string().nullable(), other: z.string().nullable() }),
  dtksStatus: z.string(),
  districtCode: z.string(),
  villageCode: z.string(),
  person: z.object({
    fullName: z.string(),
    birthPlace: z.string().nullable(),
    birthDate: z.string().nullable(),
    /** Masked; the full NIK is revealed on request, and the reveal is audited. */
    nikMasked: z.string().nullable(),
    kkMasked: z.string().nullable(),
    education: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    aid: z.unknown(),
    description: z.string(),
    reporterName: z.string(),
    reporterPhone: z.string(),
  }),
  openedAt: z.string(),
  targetAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  /** Set when a deadline falls in a year the office's holiday calendar does not cover (it may be off). */
  calendarWarning: z.string().nullable(),
  sla: z.enum(SLA_STATES).nullable(),
  pausedAt: z.string().nullable(),
  missingDocuments: z.array(z.string()),
  visitDueAt: z.string().nullable(),
  visitedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  deliveredAs: z.string().nullable(),
  assignee: z
    .object({ kind: z.enum(['officer', 'division', 'district_unit']), id: z.string(), name: z.string() })
    .nullable(),
  currentStep: z.number(),
  steps: z.array(ZStepView),
  checklist: z.array(
    z.object({ item: z.string(), received: z.boolean(), attachmentId: z.string().nullable() }),
  ),
  attachments: z.array(
    z.object({ id: z.string(), kind: z.string(), contentType: z.string(), size: z.number() }),
  ),
  timeline: z.array(ZEventView),
  assessments: z.array(
    z.object({
      at: z.string(),
      by: z.string().nullable(),
      content: z.record(z.string(), z.unknown()),
      gps: z.unknown(),
    }),
  ),
  referrals: z.array(ZReferralView),
  /** Letters issued for the case (recommendations), newest first; each opens on the letters page. */
  letters: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      typeLabel: z.string(),
      status: z.string(),
      issuedAt: z.string(),
    }),
  ),
  /** What the signed-in officer may do now (the page offers only these). */
  actions: z.array(z.enum(CASE_ACTION_TYPES)),
});
export type TCaseDetail = z.infer<typeof ZCaseDetail>;

export const ZWorkloadRow = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.string(),
  openCases: z.number(),
  weightMinutes: z.number(),
  capacityMinutes: z.number(),
  ratio: z.number(),
  level: z.enum(WORKLOAD_LEVELS),
});
export type TWorkloadRow = z.infer<typeof ZWorkloadRow>;

/** The reporter's dispute of a closure, from the tracking page: the ticket and the phone they gave. */
export const ZDispute = z.object({
  phone: z.string().trim().min(8, 'Tulis nomor HP yang dipakai saat melapor').max(20),
  reason: z.string().trim().min(10, 'Tulis alasan keberatan, minimal 10 huruf').max(1000),
});
