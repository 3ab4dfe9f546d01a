import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOfficeSettings, TOfficeSettingsUpdate } from '../../../domain/offices/settings';
import { useFormSubmission } from '../../api/use-form-submission';
import { updateOfficeSettings } from './api';
import { settingsUpdateOf } from './settings-payload';

interface SectionSave<Values extends object> {
  form: UseFormReturnType<Values>;
  settings: TOfficeSettings;
  /** This section's fields of the update; the rest is sent back as loaded. */
  toPatch: (values: Values) => Partial<TOfficeSettingsUpdate>;
  valuesOf: (settings: TOfficeSettings) => Values;
  onSaved: (settings: TOfficeSettings) => void;
}

/** Saves one section of the settings with the others unchanged; says "saved" beside its own button. */
export function useSectionSave<Values extends object>({
  form,
  settings,
  toPatch,
  valuesOf,
  onSaved,
}: SectionSave<Values>) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const submission = useFormSubmission(form, async (values: Values) => {
    setNotice(null);
    const saved = await updateOfficeSettings({ ...settingsUpdateOf(settings), ...toPatch(values) });
    form.setInitialValues(valuesOf(saved));
    form.setValues(valuesOf(saved));
    onSaved(saved);
    setNotice(t('officeSettings.saved'));
  });
  return { ...submission, notice };
}
