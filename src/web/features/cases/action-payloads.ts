import type { CaseActionType, TCaseActionInput } from '../../../domain/cases/actions';
import { ZCaseAction } from '../../../domain/cases/actions';
import type { TReferralFormValues } from '../../../domain/cases/referral';
import { formPathFor } from '../../api/form-errors';
import type { ActionValues, ActionValuesByType, ReferValues } from './action-values';
import { ASSESSMENT_PATHS, toAssessmentInput } from './assessment-values';

/** Trimmed text, or undefined when blank: the schema reads a missing optional text as "none". */
function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** One document per line; blank lines are dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function referralOf(values: ReferValues): TReferralFormValues {
  const target =
    values.targetKind === 'partner'
      ? {
          kind: 'partner' as const,
          partnerKind: values.partnerKind as Extract<
            TReferralFormValues['target'],
            { kind: 'partner' }
          >['partnerKind'],
          partnerId: values.partnerId === '' ? null : values.partnerId,
        }
      : {
          kind: 'pillar' as const,
          pillarKind: values.pillarKind as Extract<
            TReferralFormValues['target'],
            { kind: 'pillar' }
          >['pillarKind'],
        };
  return {
    target,
    reason: values.reason.trim(),
    fieldsShared: values.fieldsShared,
    consent: consentOf(values),
    dueDays: dueDaysOf(values.dueDays),
  };
}

function consentOf(values: ReferValues): TReferralFormValues['consent'] {
  if (values.consent === 'yes') return { given: true };
  if (values.consent === 'no') return { given: false, overrideReason: values.overrideReason.trim() };
  // Not answered yet: no `given`, so the schema asks for the choice in its own words.
  return {} as TReferralFormValues['consent'];
}

function dueDaysOf(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return undefined;
  // Anything but a whole number is sent as is for the schema to refuse ("bilangan bulat").
  return Number(value.trim().replace(',', '.'));
}

type Builders = {
  [T in CaseActionType]: (values: ActionValuesByType[T], offsetMinutes: number) => TCaseActionInput;
};

const BUILDERS: Builders = {
  verify: (v) => ({ type: 'verify', note: optional(v.note), publicMessage: optional(v.publicMessage) }),
  request_documents: (v) => ({
    type: 'request_documents',
    missing: linesOf(v.missing),
    publicMessage: optional(v.publicMessage),
  }),
  documents_received: (v) => ({ type: 'documents_received', note: optional(v.note) }),
  assess: (v, offsetMinutes) => ({ type: 'assess', assessment: toAssessmentInput(v, offsetMinutes) }),
  approve: (v) => ({ type: 'approve', note: optional(v.note) }),
  refer: (v) => ({ type: 'refer', referral: referralOf(v) }),
  deliver: (v) => ({
    type: 'deliver',
    product: v.product.trim(),
    note: optional(v.note),
    publicMessage: optional(v.publicMessage),
  }),
  close: (v) => ({
    type: 'close',
    outcome: v.outcome as Extract<TCaseActionInput, { type: 'close' }>['outcome'],
    deliveredAs: v.deliveredAs as Extract<TCaseActionInput, { type: 'close' }>['deliveredAs'],
    summary: v.summary.trim(),
    publicMessage: optional(v.publicMessage),
  }),
  reject: (v) => ({ type: 'reject', reason: v.reason.trim() }),
  out_of_scope: (v) => ({ type: 'out_of_scope', reason: v.reason.trim(), referTo: optional(v.referTo) }),
  reopen: (v) => ({ type: 'reopen', reason: v.reason.trim() }),
  note: (v) => ({ type: 'note', text: v.text.trim(), public: v.public }),
  assign: (v) => ({ type: 'assign', to: assignTargetOf(v), reason: optional(v.reason) }),
};

function assignTargetOf(v: ActionValues<'assign'>): Extract<TCaseActionInput, { type: 'assign' }>['to'] {
  if (v.kind === 'division') return { kind: 'division', code: v.code };
  if (v.kind === 'district_unit') return { kind: 'district_unit', districtCode: v.districtCode };
  return { kind: 'officer', userId: v.userId };
}

/**
 * The request body of an action from its form. `offsetMinutes` is the device's UTC offset, for
 * the assessment's visit time typed in local time.
 */
export function toActionPayload<T extends CaseActionType>(
  type: T,
  values: ActionValues<T>,
  offsetMinutes = 0,
): TCaseActionInput {
  return (BUILDERS[type] as (values: ActionValues<T>, offsetMinutes: number) => TCaseActionInput)(
    values,
    offsetMinutes,
  );
}

/** Server paths that differ from the form's, longest first (a prefix also covers its sub-paths). */
const PATH_REWRITES: Partial<Record<CaseActionType, readonly (readonly [string, string])[]>> = {
  assess: ASSESSMENT_PATHS,
  assign: [
    ['to.userId', 'userId'],
    ['to.code', 'code'],
    ['to.districtCode', 'districtCode'],
    ['to', 'kind'],
  ],
  refer: [
    ['referral.target.partnerKind', 'partnerKind'],
    ['referral.target.partnerId', 'partnerId'],
    ['referral.target.pillarKind', 'pillarKind'],
    ['referral.target', 'targetKind'],
    ['referral.consent.overrideReason', 'overrideReason'],
    ['referral.consent', 'consent'],
    ['referral.fieldsShared', 'fieldsShared'],
    ['referral.', ''],
  ],
};

/** Where the form keeps what the request body calls `field` (`to.userId` → `userId`). */
export function rewriteActionField(type: CaseActionType, field: string): string {
  for (const [prefix, replacement] of PATH_REWRITES[type] ?? []) {
    if (prefix.endsWith('.')) {
      if (field.startsWith(prefix)) return `${replacement}${field.slice(prefix.length)}`;
    } else if (field === prefix || field.startsWith(`${prefix}.`)) return replacement;
  }
  return field;
}

/** The form path that shows a message about `field` of the request body, or null when none does. */
export function formPathOfActionField(type: CaseActionType, values: object, field: string): string | null {
  return formPathFor(values, rewriteActionField(type, field));
}

/**
 * The schema's own checks (the server's rules and Indonesian messages) run on the body this form
 * would send; each message lands on the input that shows it, the first message per input.
 */
export function validateActionValues<T extends CaseActionType>(
  type: T,
  values: ActionValues<T>,
  offsetMinutes = 0,
): Record<string, string> {
  const parsed = ZCaseAction.safeParse(toActionPayload(type, values, offsetMinutes));
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = formPathOfActionField(type, values, issue.path.join('.'));
    if (path !== null) errors[path] ??= issue.message;
  }
  return errors;
}
