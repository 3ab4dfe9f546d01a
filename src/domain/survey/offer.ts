import type { CaseStatus } from '../intake/report';
import type { SurveyState } from './state';

/**
 * The statuses after which the reporter is asked to rate the service: closed, and rejected (the
 * applicant went through the requirements, the procedure and the wait and got a decision, so they
 * are a service user; leaving them out would flatter the index). Not "out of scope": the office
 * served nothing and pointed elsewhere, so its 9 elements have nothing to rate.
 */
export const SURVEY_STATUSES: readonly CaseStatus[] = ['closed', 'rejected'];

export function surveyOffered(status: CaseStatus): boolean {
  return SURVEY_STATUSES.includes(status);
}

/** What the tracking page shows: nothing yet, the survey, or thanks for the answer already given. */
export function surveyState(status: CaseStatus, answered: boolean): SurveyState {
  if (answered) return 'answered';
  return surveyOffered(status) ? 'open' : 'unavailable';
}

/** The tracking page's query parameter that marks a visit from the closing notice (`dari=pesan`). */
export const NOTICE_LINK_PARAM = { name: 'dari', value: 'pesan' } as const;

/** The id of the tracking page's survey section, the closing notice's link jumps to it. */
export const SURVEY_ANCHOR = 'survei';

/** The closing notice's link: the tracking page, marked as coming from the notice, at the survey. */
export function surveyLink(trackingLink: string): string {
  return `${trackingLink}&${NOTICE_LINK_PARAM.name}=${NOTICE_LINK_PARAM.value}#${SURVEY_ANCHOR}`;
}

/** The link line of a public notice: the one that ends the case also invites the reporter to the survey. */
export function noticeLinkLine(eventType: string, trackingLink: string): string {
  return (SURVEY_STATUSES as readonly string[]).includes(eventType)
    ? `Beri penilaian atas layanan kami (survei kepuasan) di ${surveyLink(trackingLink)}`
    : `Pantau di ${trackingLink}`;
}
