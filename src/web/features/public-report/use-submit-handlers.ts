import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import { ApiError, toApiError } from '../../api/client';
import { showApiErrorOnForm } from '../../api/form-errors';
import { focusFirstError } from './focus-first-error';
import type { ReportFormValues } from './form-values';
import { type ReportPhotos, splitPhotoFieldErrors } from './photos';
import type { SubmitState } from './report-form';
import type { ReportForm } from './use-report-form';
import type { PhotoErrors } from './use-report-photos';
import type { SubmitOutcome } from './use-report-submit';

const CLEAR: SubmitState = { failure: null, invalidCount: 0, notKept: false };

// Two frames: the error messages are rendered (and the page has grown) before scrolling to one.
const afterRender = (focus: () => void) => requestAnimationFrame(() => requestAnimationFrame(focus));

interface Options {
  form: ReportForm;
  photos: () => ReportPhotos;
  setPhotoErrors: (errors: PhotoErrors) => void;
  submit: (values: ReportFormValues, photos: ReportPhotos) => Promise<SubmitOutcome>;
  /** The report was sent or is safe in the outbox. */
  onDone: (outcome: Exclude<SubmitOutcome, { kind: 'not-kept' }>) => void;
}

/**
 * What pressing "Kirim" leads to on the form: the phone's own check and the server's refusal
 * both mark the fields, and the first one gets the focus; the summary says how many.
 */
export function useSubmitHandlers({ form, photos, setPhotoErrors, submit, onDone }: Options) {
  const [state, setState] = useState<SubmitState>(CLEAR);

  const showRefusal = (error: unknown) => {
    const apiError = toApiError(error);
    const { photos: onPhotos, rest } = splitPhotoFieldErrors(apiError.fields);
    const failure = showApiErrorOnForm(
      form,
      new ApiError(apiError.status, apiError.code, apiError.message, rest),
    );
    setPhotoErrors(onPhotos);
    setState({ ...CLEAR, failure });
    afterRender(() => focusFirstError([...Object.keys(rest), ...Object.keys(onPhotos)]));
  };
  const onValid = async (values: ReportFormValues) => {
    setState(CLEAR);
    try {
      const outcome = await submit(values, photos());
      if (outcome.kind === 'not-kept') setState({ ...CLEAR, notKept: true });
      else onDone(outcome);
    } catch (error) {
      showRefusal(error);
    }
  };
  const onInvalid = (errors: FormErrors) => {
    setState({ ...CLEAR, invalidCount: Object.keys(errors).length });
    afterRender(() => focusFirstError(Object.keys(errors)));
  };
  return { state, onValid, onInvalid, showRefusal, reset: () => setState(CLEAR) };
}
