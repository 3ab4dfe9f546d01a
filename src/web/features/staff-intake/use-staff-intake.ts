import { type FormErrors, type UseFormReturnType, useForm } from '@mantine/form';
import { useState } from 'react';
import type { TReportCreated } from '../../../domain/intake/report';
import { i18n } from '../../i18n';
import { emptyReportValues, type ReportFormValues } from '../public-report/form-values';
import type { SubmitState } from '../public-report/report-form';
import { type ReportFormControls, useReportForm } from '../public-report/use-report-form';
import { type ReportPhotosState, useReportPhotos } from '../public-report/use-report-photos';
import { channelDetailsErrors, type DetailsFormValues, emptyChannelDetails } from './channel-details';
import type { IntakeRoute } from './channels';
import { type DuplicateCheck, useDuplicateCheck } from './use-duplicate-check';
import { useIntakeSubmit } from './use-intake-submit';

export type DetailsForm = UseFormReturnType<DetailsFormValues>;

export type IntakeView =
  | { name: 'form' }
  | { name: 'sent'; created: TReportCreated; channel: string; linkedTo: string | null };

export interface StaffIntake {
  view: IntakeView;
  controls: ReportFormControls;
  details: DetailsForm;
  photos: ReportPhotosState;
  duplicates: DuplicateCheck;
  state: SubmitState;
  onValid: (values: ReportFormValues) => Promise<void>;
  onInvalid: (errors: FormErrors) => void;
}

const ignore = () => {};

interface Options {
  route: IntakeRoute;
  officeSlug: string;
  /** The guest book entry from `?guest=`, '' when none. */
  guestId: string;
  /** A district operator's villages start narrowed to their district. */
  districtCode: string | null;
}

/**
 * The life of an intake page: the public report form (same fields, same checks, no draft kept on
 * a shared desk computer), the channel's own form beside it, the photos, the duplicate check, and
 * sending.
 */
export function useStaffIntake({ route, officeSlug, guestId, districtCode }: Options): StaffIntake {
  const [initialValues] = useState(() => ({ ...emptyReportValues(), districtCode: districtCode ?? '' }));
  const controls = useReportForm({ officeSlug, initialValues, onValuesChange: ignore });
  const details = useForm<DetailsFormValues>({
    mode: 'uncontrolled',
    initialValues: { details: emptyChannelDetails({ now: new Date(), guestBookEntryId: guestId }) },
    validateInputOnBlur: true,
    validate: (values) =>
      channelDetailsErrors(route, values.details, i18n.t('staffIntake.outreach.coordinateMissing')),
  });
  const photos = useReportPhotos(undefined);
  const duplicates = useDuplicateCheck(controls.form);
  const [view, setView] = useState<IntakeView>({ name: 'form' });
  const submit = useIntakeSubmit({
    route,
    officeSlug,
    form: controls.form,
    details,
    photos,
    linkToTicket: duplicates.linkToTicket,
    onSent: (created, body) =>
      setView({ name: 'sent', created, channel: body.details.channel, linkedTo: body.linkToTicket }),
  });
  return { view, controls, details, photos, duplicates, ...submit };
}
