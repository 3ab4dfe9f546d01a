/**
 * Whether the tracking page offers the satisfaction survey: not (the case is still running), open,
 * or already answered. Apart from the schemas so the public report form's chunk stays small.
 */
export const SURVEY_STATES = ['unavailable', 'open', 'answered'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];
