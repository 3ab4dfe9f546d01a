import type { Role } from '../auth/roles';
import { PILLAR_KINDS, type PillarKind } from './referral';

/**
 * Who may see a case (architecture rule 12), as one pure decision that the server's row check and
 * its SQL predicate (src/server/modules/case-handling/visibility.ts) both follow:
 *
 * | reader                        | cases they may open                                              |
 * | ----------------------------- | ---------------------------------------------------------------- |
 * | admin                         | none: administrators configure the office, never read cases      |
 * | partner                       | none: only the referrals made to their own body (below)          |
 * | kadis, kabid, coordinator,    | every case of their office, confidential ones included           |
 * | social_worker                 |                                                                  |
 * | district_operator             | their district's; a confidential one only if theirs (below)      |
 * | front_office, complaint_,     | their office's; a confidential one only if they hold it, last    |
 * | service_officer               | worked on it or took it in                                       |
 */

/** Who sees every case of the office (a district operator's district), confidential ones included. */
export const SEES_CONFIDENTIAL_ROLES: readonly Role[] = ['kadis', 'kabid', 'coordinator', 'social_worker'];

/** Who never opens a case as office staff: the administrator, and partners (who see referrals). */
export const NEVER_OPENS_CASES: readonly Role[] = ['admin', 'partner'];

/** The reader, as the server-side session gives it. */
export interface CaseReader {
  role: Role;
  userId: string;
  officeId: string;
  /** A district operator's kecamatan. */
  districtCode: string | null;
}

/** What of a case decides who may see it. */
export interface CaseScope {
  officeId: string;
  districtCode: string;
  confidential: boolean;
  assigneeUserId: string | null;
  lastOfficerId: string | null;
  createdBy: string | null;
}

export function seesConfidential(role: Role): boolean {
  return SEES_CONFIDENTIAL_ROLES.includes(role);
}

export function opensCases(role: Role): boolean {
  return !NEVER_OPENS_CASES.includes(role);
}

/** Whether the reader may see the case (its page, files, forms, letters, its ticket in any list). */
export function maySeeCase(reader: CaseReader, c: CaseScope): boolean {
  if (!opensCases(reader.role) || c.officeId !== reader.officeId) return false;
  if (reader.role === 'district_operator' && (!reader.districtCode || c.districtCode !== reader.districtCode))
    return false;
  if (!c.confidential || seesConfidential(reader.role)) return true;
  return [c.assigneeUserId, c.lastOfficerId, c.createdBy].includes(reader.userId);
}

/** A partner account's body, as its account row says (never what a request says). */
export interface PartnerBody {
  /** `users.partner_name`: the body referrals to a named partner carry in `body_name`. */
  name: string | null;
  /** The kecamatan of a social pillar. */
  districtCode: string | null;
}

/** Where a referral went. */
export interface ReferralTarget {
  targetKind: 'partner' | 'pillar';
  bodyKind: string;
  bodyName: string | null;
  districtCode: string | null;
}

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Each pillar kind as an account's name may say it: the code, the long name, the acronym. */
const PILLAR_NAMES: readonly { code: PillarKind; names: string[] }[] = PILLAR_KINDS.map((kind) => {
  const acronym = /\(([^)]+)\)/.exec(kind.label)?.[1];
  const long = kind.label.replace(/\([^)]*\)/g, '');
  return {
    code: kind.code,
    names: [kind.code.replaceAll('_', ' '), long, acronym].filter(Boolean).map((n) => words(n as string)),
  };
});

/**
 * The social pillar a partner account stands for, read from its name as the administrator set it
 * ("TKSK Kecamatan Dumai Barat", "PSM Bukit Kapur", "Karang Taruna …"). A name that names no pillar,
 * or more than one, stands for none: such an account sees no pillar referral rather than all of them.
 */
export function pillarKindOf(partnerName: string | null): PillarKind | null {
  if (!partnerName) return null;
  const name = words(partnerName);
  const found = PILLAR_NAMES.filter((kind) => kind.names.some((n) => name.includes(n)));
  return found.length === 1 ? (found[0]?.code ?? null) : null;
}

/**
 * Whether a referral was made to this body: a partner agency by its name (the account the officer
 * picked); a social pillar by its kind AND its kecamatan (the case's area).
 */
export function isReferralToBody(body: PartnerBody, referral: ReferralTarget): boolean {
  if (referral.targetKind === 'partner') return Boolean(body.name) && referral.bodyName === body.name;
  if (referral.bodyName !== null && referral.bodyName !== body.name) return false;
  const kind = pillarKindOf(body.name);
  return (
    kind !== null &&
    referral.bodyKind === kind &&
    body.districtCode !== null &&
    referral.districtCode === body.districtCode
  );
}
