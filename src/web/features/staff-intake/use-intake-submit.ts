import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import type { TReportCreated } from '../../../domain/intake/report';
import { type TStaffIntake, ZStaffIntake } from '../../../domain/intake/staff-intake';
import { ApiError, toApiError } from '../../api/client';
import { showApiErrorOnForm } from '../../api/form-errors';
import { focusFirstError } from '../public-report/focus-first-error';
import type { ReportFormValues } from '../public-report/form-values';
import { photoBlobsOf, splitPhotoFieldErrors } from '../public-report/photos';
import type { SubmitState } from '../public-report/report-form';
import type { ReportForm } from '../public-report/use-report-form';
import type { ReportPhotosState } from '../public-report/use-report-photos';
import { postStaffIntake } from './api';
import type { IntakeRoute } from './channels';
import { splitIntakeFieldErrors, staffIntakeCandidate } from './intake-payload';
import type { DetailsForm } from './use-staff-intake';

const CLEAR: SubmitState = { failure: null, invalidCount: 0, notKept: false };
// Two frames: the error messages are rendered (and the page has grown) before scrolling to one.
const afterRender = (focus: () => void) => requestAnimationFrame(() => requestAnimationFrame(focus));

interface Options {
  route: IntakeRoute;
  officeSlug: string;
  form: ReportForm;
  details: DetailsForm;
  photos: ReportPhotosState;
  linkToTicket: string | null;
  onSent: (created: TReportCreated, body: TStaffIntake) => void;
}

/**
 * What "Simpan laporan" leads to: both forms are checked so every mark shows at once; the
 * server's refusal lands beside the field it names in whichever form holds it (photos too), the
 * first marked field on the page gets the focus, and nothing typed is lost.
 */
export function useIntakeSubmit({ route, officeSlug, form, details, photos, linkToTicket, onSent }: Options) {
  const [state, setState] = useState<SubmitState>(CLEAR);

  const showInvalid = (paths: string[]) => {
    setState({ ...CLEAR, invalidCount: paths.length });
    afterRender(() => focusFirstError(paths));
  };
  const showRefusal = (error: unknown) => {
    const apiError = toApiError(error);
    const { photos: onPhotos, rest } = splitPhotoFieldErrors(apiError.fields);
    const split = splitIntakeFieldErrors(rest);
    details.setErrors(split.details);
    const failure = showApiErrorOnForm(
      form,
      new ApiError(apiError.status, apiError.code, apiError.message, split.report),
    );
    photos.setErrors(onPhotos);
    setState({ ...CLEAR, failure });
    const paths = [...Object.keys(split.details), ...Object.keys(split.report), ...Object.keys(onPhotos)];
    afterRender(() => focusFirstError(paths));
  };
  const send = async (values: ReportFormValues) => {
    const candidate = staffIntakeCandidate({
      route,
      details: details.getValues().details,
      report: values,
      officeSlug,
      linkToTicket,
    });
    const body = ZStaffIntake.parse(candidate);
    onSent(await postStaffIntake(body, photoBlobsOf(photos.current())), body);
  };

  return {
    state,
    onValid: async (values: ReportFormValues) => {
      setState(CLEAR);
      const checked = details.validate();
      if (checked.hasErrors) return showInvalid(Object.keys(checked.errors));
      try {
        await send(values);
      } catch (error) {
        showRefusal(error);
      }
    },
    onInvalid: (errors: FormErrors) =>
      showInvalid([...Object.keys(details.validate().errors), ...Object.keys(errors)]),
  };
}
