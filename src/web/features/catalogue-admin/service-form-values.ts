import { schemaResolver, type UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { STANDARD_COMPONENTS, type StandardComponent } from '../../../domain/catalogue/schemas';
import {
  type TServiceStandard,
  type TServiceStandardInput,
  ZServiceStandardCreate,
  ZServiceStandardInput,
} from '../../../domain/catalogue/standard';

type StepInput = TServiceStandardInput['steps'][number];
export type StepRole = StepInput['role'];
export type StepKind = StepInput['kind'];
export type ServiceKind = TServiceStandardInput['kind'];
export type Channel = NonNullable<TServiceStandardInput['channel']>;

/** Rows carry a `key` so React keeps each row's inputs when rows move; the API never sees it. */
export interface ChecklistRow {
  key: string;
  name: string;
  mandatory: boolean;
  condition: string;
}

export interface StepRow {
  key: string;
  name: string;
  actor: string;
  role: StepRole;
  kind: StepKind;
  timeStandard: string;
  startWithin: string;
  /** Not edited here; kept so a save does not drop what the SOP table gave. */
  equipment: string | null;
  output: string | null;
}

export interface BranchRow {
  key: string;
  code: string;
  name: string;
  description: string;
  /** One product per line. */
  products: string;
}

/** The editor's values: the API's input, with texts where the API has nulls and keyed rows. */
export interface ServiceFormValues {
  code: string;
  name: string;
  kind: ServiceKind;
  divisionCode: string | null;
  channel: Channel | null;
  summary: string;
  components: Record<StandardComponent, string>;
  requirementChecklist: ChecklistRow[];
  steps: StepRow[];
  branches: BranchRow[];
  toConfirm: StandardComponent[];
}

export type ServiceForm = UseFormReturnType<ServiceFormValues>;

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

export function emptyChecklistRow(): ChecklistRow {
  return { key: randomId(), name: '', mandatory: true, condition: '' };
}

export function emptyStepRow(): StepRow {
  return {
    key: randomId(),
    name: '',
    actor: '',
    role: 'service_officer',
    kind: 'verification',
    timeStandard: '',
    startWithin: '',
    equipment: null,
    output: null,
  };
}

export function emptyBranchRow(): BranchRow {
  return { key: randomId(), code: '', name: '', description: '', products: '' };
}

/** A blank service: one step to start from, every component empty. */
export function emptyServiceValues(): ServiceFormValues {
  const components = Object.fromEntries(STANDARD_COMPONENTS.map((c) => [c, ''])) as Record<
    StandardComponent,
    string
  >;
  return {
    code: '',
    name: '',
    kind: 'service',
    divisionCode: null,
    channel: null,
    summary: '',
    components,
    requirementChecklist: [],
    steps: [{ ...emptyStepRow(), kind: 'intake', role: 'front_office' }],
    branches: [],
    toConfirm: [],
  };
}

/** The editor's values for a stored version. */
export function serviceValuesOf(standard: TServiceStandard): ServiceFormValues {
  return {
    code: standard.code,
    name: standard.name,
    kind: standard.kind,
    divisionCode: standard.divisionCode,
    channel: standard.channel,
    summary: standard.summary ?? '',
    components: { ...standard.components },
    requirementChecklist: standard.requirementChecklist.map((item) => ({
      key: randomId(),
      name: item.name,
      mandatory: item.mandatory,
      condition: item.condition ?? '',
    })),
    steps: standard.steps.map((step) => ({
      key: randomId(),
      name: step.name,
      actor: step.actor,
      role: step.role,
      kind: step.kind,
      timeStandard: step.timeStandard ?? '',
      startWithin: step.startWithin ?? '',
      equipment: step.equipment ?? null,
      output: step.output ?? null,
    })),
    branches: standard.branches.map((branch) => ({
      key: randomId(),
      code: branch.code,
      name: branch.name,
      description: branch.description,
      products: branch.products.join('\n'),
    })),
    toConfirm: [...standard.toConfirm],
  };
}

/** What the API takes. Row order and indices stay as on screen, so error paths point at the right row. */
export function toStandardInput(values: ServiceFormValues): TServiceStandardInput {
  return {
    name: values.name,
    kind: values.kind,
    divisionCode: values.divisionCode,
    channel: values.channel,
    summary: textOrNull(values.summary),
    components: { ...values.components },
    requirementChecklist: values.requirementChecklist.map((row) => ({
      name: row.name,
      mandatory: row.mandatory,
      condition: row.mandatory ? null : textOrNull(row.condition),
    })),
    steps: values.steps.map((row) => ({
      name: row.name,
      actor: row.actor,
      role: row.role,
      kind: row.kind,
      timeStandard: textOrNull(row.timeStandard),
      startWithin: textOrNull(row.startWithin),
      equipment: row.equipment,
      output: row.output,
    })),
    branches: values.branches.map((row) => ({
      code: row.code.trim(),
      name: row.name.trim(),
      description: row.description.trim(),
      products: row.products
        .split('\n')
        .map((product) => product.trim())
        .filter((product) => product.length > 0),
    })),
    toConfirm: values.toConfirm,
  };
}

const validateInput = schemaResolver(ZServiceStandardInput, { sync: true });
const validateCode = schemaResolver(ZServiceStandardCreate.pick({ code: true }), { sync: true });

/** The same checks as the server, before anything is sent; a new service also needs a good code. */
export function validateServiceValues(values: ServiceFormValues, isNew: boolean) {
  return {
    ...validateInput(toStandardInput(values)),
    ...(isNew ? validateCode({ code: values.code.trim() }) : {}),
  };
}

/** A create answers about `standard.name`; the form calls it `name`. */
export function formPathOfCreateField(field: string): string {
  return field.startsWith('standard.') ? field.slice('standard.'.length) : field;
}
