import type { DisputeInput } from './api';

export type DisputeProblem = 'phoneRequired' | 'reasonShort';

/**
 * The dispute form's own checks, the same limits as ZDispute (phone 8–20 characters, reason at
 * least 10 letters) without loading the schema library on the public page.
 */
export function disputeProblems(values: DisputeInput): Partial<Record<keyof DisputeInput, DisputeProblem>> {
  const problems: Partial<Record<keyof DisputeInput, DisputeProblem>> = {};
  if (values.phone.trim().length < 8) problems.phone = 'phoneRequired';
  if (values.reason.trim().length < 10) problems.reason = 'reasonShort';
  return problems;
}
