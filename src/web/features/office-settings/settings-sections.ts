/** The sections of the settings page, in the order of the tabs; each is also its `?tab=` value. */
export const SETTINGS_SECTIONS = [
  'letterhead',
  'officials',
  'divisions',
  'districtUnits',
  'hours',
  'holidays',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];
