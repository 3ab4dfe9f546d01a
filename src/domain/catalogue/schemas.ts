import { z } from '../zod';
import {
  CHANNELS,
  SERVICE_KINDS,
  STANDARD_COMPONENTS,
  STEP_KINDS,
  STEP_ROLES,
  type StandardComponent,
} from './constants';

export {
  CHANNELS,
  SERVICE_KINDS,
  STANDARD_COMPONENTS,
  STEP_KINDS,
  STEP_ROLES,
  type StandardComponent,
} from './constants';

export const ZRequirementItem = z.object({
  name: z.string().min(1),
  mandatory: z.boolean(),
  /** When the item is conditional: in which case it is needed, as the document says. */
  condition: z.string().nullable(),
});

export const ZWorkflowStep = z.object({
  name: z.string().min(1),
  /** The implementer as the document names it (e.g. "Petugas Front Office", "Kabid"). */
  actor: z.string().min(1),
  role: z.enum(STEP_ROLES),
  /** Time standard as the document writes it ("3 menit", "1 Hari kerja", "menyesuaikan"); null when none. */
  timeStandard: z.string().nullable(),
  kind: z.enum(STEP_KINDS),
  /**
   * How soon the step must start after the previous one, where the document sets it apart from the
   * step's own duration (Si-PULAU PANDHA: the team visits "paling lambat 1 hari" after the report).
   */
  startWithin: z.string().nullable().default(null),
  /** Equipment / inputs and output of the step, where the SOP table gives them. */
  equipment: z.string().nullable().optional(),
  output: z.string().nullable().optional(),
});

export const ZComponents = z.object(
  Object.fromEntries(STANDARD_COMPONENTS.map((c) => [c, z.string()])) as Record<
    StandardComponent,
    z.ZodString
  >,
);

/** One branch of a service whose product depends on a decision (Pekanbaru: KIS, KIP, PBI-JKN). */
export const ZServiceBranch = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  products: z.array(z.string()),
});

/** One service standard as it is written in seed/catalogue/<office>.json. */
export const ZServiceStandardSeed = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(SERVICE_KINDS),
  divisionCode: z.string().nullable(),
  /** The intake channel this standard describes, for channel-specific SOPs (Si-PULAU PANDHA). */
  channel: z.enum(CHANNELS).nullable().default(null),
  summary: z.string().nullable().default(null),
  components: ZComponents,
  requirementChecklist: z.array(ZRequirementItem),
  steps: z.array(ZWorkflowStep).min(1),
  branches: z.array(ZServiceBranch).default([]),
  /** Components filled from another office's standard, to be confirmed by this office. */
  toConfirm: z.array(z.enum(STANDARD_COMPONENTS)).default([]),
  source: z.object({ file: z.string(), lines: z.string() }),
});
export type TServiceStandardSeed = z.infer<typeof ZServiceStandardSeed>;

export const ZCatalogueSeed = z.object({
  office: z.string(),
  services: z.array(ZServiceStandardSeed),
  /** Follow-up outcomes the office names (Si-PULAU PANDHA: terminasi / rujukan / reunifikasi, as jasa / administrasi / barang). */
  outcomes: z
    .array(z.object({ code: z.string(), name: z.string(), description: z.string().nullable() }))
    .default([]),
  notes: z.string().nullable().default(null),
});
export type TCatalogueSeed = z.infer<typeof ZCatalogueSeed>;
