import { casesEn } from '../features/cases/messages';
import { catalogueAdminEn } from '../features/catalogue-admin/messages';
import { dashboardEn } from '../features/dashboard/messages';
import { guestBookEn } from '../features/guest-book/messages';
import { lettersEn } from '../features/letters/messages';
import { monitoringEn } from '../features/monitoring/messages';
import { officeSettingsEn } from '../features/office-settings/messages';
import { outboxEn } from '../features/outbox/messages';
import { ppksMapEn } from '../features/ppks-map/messages';
import { ppksRegisterEn } from '../features/ppks-register/messages';
import { privacyEn } from '../features/privacy/messages';
import { registryEn } from '../features/registry/messages';
import { staffIntakeEn } from '../features/staff-intake/messages';
import { staffNotificationsEn } from '../features/staff-notifications/messages';
import { surveyEn } from '../features/survey/messages';
import { skmEn } from '../features/survey/skm-messages';
import { contactMessagesEn } from '../features/users/contact-messages';
import type { StaffMessages } from './id';

/** English for the staff pages. */
export const enStaff: StaffMessages = {
  users: {
    title: 'Users',
    intro: 'Staff accounts of {{office}}.',
    add: 'Add user',
    search: 'Search users',
    count: 'Users: {{count}}',
    empty: 'No user matches.',
    you: 'You',
    locked: 'Locked',
    lockedUntil: 'until {{time}}',
    lockedForReset: 'Only an administrator can open it',
    slowedDown: 'Held for now',
    unlock: 'Unlock',
    unlockTitle: 'Unlock {{username}}',
    unlockConfirm:
      "{{name}}'s account was locked or held after repeated failed sign-ins. Once unlocked, they sign in with their own password. If someone else may know it, choose Reset password instead.",
    unlocked: 'Account {{username}} unlocked.',
    never: 'Never',
    columns: {
      username: 'Username',
      fullName: 'Full name',
      role: 'Role',
      district: 'District',
      status: 'Status',
      lastLogin: 'Last sign-in',
      actions: 'Actions',
    },
    edit: 'Edit details',
    deactivate: 'Deactivate',
    activate: 'Activate',
    resetPassword: 'Reset password',
    createTitle: 'Add user',
    editTitle: 'Edit user {{username}}',
    resetTitle: 'Reset the password of {{username}}',
    toggleTitle: 'Change the status of {{username}}',
    fields: {
      username: 'Username',
      fullName: 'Full name',
      role: 'Role',
      district: 'District',
      partnerName: 'Partner / social pillar name',
      password: 'Temporary password',
    },
    districtRequired: 'A district operator needs a district',
    districtPlaceholder: 'Choose a district',
    rolePlaceholder: 'Choose a role',
    usernameHint: 'Lower-case letters, digits, dot, underscore or dash.',
    temporaryPasswordHint: 'Give it to the user; they must change it at first sign-in.',
    generatePassword: 'Generate a random password',
    resetNotice:
      'The user is signed out everywhere, the account is unlocked, and they must change the password at sign-in.',
    deactivateConfirm: '{{name}} is signed out at once and cannot sign in until activated again.',
    activateConfirm: '{{name}} can sign in again with their password.',
    created: 'User {{username}} created.',
    saved: 'Changes to {{username}} saved.',
    passwordReset: 'Password of {{username}} reset.',
    deactivated: '{{username}} deactivated.',
    activated: '{{username}} activated.',
  },
  audit: {
    title: 'Audit Log',
    intro: 'A record of every change to the data of {{office}}, newest first.',
    filtersHeading: 'Filter entries',
    action: 'Action',
    actionHint: 'Start of the action code, e.g. user. or auth.login',
    actor: 'Actor (username)',
    actorHint: 'The full username, e.g. dumai.admin',
    targetType: 'Data type',
    targetTypeHint: 'E.g. user or district_unit',
    from: 'From date',
    to: 'To date',
    apply: 'Apply',
    reset: 'Clear filters',
    count: 'Entries: {{count}}',
    empty: 'No entry matches.',
    withheld: 'About a report you may not open: its data and details are hidden.',
    columns: {
      at: 'Time',
      actor: 'Actor',
      action: 'Action',
      target: 'Data',
      ip: 'IP address',
      details: 'Details',
    },
    system: 'System',
    showDetails: 'Show details',
    hideDetails: 'Hide details',
    changes: 'What changed',
    before: 'Before',
    after: 'After',
    noValue: '(none)',
    pagination: 'Audit log pages',
    page: 'Page {{page}}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    firstPage: 'First page',
    lastPage: 'Last page',
  },
  districtUnits: {
    title: 'District Units',
    intro: 'Social service units in each district of {{office}}.',
    introOwn: 'The district unit where you serve.',
    count: 'Units: {{count}}',
    empty: 'No district unit yet.',
    columns: {
      district: 'District',
      name: 'Unit name',
      address: 'Address',
      phone: 'Phone',
      status: 'Status',
      actions: 'Actions',
    },
    fields: {
      name: 'Unit name',
      address: 'Address',
      phone: 'Phone',
      active: 'Unit is in service',
    },
    edit: 'Edit',
    editFor: 'Edit the {{district}} unit',
    editTitle: 'Edit the unit of {{district}} district',
    saved: 'The {{district}} unit is saved.',
  },
  officeSettings: officeSettingsEn,
  catalogueAdmin: catalogueAdminEn,
  guestBook: guestBookEn,
  outbox: outboxEn,
  staffIntake: staffIntakeEn,
  cases: casesEn,
  registry: registryEn,
  letters: lettersEn,
  monitoring: monitoringEn,
  dashboard: dashboardEn,
  ppksRegister: ppksRegisterEn,
  ppksMap: ppksMapEn,
  survey: surveyEn,
  skm: skmEn,
  staffNotifications: staffNotificationsEn,
  usersContact: contactMessagesEn,
  privacy: privacyEn,
  staff: {
    nav: { notifications: 'Notifications', privacy: 'Data Privacy' },
    navDescriptions: {
      notifications: 'Assignments, referrals, deadlines and escalations for you.',
      privacy: "Who saw a person's data, erasure on request (PDP Law), retention periods.",
    },
  },
};
