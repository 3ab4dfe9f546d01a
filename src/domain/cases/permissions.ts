import { ROLES, type Role } from '../auth/roles';
import { CASE_ACTION_TYPES, type CaseActionType } from './actions';

const EVERY_ACTION: readonly CaseActionType[] = CASE_ACTION_TYPES;
const DESK: readonly CaseActionType[] = [
  'verify',
  'request_documents',
  'documents_received',
  'note',
  'deliver',
];

/**
 * Who may take which case action (role codes of src/domain/auth/roles.ts):
 *
 * | role                            | actions                                                          |
 * | ------------------------------- | ---------------------------------------------------------------- |
 * | admin                           | none: administrators configure the office, never handle cases    |
 * | front_office, complaint_officer | verify, request_documents, documents_received, note, deliver     |
 * | service_officer                 | the same, plus assess and refer (see below)                      |
 * | social_worker                   | assess, note, request_documents, documents_received, refer, deliver |
 * | coordinator, kabid              | every action, incl. assign, approve, close, reject, out_of_scope, reopen |
 * | kadis                           | approve, note, reopen                                            |
 * | district_operator               | verify, note, assess                                             |
 * | partner                         | none: partners act on referrals only (referral.ts)               |
 *
 * Beyond the issue's table, from the seed standards' own step roles: the service officer assesses and
 * refers in Si-PULAU PANDHA ("Petugas pelayanan mengasesmen PPKS", "Mengarahkan kelayan"), and Dumai's
 * social workers hand over the product (alat bantu, SK adopsi) and take the documents they asked for.
 * The citizen's dispute of a closure is not a staff action (workflow.ts `disputeClosure`).
 */
export const CASE_ACTION_ROLES: Record<Role, readonly CaseActionType[]> = {
  admin: [],
  kadis: ['approve', 'note', 'reopen'],
  kabid: EVERY_ACTION,
  coordinator: EVERY_ACTION,
  front_office: DESK,
  complaint_officer: DESK,
  service_officer: [...DESK, 'assess', 'refer'],
  social_worker: ['assess', 'note', 'request_documents', 'documents_received', 'refer', 'deliver'],
  district_operator: ['verify', 'note', 'assess'],
  partner: [],
};

export function canAct(role: Role, action: CaseActionType): boolean {
  return CASE_ACTION_ROLES[role].includes(action);
}

/**
 * Roles whose actions make them the case's "last officer", to whom a disputed closure returns.
 * Leaders approve, close and reassign, but the case goes back to whoever did the work.
 */
export const HANDLING_ROLES: readonly Role[] = [
  'front_office',
  'complaint_officer',
  'service_officer',
  'social_worker',
  'district_operator',
];

/** Office staff who read and act on cases: everyone but the administrator (who configures) and partners. */
export const CASE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'admin' && role !== 'partner');

/** Who may hold a case: the officers who work on it, and the Kabid (the Kadis delegates, never holds). */
export const ASSIGNABLE_ROLES: readonly Role[] = CASE_ROLES.filter((role) => role !== 'kadis');
