import { Alert, Button, Stack, Text } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import type { FormFailure } from '../../api/form-errors';
import { ErrorAlert } from '../../app/ui/error-alert';
import { ComplaintSection, ConsentSection, ReporterSection } from './complaint-section';
import type { ReportFormValues } from './form-values';
import { loadReportValidation } from './lazy-validation';
import { PersonSection } from './person-section';
import { PhotoSection } from './photo-input';
import type { PhotoField, ReportPhoto, ReportPhotos } from './photos';
import { AidSection, DtksSection, PpksSection } from './ppks-section';
import type { ReportFormControls } from './use-report-form';

export interface SubmitState {
  /** The server refused the report: its message, and field messages no input shows. */
  failure: FormFailure | null;
  /** How many fields the check on the phone marked. */
  invalidCount: number;
  /** No signal and no room to keep the report. */
  notKept: boolean;
}

interface ReportFormProps {
  controls: ReportFormControls;
  regencyCode: string;
  services: TServiceSummary[];
  photos: ReportPhotos;
  photoErrors: Partial<Record<PhotoField, string>>;
  onPhotoChange: (field: PhotoField, photo: ReportPhoto | undefined) => void;
  onValid: (values: ReportFormValues) => Promise<void>;
  onInvalid: (errors: FormErrors) => void;
  state: SubmitState;
  /** Shown before section 1: how the report came in, on an officer's intake form. */
  channelSection?: ReactNode;
  /** Shown right after section 1 (the person): what the NIK turned up, on an officer's form. */
  afterPerson?: ReactNode;
  /** An officer's wording; each text left out keeps the public form's. */
  wording?: ReportFormWording;
}

/** The texts an officer's intake form words differently: the public form speaks to the reporter. */
export interface ReportFormWording {
  submit?: string;
  invalidBody?: (count: number) => string;
  personIntro?: string;
  reporterIntro?: string;
  consentLabel?: string;
  consentText?: string;
}

/** The report form, section by section in the flowchart's order, one column on a phone. */
export function ReportForm(props: ReportFormProps) {
  const { t } = useTranslation();
  const { controls, state, wording = {} } = props;
  const { form } = controls;
  const submit = form.onSubmit(props.onValid, props.onInvalid);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void loadReportValidation().then(() => submit());
      }}
      onFocusCapture={() => void loadReportValidation()}
      noValidate
      className="report-form"
    >
      <Stack gap="lg">
        {props.channelSection}
        <PersonSection controls={controls} regencyCode={props.regencyCode} intro={wording.personIntro} />
        {props.afterPerson}
        <PpksSection form={form} />
        <DtksSection form={form} />
        <AidSection form={form} />
        <ComplaintSection form={form} services={props.services} />
        <ReporterSection form={form} intro={wording.reporterIntro} />
        <PhotoSection photos={props.photos} errors={props.photoErrors} onChange={props.onPhotoChange} />
        <ConsentSection form={form} label={wording.consentLabel} text={wording.consentText} />
        <div role="alert" className="report-submit-feedback">
          {state.invalidCount > 0 && !state.failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('publicReport.submit.invalidTitle')}
            >
              {wording.invalidBody?.(state.invalidCount) ??
                t('publicReport.submit.invalidBody', { count: state.invalidCount })}
            </Alert>
          )}
          {state.failure && (
            <ErrorAlert error={state.failure.error} otherMessages={state.failure.otherMessages} />
          )}
          {state.notKept && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              <Text size="sm">{t('publicReport.submit.notKept')}</Text>
            </Alert>
          )}
        </div>
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={form.submitting}
          leftSection={<IconSend size={20} aria-hidden />}
        >
          {wording.submit ?? t('publicReport.submit.button')}
        </Button>
      </Stack>
    </form>
  );
}
