import { SKM_ELEMENTS, type SkmElement } from '../../../domain/survey/ikm';
import {
  RESPONDENT_OPTIONS,
  type RespondentField,
  SKM_SCORES,
  type SkmScore,
} from '../../../domain/survey/questionnaire';
import type { TRespondentProfile, TSkmScores } from '../../../domain/survey/schemas';

/** What the questionnaire's inputs hold: a score per element once chosen, the comment, the profile. */
export interface SkmFormValues {
  scores: Partial<Record<SkmElement, SkmScore>>;
  comment: string;
  respondent: Partial<Record<RespondentField, string>>;
}

export const EMPTY_SKM_VALUES: SkmFormValues = { scores: {}, comment: '', respondent: {} };

export const MAX_COMMENT = 1000;

/** Field name (as the API names it: `scores.time`, `comment`) → message key under `skm`. */
export type SkmProblems = Record<string, 'chooseOne' | 'commentTooLong'>;

/**
 * The questionnaire's own checks, the same rules as ZSkmScores (every element answered 1-4, a
 * comment of at most 1000 letters) without loading the schema library on the public page.
 */
export function skmProblems(values: SkmFormValues): SkmProblems {
  const problems: SkmProblems = {};
  for (const element of SKM_ELEMENTS)
    if (values.scores[element] === undefined) problems[`scores.${element}`] = 'chooseOne';
  if (values.comment.trim().length > MAX_COMMENT) problems.comment = 'commentTooLong';
  return problems;
}

/** The answer to send, once skmProblems found nothing. */
export function toSkmAnswer(values: SkmFormValues): {
  scores: TSkmScores;
  comment: string | null;
  respondent: TRespondentProfile;
} {
  const scores = Object.fromEntries(SKM_ELEMENTS.map((e) => [e, values.scores[e] ?? 0])) as TSkmScores;
  const respondent = Object.fromEntries(
    Object.entries(values.respondent).filter(([, value]) => value !== undefined && value !== ''),
  ) as TRespondentProfile;
  return { scores, comment: values.comment.trim() || null, respondent };
}

/** The first field in error in the form's order (questions, comment, profile, then anything else). */
export function firstFieldInError(fields: Record<string, unknown>): string | undefined {
  const order = [...SKM_ELEMENTS.map((e) => `scores.${e}`), 'comment', 'phone', 'ticket', 'serviceCode'];
  return order.find((field) => field in fields) ?? Object.keys(fields)[0];
}

const isScore = (value: unknown): value is SkmScore => SKM_SCORES.includes(value as SkmScore);

/** A draft kept on the phone, read back defensively: anything unknown in it is dropped. */
export function draftFrom(stored: unknown): SkmFormValues {
  if (typeof stored !== 'object' || stored === null) return EMPTY_SKM_VALUES;
  const draft = stored as { scores?: unknown; comment?: unknown; respondent?: unknown };
  const scores: SkmFormValues['scores'] = {};
  const storedScores = (typeof draft.scores === 'object' && draft.scores) || {};
  for (const element of SKM_ELEMENTS) {
    const value = (storedScores as Record<string, unknown>)[element];
    if (isScore(value)) scores[element] = value;
  }
  const respondent: SkmFormValues['respondent'] = {};
  const storedProfile = (typeof draft.respondent === 'object' && draft.respondent) || {};
  for (const field of Object.keys(RESPONDENT_OPTIONS) as RespondentField[]) {
    const value = (storedProfile as Record<string, unknown>)[field];
    if ((RESPONDENT_OPTIONS[field] as readonly unknown[]).includes(value))
      respondent[field] = value as string;
  }
  const comment = typeof draft.comment === 'string' ? draft.comment.slice(0, MAX_COMMENT) : '';
  return { scores, comment, respondent };
}
