import { SERVICE_KINDS, STANDARD_COMPONENTS } from '../../../domain/catalogue/constants';
import type { TServiceSummary } from '../../../domain/catalogue/standard';

/** The 14 components of a service standard, in the decree's order. */
export const COMPONENT_ORDER = STANDARD_COMPONENTS;

export type ServiceKind = TServiceSummary['kind'];

/** Service kinds in the order the list groups them. */
export const KIND_ORDER: readonly ServiceKind[] = SERVICE_KINDS;
