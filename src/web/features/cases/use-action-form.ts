import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActionType } from '../../../domain/cases/actions';
import type { TCaseDetail } from '../../../domain/cases/views';
import { useFormSubmission } from '../../api/use-form-submission';
import type { ReportPhoto } from '../public-report/photos';
import { deviceOffsetMinutes } from '../staff-intake/channel-details';
import { rewriteActionField, toActionPayload, validateActionValues } from './action-payloads';
import { type ActionValues, EMPTY_ACTION_VALUES } from './action-values';
import { postCaseAction } from './api';
import type { AssessmentPhotos } from './assess-fields';
import type { AssessmentValues } from './assessment-values';
import { coordinateProblems } from './coordinates';

/** What was typed in a form that was closed without saving, kept while the page stays open. */
export interface ActionDraft {
  values?: object;
  photos?: AssessmentPhotos;
}

function offsetFor(type: CaseActionType, values: object): number {
  return type === 'assess' ? deviceOffsetMinutes((values as AssessmentValues).visitedAt) : 0;
}

/**
 * The schema's checks, plus the coordinates' own for an assessment. A half-typed location is checked
 * apart and left out of the schema's run, so the form's other rules (which zod runs only once every
 * field reads) are reported in the same pass.
 */
function validateForm<T extends CaseActionType>(t: TFunction, type: T, values: ActionValues<T>) {
  if (type !== 'assess') return validateActionValues(type, values, offsetFor(type, values));
  const assessment = values as AssessmentValues;
  const problems = coordinateProblems(assessment);
  const checked =
    Object.keys(problems).length > 0 ? { ...assessment, latitude: '', longitude: '' } : assessment;
  const errors = validateActionValues('assess', checked, offsetFor(type, values));
  for (const [field, problem] of Object.entries(problems))
    errors[field] =
      problem === 'missing'
        ? t('cases.actions.assess.coordinateMissing')
        : t('cases.actions.assess.coordinateInvalid');
  return errors;
}

/** The server's messages about photos (`photo1`..`photo3`), by the photo's index. */
function photoErrorsOf(fields: Record<string, string>): Record<number, string> {
  const errors: Record<number, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const match = /^photo([1-3])$/.exec(field);
    if (match) errors[Number(match[1]) - 1] = message;
  }
  return errors;
}

/**
 * One action's form: its values (from the draft, which it keeps up to date), the schema's checks,
 * the submit (JSON, or multipart with the assessment's photos) and the server's refusal mapped back.
 */
export function useActionForm<T extends CaseActionType>(
  type: T,
  detail: TCaseDetail,
  draft: ActionDraft,
  onDone: (next: TCaseDetail, type: CaseActionType) => void,
) {
  const { t } = useTranslation();
  const [photos, setPhotos] = useState<AssessmentPhotos>(draft.photos ?? []);
  const form = useForm<ActionValues<T>>({
    initialValues: (draft.values as ActionValues<T> | undefined) ?? EMPTY_ACTION_VALUES[type],
    validate: (values) => validateForm(t, type, values),
    onValuesChange: (values) => {
      draft.values = values;
    },
  });
  const submission = useFormSubmission(
    form,
    async (values: ActionValues<T>) => {
      const blobs = photos.flatMap((photo) => (photo ? [photo.blob] : []));
      const payload = toActionPayload(type, values, offsetFor(type, values));
      onDone(await postCaseAction(detail.ticket, payload, blobs), type);
    },
    { pathOf: (field) => rewriteActionField(type, field) },
  );
  const setPhoto = (index: number, photo: ReportPhoto | undefined) => {
    const next = [...photos];
    next[index] = photo;
    setPhotos(next);
    draft.photos = next;
  };
  const photoErrors = submission.failure ? photoErrorsOf(submission.failure.error.fields) : {};
  return { form, ...submission, photos, setPhoto, photoErrors };
}

/** After a refused submit, focus goes to the first input marked invalid (next frame: after the marks). */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
