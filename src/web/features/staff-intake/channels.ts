// The intake pages, one per way a report reaches the office. Plain data: the landing page, the
// routes and the payload builder all read it.

/** The last part of `/staff/intake/<route>`, in plain words an officer can read in the address bar. */
export const INTAKE_ROUTES = ['walk-in', 'phone', 'outreach', 'letter', 'sp4n-lapor'] as const;
export type IntakeRoute = (typeof INTAKE_ROUTES)[number];

/** Phone, WhatsApp and social media share one page: the officer picks which. */
export const CONTACT_CHANNELS = ['phone', 'whatsapp', 'social_media'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** The key of each route's texts under `staffIntake.channels` (i18n keys avoid hyphens). */
export const ROUTE_MESSAGE_KEYS = {
  'walk-in': 'walkIn',
  phone: 'phone',
  outreach: 'outreach',
  letter: 'letter',
  'sp4n-lapor': 'sp4nLapor',
} as const satisfies Record<IntakeRoute, string>;

export function isIntakeRoute(value: string | undefined): value is IntakeRoute {
  return (INTAKE_ROUTES as readonly string[]).includes(value ?? '');
}

export function intakePath(route: IntakeRoute): string {
  return `/staff/intake/${route}`;
}
