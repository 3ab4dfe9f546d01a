import { ROLE_GROUPS, type Role } from '../auth/roles';

/** Heads and coordinators watch the office's figures; the administrator may read them too. */
export const DASHBOARD_ROLES: readonly Role[] = [...ROLE_GROUPS.leaders, ...ROLE_GROUPS.admins];
