import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS } from '../../../domain/intake/ppks';
import { FormSection } from './form-section';
import { NikField } from './nik-field';
import type { ReportFormControls } from './use-report-form';
import { VillageFields } from './village-fields';

// The phone's own date (sv-SE writes it as YYYY-MM-DD), not UTC's, which lags seven hours behind in WIB.
const today = () => new Date().toLocaleDateString('sv-SE');

/** Section 1: who the person in need is and where they live, as the flowchart asks it. */
export function PersonSection({
  controls,
  regencyCode,
  intro,
}: {
  controls: ReportFormControls;
  regencyCode: string;
  /** An officer's wording of the intro (the default speaks to a citizen reporting). */
  intro?: string;
}) {
  const { t } = useTranslation();
  const { form } = controls;
  return (
    <FormSection
      id="person"
      title={t('publicReport.sections.person')}
      intro={intro ?? t('publicReport.sections.personIntro')}
    >
      <TextInput
        key={form.key('person.fullName')}
        {...form.getInputProps('person.fullName')}
        label={t('publicReport.fields.fullName')}
        autoComplete="off"
        required
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput
          key={form.key('person.birthPlace')}
          {...form.getInputProps('person.birthPlace')}
          label={t('publicReport.fields.birthPlace')}
          autoComplete="off"
        />
        <TextInput
          key={form.key('person.birthDate')}
          {...form.getInputProps('person.birthDate')}
          label={t('publicReport.fields.birthDate')}
          type="date"
          max={today()}
        />
      </SimpleGrid>
      <NikField {...controls} />
      <TextInput
        key={form.key('person.kk')}
        {...form.getInputProps('person.kk')}
        label={t('publicReport.fields.kk')}
        description={t('publicReport.fields.kkHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={24}
      />
      <NativeSelect
        key={form.key('person.education')}
        {...form.getInputProps('person.education')}
        label={t('publicReport.fields.education')}
        data={[
          { value: '', label: t('publicReport.fields.educationPlaceholder') },
          ...EDUCATION_LEVELS.map((level) => ({ value: level.code, label: level.name })),
        ]}
      />
      <TextInput
        key={form.key('person.phone')}
        {...form.getInputProps('person.phone')}
        label={t('publicReport.fields.phone')}
        description={t('publicReport.fields.phoneHint')}
        type="tel"
        autoComplete="off"
      />
      <VillageFields form={form} regencyCode={regencyCode} />
      <Textarea
        key={form.key('person.address')}
        {...form.getInputProps('person.address')}
        label={t('publicReport.fields.address')}
        description={t('publicReport.fields.addressHint')}
        autosize
        minRows={2}
        maxRows={5}
      />
    </FormSection>
  );
}
