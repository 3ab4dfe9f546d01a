import type { CaseActionType, TAssignTarget } from '../../../domain/cases/actions';
import type { CaseOutcome, DeliveryForm } from '../../../domain/cases/outcomes';
import type { PartnerKind, PillarKind, ShareableField } from '../../../domain/cases/referral';
import { type AssessmentValues, EMPTY_ASSESSMENT_VALUES } from './assessment-values';

// What each action's form holds, every input as typed ('' for empty), and its starting values.

export interface VerifyValues {
  note: string;
  publicMessage: string;
}
export interface RequestDocumentsValues {
  /** One document per line. */
  missing: string;
  publicMessage: string;
}
export interface NoteOnlyValues {
  note: string;
}
export interface DeliverValues {
  product: string;
  note: string;
  publicMessage: string;
}
export interface CloseValues {
  outcome: CaseOutcome | '';
  deliveredAs: DeliveryForm | '';
  summary: string;
  publicMessage: string;
}
export interface ReasonValues {
  reason: string;
}
export interface OutOfScopeValues {
  reason: string;
  referTo: string;
}
export interface NoteValues {
  text: string;
  public: boolean;
}
export interface AssignValues {
  kind: TAssignTarget['kind'];
  userId: string;
  code: string;
  districtCode: string;
  reason: string;
}
export interface ReferValues {
  targetKind: 'partner' | 'pillar';
  partnerKind: PartnerKind | '';
  /** A registered partner account, or '' for the kind only. */
  partnerId: string;
  pillarKind: PillarKind | '';
  reason: string;
  fieldsShared: ShareableField[];
  /** 'yes' when the person agreed to share, 'no' when sharing without consent (with a reason). */
  consent: 'yes' | 'no' | '';
  overrideReason: string;
  dueDays: number | string;
}

/** Every action's form values, by action type. */
export interface ActionValuesByType {
  verify: VerifyValues;
  request_documents: RequestDocumentsValues;
  documents_received: NoteOnlyValues;
  assess: AssessmentValues;
  approve: NoteOnlyValues;
  refer: ReferValues;
  deliver: DeliverValues;
  close: CloseValues;
  reject: ReasonValues;
  out_of_scope: OutOfScopeValues;
  reopen: ReasonValues;
  note: NoteValues;
  assign: AssignValues;
}
export type ActionValues<T extends CaseActionType> = ActionValuesByType[T];

export const EMPTY_REFER_VALUES: ReferValues = {
  targetKind: 'partner',
  partnerKind: '',
  partnerId: '',
  pillarKind: '',
  reason: '',
  fieldsShared: ['name', 'address', 'condition'],
  consent: '',
  overrideReason: '',
  dueDays: 7,
};

export const EMPTY_ASSIGN_VALUES: AssignValues = {
  kind: 'officer',
  userId: '',
  code: '',
  districtCode: '',
  reason: '',
};

/** Each form's starting values. */
export const EMPTY_ACTION_VALUES: ActionValuesByType = {
  verify: { note: '', publicMessage: '' },
  request_documents: { missing: '', publicMessage: '' },
  documents_received: { note: '' },
  assess: EMPTY_ASSESSMENT_VALUES,
  approve: { note: '' },
  refer: EMPTY_REFER_VALUES,
  deliver: { product: '', note: '', publicMessage: '' },
  close: { outcome: '', deliveredAs: '', summary: '', publicMessage: '' },
  reject: { reason: '' },
  out_of_scope: { reason: '', referTo: '' },
  reopen: { reason: '' },
  note: { text: '', public: false },
  assign: EMPTY_ASSIGN_VALUES,
};
