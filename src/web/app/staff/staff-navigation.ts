import {
  type Icon,
  IconAddressBook,
  IconArrowsShuffle,
  IconBell,
  IconBook,
  IconBuildingCommunity,
  IconCertificate,
  IconChartBar,
  IconDatabaseImport,
  IconFilePlus,
  IconHistory,
  IconHome,
  IconInbox,
  IconKey,
  IconListDetails,
  IconMap2,
  IconMoodSmile,
  IconPresentationAnalytics,
  IconReportAnalytics,
  IconSearch,
  IconSend,
  IconSettings,
  IconShieldLock,
  IconTemplate,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { ROLE_GROUPS, type Role } from '../../../domain/auth/roles';
import type { TSessionUser } from '../../../domain/auth/schemas';
import { DASHBOARD_ROLES } from '../../../domain/dashboard/roles';
import { MAP_ROLES, REGISTER_ROLES } from '../../../domain/ppks-register/roles';

export type StaffPageKey =
  | 'home'
  | 'notifications'
  | 'dashboard'
  | 'intake'
  | 'cases'
  | 'workload'
  | 'referrals'
  | 'registryCheck'
  | 'letters'
  | 'letterTemplates'
  | 'register'
  | 'ppksMap'
  | 'registryProposals'
  | 'registryImport'
  | 'surveyDesk'
  | 'ikm'
  | 'guestBook'
  | 'outbox'
  | 'catalogue'
  | 'users'
  | 'audit'
  | 'privacy'
  | 'districtUnits'
  | 'settings'
  | 'password';

export interface StaffNavItem {
  key: StaffPageKey;
  path: string;
  /** Who sees the link; the server still decides what each role may call. */
  roles: readonly Role[];
  icon: Icon;
}

/** Everyone who takes in reports, at the desk or in the field: the server's INTAKE_ROLES. */
export const INTAKE_ROLES: readonly Role[] = [
  'admin',
  'coordinator',
  'front_office',
  'complaint_officer',
  'service_officer',
  'social_worker',
  'district_operator',
];

/** The front desk and everyone who takes in reports (the server serves the guest book to the intake roles). */
export const GUEST_BOOK_ROLES: readonly Role[] = INTAKE_ROLES;

/**
 * Office staff who handle cases: the domain's CASE_ROLES (cases/permissions.ts), listed here so the
 * staff shell does not load the schema library that module brings.
 */
export const CASE_ROLES: readonly Role[] = ROLE_GROUPS.officeStaff.filter((role) => role !== 'admin');

/** Those who watch every officer's load and reassign (the server's workload board). */
export const WORKLOAD_ROLES: readonly Role[] = ['coordinator', 'kabid', 'kadis'];

/** Partners, who answer referrals, and the coordinators and heads who follow them up. */
export const REFERRAL_ROLES: readonly Role[] = ['partner', 'coordinator', 'kabid'];

/** The desk and its supervisor, who enter paper or tablet survey answers (the server's FRONT_DESK). */
export const SURVEY_DESK_ROLES: readonly Role[] = [
  'coordinator',
  'front_office',
  'complaint_officer',
  'service_officer',
];

/** Who reads the satisfaction index: the leaders and the administrator (the server's IKM_READERS). */
export const IKM_ROLES: readonly Role[] = [...ROLE_GROUPS.leaders, ...ROLE_GROUPS.admins];

/** Those who answer for the notices reaching reporters. */
export const OUTBOX_ROLES: readonly Role[] = ['admin', 'coordinator', 'complaint_officer', 'kadis'];

/** Heads, coordinators and the administrator read the office's figures (the server's list). */
export { DASHBOARD_ROLES };

export const STAFF_NAV_ITEMS: readonly StaffNavItem[] = [
  { key: 'home', path: '/staff', roles: ROLE_GROUPS.everyone, icon: IconHome },
  // Every account has its own alerts (the bell in the header opens the same page).
  { key: 'notifications', path: '/staff/notifications', roles: ROLE_GROUPS.everyone, icon: IconBell },
  { key: 'dashboard', path: '/staff/dashboard', roles: DASHBOARD_ROLES, icon: IconPresentationAnalytics },
  { key: 'cases', path: '/staff/cases', roles: CASE_ROLES, icon: IconInbox },
  { key: 'intake', path: '/staff/intake', roles: INTAKE_ROLES, icon: IconFilePlus },
  { key: 'workload', path: '/staff/workload', roles: WORKLOAD_ROLES, icon: IconChartBar },
  { key: 'referrals', path: '/staff/referrals', roles: REFERRAL_ROLES, icon: IconArrowsShuffle },
  // The registry check and its letters go with the cases; the registry is loaded by the administrator.
  { key: 'registryCheck', path: '/staff/registry-check', roles: CASE_ROLES, icon: IconSearch },
  { key: 'letters', path: '/staff/letters', roles: CASE_ROLES, icon: IconCertificate },
  // The administrator writes the templates; the heads who sign may read them.
  {
    key: 'letterTemplates',
    path: '/staff/letters/templates',
    roles: ['admin', 'kadis', 'kabid'],
    icon: IconTemplate,
  },
  // The PPKS register holds personal data (case staff); the map's figures are for every office role.
  { key: 'register', path: '/staff/register', roles: REGISTER_ROLES, icon: IconAddressBook },
  { key: 'ppksMap', path: '/staff/ppks-map', roles: MAP_ROLES, icon: IconMap2 },
  { key: 'registryProposals', path: '/staff/registry-proposals', roles: CASE_ROLES, icon: IconUserPlus },
  { key: 'guestBook', path: '/staff/guest-book', roles: GUEST_BOOK_ROLES, icon: IconBook },
  { key: 'outbox', path: '/staff/outbox', roles: OUTBOX_ROLES, icon: IconSend },
  { key: 'surveyDesk', path: '/staff/survey-desk', roles: SURVEY_DESK_ROLES, icon: IconMoodSmile },
  { key: 'ikm', path: '/staff/ikm', roles: IKM_ROLES, icon: IconReportAnalytics },
  { key: 'catalogue', path: '/staff/catalogue', roles: ROLE_GROUPS.officeStaff, icon: IconListDetails },
  { key: 'users', path: '/staff/users', roles: ROLE_GROUPS.admins, icon: IconUsers },
  { key: 'audit', path: '/staff/audit', roles: ROLE_GROUPS.auditors, icon: IconHistory },
  { key: 'privacy', path: '/staff/privacy', roles: ROLE_GROUPS.auditors, icon: IconShieldLock },
  {
    key: 'registryImport',
    path: '/staff/registry-import',
    roles: ROLE_GROUPS.admins,
    icon: IconDatabaseImport,
  },
  {
    key: 'districtUnits',
    path: '/staff/district-units',
    roles: ROLE_GROUPS.officeStaff,
    icon: IconBuildingCommunity,
  },
  // Admins change the office's configuration; the head of office may read it.
  { key: 'settings', path: '/staff/settings', roles: ROLE_GROUPS.auditors, icon: IconSettings },
  { key: 'password', path: '/staff/password', roles: ROLE_GROUPS.everyone, icon: IconKey },
];

/** The pages a user may open now: only the password page while a change is pending. */
export function navItemsFor(user: TSessionUser): StaffNavItem[] {
  if (user.mustChangePassword) return STAFF_NAV_ITEMS.filter((item) => item.key === 'password');
  return STAFF_NAV_ITEMS.filter((item) => item.roles.includes(user.role));
}
