import { CASE_STATUSES } from '../intake/report';
import { z } from '../zod';
import { MERGE_WARNINGS } from './merge';

// The PPKS register's and the map's API contract, shared by the server (validation, OpenAPI) and the
// web. Lists carry masked numbers only; a full NIK goes in a POST body, never in a URL.

const districtCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan tidak valid');
const isoDate = z.iso.date('Tanggal tidak valid');

/** The register search: words of the name, an exact NIK (hashed on the server), district, category. */
export const ZRegisterSearch = z.object({
  q: z.string().trim().max(80).optional(),
  nik: z
    .string()
    .transform((v) => v.replace(/[\s.-]/g, ''))
    .refine((v) => v === '' || /^\d{16}$/.test(v), 'NIK harus 16 angka')
    .optional(),
  districtCode: districtCode.optional(),
  category: z.string().max(60).optional(),
  /** The cursor of the next page, as the previous page gave it. */
  after: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type TRegisterSearch = z.infer<typeof ZRegisterSearch>;
export type TRegisterSearchInput = z.input<typeof ZRegisterSearch>;

export const ZRegisterListItem = z.object({
  id: z.string(),
  /** Masked when the person's latest case is of a confidential category. */
  fullName: z.string(),
  nikMasked: z.string().nullable(),
  birthDate: z.string().nullable(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  /** Null when the latest category is confidential and the reader may not see such cases. */
  latestCategory: z.string().nullable(),
  latestSubcategory: z.string().nullable(),
  caseCount: z.number().int(),
  lastCaseAt: z.string(),
});
export type TRegisterListItem = z.infer<typeof ZRegisterListItem>;

export const ZRegisterPage = z.object({
  items: z.array(ZRegisterListItem),
  next: z.string().nullable(),
});
export type TRegisterPage = z.infer<typeof ZRegisterPage>;

const ZPhoto = z.object({ ticket: z.string(), attachmentId: z.string(), kind: z.string(), at: z.string() });

const ZPersonCase = z.object({
  ticket: z.string(),
  serviceCode: z.string().nullable(),
  serviceName: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  category: z.string(),
  subcategory: z.string().nullable(),
  confidential: z.boolean(),
  channel: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
});

export const ZPersonDetail = z.object({
  id: z.string(),
  fullName: z.string(),
  nikMasked: z.string().nullable(),
  kkMasked: z.string().nullable(),
  /** The case whose NIK and KK the reveal shows (through the case's own audited reveal). */
  identityTicket: z.string().nullable(),
  birthPlace: z.string().nullable(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  latestCategory: z.string(),
  latestSubcategory: z.string().nullable(),
  firstCaseAt: z.string(),
  lastCaseAt: z.string(),
  /** Cases of the person the reader may not open (another district, confidential). */
  hiddenCases: z.number().int(),
  photos: z.array(ZPhoto),
  timeline: z.array(
    z.object({
      category: z.string(),
      subcategory: z.string().nullable(),
      from: z.string(),
      to: z.string(),
      tickets: z.array(z.string()),
    }),
  ),
  cases: z.array(ZPersonCase),
  aid: z.object({
    reported: z.array(
      z.object({
        kind: z.string(),
        pbiScheme: z.string().nullable(),
        other: z.string().nullable(),
        firstReportedAt: z.string(),
        lastReportedAt: z.string(),
        ticket: z.string(),
      }),
    ),
    referrals: z.array(
      z.object({
        ticket: z.string(),
        bodyKind: z.string(),
        bodyName: z.string().nullable(),
        completedAt: z.string(),
        report: z.string().nullable(),
      }),
    ),
    letters: z.array(
      z.object({ ticket: z.string(), type: z.string(), number: z.string(), signedAt: z.string() }),
    ),
  }),
  /** Whether the reader may merge other records into this one. */
  mayMerge: z.boolean(),
});
export type TPersonDetail = z.infer<typeof ZPersonDetail>;

/** Records that may be the same person, for the merge dialog. */
export const ZDuplicateCandidate = ZRegisterListItem.extend({
  similarity: z.number(),
  warnings: z.array(z.enum(MERGE_WARNINGS)),
});
export type TDuplicateCandidate = z.infer<typeof ZDuplicateCandidate>;

export const ZMergeInput = z.object({
  sourceId: z.uuid('Pilih data yang akan digabung'),
  reason: z.string().trim().min(5, 'Tulis alasan penggabungan, minimal 5 huruf').max(500),
});
export type TMergeInput = z.infer<typeof ZMergeInput>;

export const ZMergeResult = z.object({ id: z.string(), movedCases: z.number().int() });

/** The map's filters: a period of opening dates and a category. */
export const ZMapQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  category: z.string().max(60).optional(),
});
export type TMapQuery = z.infer<typeof ZMapQuery>;

export const ZMapPoint = z.object({
  latitude: z.number(),
  longitude: z.number(),
  /** False when rounded to about a kilometre because the reader may not open the case. */
  precise: z.boolean(),
  source: z.enum(['outreach', 'assessment']),
  /** Null for a confidential case the reader may not open. */
  category: z.string().nullable(),
  subcategory: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  districtCode: z.string(),
  /** Only for a reader who may open the case. */
  ticket: z.string().nullable(),
  name: z.string().nullable(),
});
export type TMapPoint = z.infer<typeof ZMapPoint>;

const counts = { cases: z.number().int(), persons: z.number().int() };

export const ZMapView = z.object({
  /** The tile server (MAP_TILE_URL); null: the map draws points and totals without a background. */
  tiles: z.object({ url: z.string(), attribution: z.string() }).nullable(),
  /** The district a district operator is limited to. */
  districtCode: z.string().nullable(),
  points: z.array(ZMapPoint),
  /** More points matched than a map can draw; the newest are shown, the totals count them all. */
  pointsTruncated: z.boolean(),
  totals: z.object(counts),
  areas: z.array(
    z.object({
      districtCode: z.string(),
      districtName: z.string().nullable(),
      /** The middle of the district's GPS points, where its total is drawn; null without points. */
      centre: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
      ...counts,
      villages: z.array(z.object({ villageCode: z.string(), villageName: z.string().nullable(), ...counts })),
    }),
  ),
  categories: z.array(
    z.object({
      category: z.string(),
      ...counts,
      subcategories: z.array(z.object({ subcategory: z.string(), ...counts })),
    }),
  ),
  statuses: z.array(z.object({ status: z.enum(CASE_STATUSES), cases: z.number().int() })),
});
export type TMapView = z.infer<typeof ZMapView>;
