import { z } from '../zod';
import { parseCompletionTime } from './completion-time';
import {
  CHANNELS,
  SERVICE_KINDS,
  STANDARD_COMPONENTS,
  ZComponents,
  ZRequirementItem,
  ZServiceBranch,
  ZWorkflowStep,
} from './schemas';

/** Structured completion time, as parseCompletionTime returns it. */
const ZDuration = z.object({
  amount: z.number(),
  unit: z.enum(['minute', 'hour', 'working_day', 'day', 'week', 'month']),
});
export const ZCompletionTime = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fixed'),
    target: ZDuration,
    limit: ZDuration,
    text: z.string(),
    note: z.string().nullable(),
  }),
  z.object({ kind: z.literal('flexible'), text: z.string(), note: z.string().nullable() }),
]);

const text = (max: number) => z.string().trim().max(max);

/**
 * What an admin writes when adding or editing a service standard. Every time text must be one the
 * completion-time parser reads, so deadlines can always be computed from it.
 */
export const ZServiceStandardInput = z
  .object({
    name: text(200).min(3, 'Nama layanan minimal 3 karakter'),
    kind: z.enum(SERVICE_KINDS),
    divisionCode: z.string().nullable(),
    channel: z.enum(CHANNELS).nullable(),
    summary: text(500).nullable(),
    components: z.object(
      Object.fromEntries(
        STANDARD_COMPONENTS.map((c) => [c, text(20_000).min(1, 'Komponen ini wajib diisi')]),
      ) as Record<(typeof STANDARD_COMPONENTS)[number], z.ZodString>,
    ),
    requirementChecklist: z
      .array(
        ZRequirementItem.extend({
          name: text(300).min(1, 'Nama dokumen wajib diisi'),
          condition: text(300).nullable(),
        }),
      )
      .max(50),
    steps: z
      .array(
        ZWorkflowStep.extend({
          name: text(300).min(1, 'Nama langkah wajib diisi'),
          actor: text(120).min(1, 'Pelaksana wajib diisi'),
        }),
      )
      .min(1, 'Minimal satu langkah')
      .max(60),
    branches: z.array(ZServiceBranch).max(20),
    toConfirm: z.array(z.enum(STANDARD_COMPONENTS)),
  })
  .superRefine((value, ctx) => {
    const time = parseCompletionTime(value.components.completionTime);
    if (!time.ok)
      ctx.addIssue({ code: 'custom', path: ['components', 'completionTime'], message: time.message });
    value.steps.forEach((step, index) => {
      for (const field of ['timeStandard', 'startWithin'] as const) {
        const stepText = step[field];
        if (!stepText) continue;
        const parsed = parseCompletionTime(stepText);
        if (!parsed.ok)
          ctx.addIssue({ code: 'custom', path: ['steps', index, field], message: parsed.message });
      }
    });
    value.requirementChecklist.forEach((item, index) => {
      if (!item.mandatory && !item.condition)
        ctx.addIssue({
          code: 'custom',
          path: ['requirementChecklist', index, 'condition'],
          message: 'Syarat tidak wajib perlu keterangan kapan dibutuhkan',
        });
    });
  });
export type TServiceStandardInput = z.infer<typeof ZServiceStandardInput>;

export const ZServiceCode = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Kode layanan hanya huruf kecil, angka dan tanda hubung')
  .min(2)
  .max(60);

export const ZServiceStandardCreate = z.object({ code: ZServiceCode, standard: ZServiceStandardInput });

/** A service standard as the API serves it: one version, with its structured completion time. */
export const ZServiceStandard = z.object({
  code: z.string(),
  version: z.number().int(),
  versionCreatedAt: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  name: z.string(),
  kind: z.enum(SERVICE_KINDS),
  divisionCode: z.string().nullable(),
  divisionName: z.string().nullable(),
  channel: z.enum(CHANNELS).nullable(),
  summary: z.string().nullable(),
  components: ZComponents,
  completionTime: ZCompletionTime,
  requirementChecklist: z.array(ZRequirementItem),
  steps: z.array(ZWorkflowStep),
  branches: z.array(ZServiceBranch),
  toConfirm: z.array(z.enum(STANDARD_COMPONENTS)),
  source: z.object({ file: z.string(), lines: z.string() }).nullable(),
});
export type TServiceStandard = z.infer<typeof ZServiceStandard>;

/** The list entry of a service. */
export const ZServiceSummary = ZServiceStandard.pick({
  code: true,
  version: true,
  active: true,
  sortOrder: true,
  name: true,
  kind: true,
  divisionCode: true,
  divisionName: true,
  channel: true,
  summary: true,
  completionTime: true,
}).extend({ fee: z.string(), product: z.string(), toConfirmCount: z.number().int() });
export type TServiceSummary = z.infer<typeof ZServiceSummary>;

export const ZServiceVersionEntry = z.object({
  version: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type TServiceVersionEntry = z.infer<typeof ZServiceVersionEntry>;

/** What a version stores: the admin's input plus where the text came from. */
export type TServiceStandardContent = TServiceStandardInput & {
  source: { file: string; lines: string } | null;
};

/** When a request filed at `from` is due: null times for a standard without a fixed time. */
export const ZServiceDeadline = z.object({
  from: z.string(),
  timeZone: z.string(),
  completionTime: ZCompletionTime,
  targetAt: z.string().nullable(),
  limitAt: z.string().nullable(),
});
export type TServiceDeadline = z.infer<typeof ZServiceDeadline>;

const INPUT_KEYS = [
  'name',
  'kind',
  'divisionCode',
  'channel',
  'summary',
  'components',
  'requirementChecklist',
  'steps',
  'branches',
  'toConfirm',
] as const satisfies readonly (keyof TServiceStandardInput)[];

/** The editable part of a served standard: what an edit sends back. */
export function standardInputOf(standard: TServiceStandard): TServiceStandardInput {
  return Object.fromEntries(INPUT_KEYS.map((key) => [key, standard[key]])) as TServiceStandardInput;
}
