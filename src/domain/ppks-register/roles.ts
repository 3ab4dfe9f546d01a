import { ROLE_GROUPS, type Role } from '../auth/roles';

// Who may use the register and the map. No zod here: the staff navigation imports these lists.

/** The register holds personal data: the staff who handle cases (the cases' CASE_ROLES). */
export const REGISTER_ROLES: readonly Role[] = ROLE_GROUPS.officeStaff.filter((role) => role !== 'admin');

/**
 * Merging two records moves cases between people: the leaders who may reassign and close any case.
 * Not the administrator, who configures the office and never reads cases.
 */
export const MERGE_ROLES: readonly Role[] = ['coordinator', 'kabid'];

/**
 * The map and its tables are figures: every office staff member, the administrator included. Names,
 * tickets and exact points only for a case the reader may open.
 */
export const MAP_ROLES: readonly Role[] = ROLE_GROUPS.officeStaff;
