import { ROLES } from '../auth/roles';

// Plain lists with no zod, so public pages can import them without loading the schema library.

/** The 14 components of a public service standard (PermenPAN-RB 15/2014), in the decree's order. */
export const STANDARD_COMPONENTS = [
  'requirements',
  'procedure',
  'completionTime',
  'fee',
  'product',
  'complaintHandling',
  'legalBasis',
  'facilities',
  'competence',
  'supervision',
  'staffCount',
  'serviceGuarantee',
  'securityGuarantee',
  'evaluation',
] as const;
export type StandardComponent = (typeof STANDARD_COMPONENTS)[number];

export const SERVICE_KINDS = ['service', 'complaint'] as const;
export const STEP_KINDS = [
  'intake',
  'verification',
  'assessment',
  'field_visit',
  'approval',
  'referral',
  'product',
  'close',
] as const;
/** Who acts in a step: a staff role, or the citizen (applicant / reporter). */
export const STEP_ROLES = [...ROLES, 'citizen'] as const;
/** The intake channels of Si-PULAU PANDHA and the other documents. */
export const CHANNELS = [
  'walk_in',
  'outreach',
  'phone',
  'whatsapp',
  'social_media',
  'web',
  'sp4n_lapor',
  'letter',
] as const;
