import type { ZDispute } from '../../../domain/cases/views';
import type { TTrackingView } from '../../../domain/intake/report';
import type { ZSurveyAnswer } from '../../../domain/survey/schemas';
import type { z } from '../../../domain/zod';
import { apiRequest } from '../../api/client';

/** The public progress of a case; 404 when no case has that ticket, 429 when asked too often. */
export function fetchTracking(ticket: string, signal?: AbortSignal): Promise<TTrackingView> {
  return apiRequest(`/track/${encodeURIComponent(ticket)}`, { signal });
}

/** What the reporter sends to dispute a closure: the phone they reported with, and why. */
export type DisputeInput = z.input<typeof ZDispute>;

/**
 * Disputes a closed case within its window; answers the tracking view, now back in progress.
 * 400 names the field, 409 says why it cannot be disputed (not closed, or the 14 days are over).
 */
export function disputeClosure(ticket: string, input: DisputeInput): Promise<TTrackingView> {
  return apiRequest(`/track/${encodeURIComponent(ticket)}/dispute`, { method: 'POST', body: input });
}

/** The reporter's satisfaction survey: the 9 scores, comment, profile and the phone they reported with. */
export type SurveyInput = z.input<typeof ZSurveyAnswer>;

/**
 * Sends the survey of an ended case; answers the tracking view (`survey: answered`). 400 names the
 * field, 409 says why it cannot be taken (not ended yet, or already answered).
 */
export function answerSurvey(ticket: string, input: SurveyInput): Promise<TTrackingView> {
  return apiRequest(`/track/${encodeURIComponent(ticket)}/survey`, { method: 'POST', body: input });
}
