import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AID_KINDS,
  DTKS_STATUSES,
  PBI_SCHEMES,
  PPKS_CATEGORIES,
  ppksCategory,
} from '../../../domain/intake/ppks';
import { CheckboxFieldset, RadioFieldset } from './choice-fieldset';
import { FormSection } from './form-section';
import { exclusiveAidKinds, subcategoriesOf } from './form-values';
import type { ReportForm } from './use-report-form';

const CATEGORY_CHOICES = PPKS_CATEGORIES.map((c) => ({ value: c.code, label: c.name }));
const DTKS_CHOICES = DTKS_STATUSES.map((s) => ({ value: s.code, label: s.name }));
const AID_CHOICES = AID_KINDS.map((k) => ({ value: k.code, label: k.name }));
const PBI_CHOICES = PBI_SCHEMES.map((s) => ({ value: s.code, label: s.name }));
const quiet = { forceUpdate: false } as const;

/** Section 2: the PPKS category, with its sub-category or "Lainnya" text right under the choice. */
export function PpksSection({ form }: { form: ReportForm }) {
  const { t } = useTranslation();
  const category = form.useWatchValue('ppks.category');
  const subcategory = form.useWatchValue('ppks.subcategory');
  const choose = (code: string) => {
    form.setFieldValue('ppks.category', code, quiet);
    // Keep a sub-category the new category also has (both disability categories share theirs).
    if (!subcategoriesOf(code).some((s) => s.code === subcategory))
      form.setFieldValue('ppks.subcategory', '', quiet);
  };
  const followUp = (code: string) => {
    const chosen = ppksCategory(code);
    if (chosen?.subcategories) {
      return (
        <div className="choice-follow-up">
          <RadioFieldset
            legend={chosen.subcategoryLabel ?? ''}
            path="ppks.subcategory"
            choices={chosen.subcategories.map((s) => ({ value: s.code, label: s.name }))}
            value={subcategory}
            onChange={(value) => form.setFieldValue('ppks.subcategory', value, quiet)}
            error={form.errors['ppks.subcategory']}
            required
          />
        </div>
      );
    }
    if (code !== 'lainnya') return null;
    return (
      <div className="choice-follow-up">
        <TextInput
          key={form.key('ppks.other')}
          {...form.getInputProps('ppks.other')}
          label={t('publicReport.fields.categoryOther')}
          required
        />
      </div>
    );
  };
  return (
    <FormSection
      id="ppks"
      title={t('publicReport.sections.ppks')}
      intro={t('publicReport.sections.ppksIntro')}
    >
      <RadioFieldset
        legend={t('publicReport.fields.category')}
        path="ppks.category"
        choices={CATEGORY_CHOICES}
        value={category}
        onChange={choose}
        error={form.errors['ppks.category']}
        required
        followUp={followUp}
      />
    </FormSection>
  );
}

/** Section 3: whether the person is in the DTKS registry. */
export function DtksSection({ form }: { form: ReportForm }) {
  const { t } = useTranslation();
  const status = form.useWatchValue('dtksStatus');
  return (
    <FormSection
      id="dtks"
      title={t('publicReport.sections.dtks')}
      intro={t('publicReport.sections.dtksIntro')}
    >
      <RadioFieldset
        legend={t('publicReport.fields.dtksStatus')}
        path="dtksStatus"
        choices={DTKS_CHOICES}
        value={status}
        onChange={(value) => form.setFieldValue('dtksStatus', value, quiet)}
        error={form.errors.dtksStatus}
        required
      />
    </FormSection>
  );
}

/** Section 4: aid received; BPJS/PBI asks who pays, "Lainnya" asks what, "Belum pernah" stands alone. */
export function AidSection({ form }: { form: ReportForm }) {
  const { t } = useTranslation();
  const kinds = form.useWatchValue('aid.kinds');
  const scheme = form.useWatchValue('aid.pbiScheme');
  const followUp = (code: string) => {
    if (code === 'bpjs-pbi') {
      return (
        <div className="choice-follow-up">
          <RadioFieldset
            legend={t('publicReport.fields.pbiScheme')}
            path="aid.pbiScheme"
            choices={PBI_CHOICES}
            value={scheme}
            onChange={(value) => form.setFieldValue('aid.pbiScheme', value, quiet)}
            error={form.errors['aid.pbiScheme']}
            required
          />
        </div>
      );
    }
    if (code !== 'lainnya') return null;
    return (
      <div className="choice-follow-up">
        <TextInput
          key={form.key('aid.other')}
          {...form.getInputProps('aid.other')}
          label={t('publicReport.fields.aidOther')}
          required
        />
      </div>
    );
  };
  return (
    <FormSection id="aid" title={t('publicReport.sections.aid')}>
      <CheckboxFieldset
        legend={t('publicReport.fields.aidKinds')}
        description={t('publicReport.fields.aidKindsHint')}
        path="aid.kinds"
        choices={AID_CHOICES}
        values={kinds}
        onChange={(next) => form.setFieldValue('aid.kinds', exclusiveAidKinds(next, kinds), quiet)}
        error={form.errors['aid.kinds']}
        required
        followUp={followUp}
      />
    </FormSection>
  );
}
