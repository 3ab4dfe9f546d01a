import type { TAssessmentFormValues } from '../../../domain/cases/assessment';
import type { CaseOutcome } from '../../../domain/cases/outcomes';
import { parseCoordinate, withUtcOffset } from '../staff-intake/channel-details';

/** The assessment form as typed on a phone; flat, so each input has a short path. */
export interface AssessmentValues {
  condition: string;
  needs: string[];
  needsOther: string;
  family: string;
  identityDocumentsSeen: string[];
  identityDocumentsOther: string;
  outcome: CaseOutcome | '';
  followUp: string;
  /** Filled by "Ambil lokasi" or typed from a map app; both empty means no location. */
  latitude: string;
  longitude: string;
  /** Only from the phone's GPS; null once a coordinate is typed by hand. */
  accuracyMetres: number | null;
  /** datetime-local in the device's time; '' means "now" (the form is sent from the visit). */
  visitedAt: string;
}

export const EMPTY_ASSESSMENT_VALUES: AssessmentValues = {
  condition: '',
  needs: [],
  needsOther: '',
  family: '',
  identityDocumentsSeen: [],
  identityDocumentsOther: '',
  outcome: '',
  followUp: '',
  latitude: '',
  longitude: '',
  accuracyMetres: null,
  visitedAt: '',
};

/** Both coordinates, or null when neither is given; NaN marks a coordinate that is not a number. */
export function gpsOf(values: AssessmentValues): TAssessmentFormValues['gps'] {
  if (values.latitude.trim() === '' && values.longitude.trim() === '') return null;
  return {
    latitude: parseCoordinate(values.latitude) ?? Number.NaN,
    longitude: parseCoordinate(values.longitude) ?? Number.NaN,
    accuracyMetres: values.accuracyMetres,
  };
}

/** The `assessment` of the assess action, for ZAssessmentInput to check. */
export function toAssessmentInput(values: AssessmentValues, offsetMinutes: number): TAssessmentFormValues {
  const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    condition: values.condition.trim(),
    needs: {
      items: values.needs as TAssessmentFormValues['needs']['items'],
      other: values.needs.includes('lainnya') ? blankToNull(values.needsOther) : null,
    },
    family: values.family.trim(),
    identityDocumentsSeen: values.identityDocumentsSeen as TAssessmentFormValues['identityDocumentsSeen'],
    identityDocumentsOther: values.identityDocumentsSeen.includes('lainnya')
      ? blankToNull(values.identityDocumentsOther)
      : null,
    recommendedFollowUp: {
      outcome: values.outcome as CaseOutcome,
      text: values.followUp.trim(),
    },
    gps: gpsOf(values),
    visitedAt: values.visitedAt ? withUtcOffset(values.visitedAt, offsetMinutes) : null,
  };
}

/** Where the server's (and zod's) paths of an assessment land in this form. */
export const ASSESSMENT_PATHS: readonly (readonly [string, string])[] = [
  ['assessment.condition', 'condition'],
  ['assessment.needs.other', 'needsOther'],
  ['assessment.needs', 'needs'],
  ['assessment.family', 'family'],
  ['assessment.identityDocumentsSeen', 'identityDocumentsSeen'],
  ['assessment.identityDocumentsOther', 'identityDocumentsOther'],
  ['assessment.recommendedFollowUp.outcome', 'outcome'],
  ['assessment.recommendedFollowUp', 'followUp'],
  ['assessment.gps.longitude', 'longitude'],
  ['assessment.gps', 'latitude'],
  ['assessment.visitedAt', 'visitedAt'],
];
