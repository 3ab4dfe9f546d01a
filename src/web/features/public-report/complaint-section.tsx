import { Checkbox, NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { FormSection } from './form-section';
import type { ReportForm } from './use-report-form';

/** The office's services for the select: complaints first, then service requests, after "Pengaduan umum". */
function serviceOptions(
  services: TServiceSummary[],
  t: (
    key:
      | 'publicReport.fields.serviceGeneral'
      | 'publicReport.fields.serviceGroupComplaint'
      | 'publicReport.fields.serviceGroupService',
  ) => string,
) {
  const of = (kind: TServiceSummary['kind']) =>
    services.filter((s) => s.kind === kind).map((s) => ({ value: s.code, label: s.name }));
  const groups = [
    { group: t('publicReport.fields.serviceGroupComplaint'), items: of('complaint') },
    { group: t('publicReport.fields.serviceGroupService'), items: of('service') },
  ].filter((group) => group.items.length > 0);
  return [{ value: '', label: t('publicReport.fields.serviceGeneral') }, ...groups];
}

/** Section 5: what is reported, and the service it concerns (preselected from the service page's link). */
export function ComplaintSection({ form, services }: { form: ReportForm; services: TServiceSummary[] }) {
  const { t } = useTranslation();
  return (
    <FormSection id="complaint" title={t('publicReport.sections.complaint')}>
      <NativeSelect
        key={form.key('serviceCode')}
        {...form.getInputProps('serviceCode')}
        label={t('publicReport.fields.service')}
        description={t('publicReport.fields.serviceHint')}
        data={serviceOptions(services, t)}
      />
      <Textarea
        key={form.key('description')}
        {...form.getInputProps('description')}
        label={t('publicReport.fields.description')}
        description={t('publicReport.fields.descriptionHint')}
        autosize
        minRows={4}
        maxRows={12}
        required
      />
    </FormSection>
  );
}

/** Section 6: who reports, and how to reach them; `intro` lets an officer's form speak of the reporter, not to them. */
export function ReporterSection({ form, intro }: { form: ReportForm; intro?: string }) {
  const { t } = useTranslation();
  return (
    <FormSection
      id="reporter"
      title={t('publicReport.sections.reporter')}
      intro={intro ?? t('publicReport.sections.reporterIntro')}
    >
      <TextInput
        key={form.key('reporter.name')}
        {...form.getInputProps('reporter.name')}
        label={t('publicReport.fields.reporterName')}
        autoComplete="name"
        required
      />
      <TextInput
        key={form.key('reporter.phone')}
        {...form.getInputProps('reporter.phone')}
        label={t('publicReport.fields.reporterPhone')}
        description={t('publicReport.fields.reporterPhoneHint')}
        type="tel"
        autoComplete="tel"
        required
      />
    </FormSection>
  );
}

/**
 * Section 8: consent, in plain words: what the data is for and who sees it. An officer's form
 * words it as the officer confirming the person's consent (`label`, `text`).
 */
export function ConsentSection({ form, label, text }: { form: ReportForm; label?: string; text?: string }) {
  const { t } = useTranslation();
  return (
    <FormSection id="consent" title={t('publicReport.sections.consent')}>
      <Text size="sm" id="consent-text">
        {text ?? t('publicReport.fields.consentText')}
      </Text>
      <Checkbox
        key={form.key('consent')}
        {...form.getInputProps('consent', { type: 'checkbox' })}
        label={label ?? t('publicReport.fields.consent')}
        aria-describedby="consent-text"
        size="md"
        classNames={{
          root: 'choice-option',
          body: 'choice-body',
          labelWrapper: 'choice-label-wrapper',
          error: 'choice-error',
        }}
      />
    </FormSection>
  );
}
