/** The sections of the settings page, in the order of the tabs; each is also its `?tab=` value. */
export const SETTINGS_SECTIONS = [
  'letterhead',
  'officials',
  'divisions',
  'districtUnits',
  'hours',
  'holidays',
  'notifications',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** Sections only an administrator sees: the notice settings hold the office's provider choices. */
const ADMIN_ONLY_SECTIONS: readonly SettingsSection[] = ['notifications'];

/** The tabs a reader sees: every section for the admin, the rest read-only for the Kadis. */
export function visibleSections(isAdmin: boolean): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => isAdmin || !ADMIN_ONLY_SECTIONS.includes(section));
}
