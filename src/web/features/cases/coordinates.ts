import { parseCoordinate } from '../staff-intake/channel-details';
import type { AssessmentValues } from './assessment-values';

export type CoordinateProblem = 'missing' | 'invalid';

/**
 * What is wrong with the typed location before the schema sees it: both coordinates or neither,
 * each a number. The schema's own range checks (inside Indonesia) come after.
 */
export function coordinateProblems(
  values: Pick<AssessmentValues, 'latitude' | 'longitude'>,
): Partial<Record<'latitude' | 'longitude', CoordinateProblem>> {
  const fields = ['latitude', 'longitude'] as const;
  const filled = fields.filter((field) => values[field].trim() !== '');
  if (filled.length === 0) return {};
  const problems: Partial<Record<'latitude' | 'longitude', CoordinateProblem>> = {};
  for (const field of fields) {
    if (values[field].trim() === '') problems[field] = 'missing';
    else if (parseCoordinate(values[field]) === null) problems[field] = 'invalid';
  }
  return problems;
}
