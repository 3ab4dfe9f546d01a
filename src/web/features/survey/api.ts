import type {
  TFrontDeskSurveyRecorded,
  TIkmReport,
  TIkmReportQuery,
  ZFrontDeskSurvey,
} from '../../../domain/survey/schemas';
import type { z } from '../../../domain/zod';
import { apiRequest } from '../../api/client';

export type FrontDeskSurveyInput = z.input<typeof ZFrontDeskSurvey>;

/** A paper or tablet answer entered at the desk; 404 for a ticket not found, 409 when not open or answered. */
export function recordSurvey(input: FrontDeskSurveyInput): Promise<TFrontDeskSurveyRecorded> {
  return apiRequest('/surveys', { method: 'POST', body: input });
}

/** The office's IKM over whole months: overall, per service (with each element's NRR), per month. */
export function fetchIkmReport(query: TIkmReportQuery, signal: AbortSignal): Promise<TIkmReport> {
  return apiRequest('/surveys/ikm', { query, signal });
}
