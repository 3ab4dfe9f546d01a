import { SimpleGrid, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type TOfficeSettings, ZOfficeSettingsUpdate } from '../../../domain/offices/settings';
import { SectionForm } from './section-form';
import { focusFirstInvalid, textOrNull } from './settings-payload';
import { useSectionSave } from './use-section-save';

interface LetterheadValues {
  name: string;
  shortName: string;
  programmeName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
}

function valuesOf(settings: TOfficeSettings): LetterheadValues {
  return {
    name: settings.name,
    shortName: settings.shortName,
    programmeName: settings.programmeName ?? '',
    address: settings.address ?? '',
    phone: settings.phone ?? '',
    email: settings.email ?? '',
    website: settings.website ?? '',
  };
}

function toPatch(values: LetterheadValues) {
  return {
    name: values.name.trim(),
    shortName: values.shortName.trim(),
    programmeName: textOrNull(values.programmeName),
    address: textOrNull(values.address),
    phone: textOrNull(values.phone),
    email: textOrNull(values.email),
    website: textOrNull(values.website),
  };
}

const validatePatch = schemaResolver(
  ZOfficeSettingsUpdate.pick({
    name: true,
    shortName: true,
    programmeName: true,
    address: true,
    phone: true,
    email: true,
    website: true,
  }),
  { sync: true },
);

interface LetterheadFormProps {
  settings: TOfficeSettings;
  readOnly: boolean;
  onSaved: (settings: TOfficeSettings) => void;
}

/** Section 1: the office's name and contact as the letterhead prints them. */
export function LetterheadForm({ settings, readOnly, onSaved }: LetterheadFormProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const form = useForm<LetterheadValues>({
    initialValues: valuesOf(settings),
    validate: (values) => validatePatch(toPatch(values)),
  });
  const { failure, submitting, handleSubmit, notice } = useSectionSave({
    form,
    settings,
    toPatch,
    valuesOf,
    onSaved,
  });

  return (
    <div ref={container}>
      <SectionForm
        readOnly={readOnly}
        submitting={submitting}
        failure={failure}
        notice={notice}
        onSubmit={form.onSubmit(handleSubmit, () => focusFirstInvalid(container.current))}
        onReset={form.reset}
      >
        <TextInput label={t('officeSettings.letterhead.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('officeSettings.letterhead.shortName')}
            description={t('officeSettings.letterhead.shortNameHint')}
            required
            {...form.getInputProps('shortName')}
          />
          <TextInput
            label={t('officeSettings.letterhead.programmeName')}
            description={t('officeSettings.letterhead.programmeNameHint')}
            {...form.getInputProps('programmeName')}
          />
        </SimpleGrid>
        <TextInput label={t('officeSettings.letterhead.address')} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('officeSettings.letterhead.phone')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('officeSettings.letterhead.email')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('officeSettings.letterhead.website')}
            description={t('officeSettings.letterhead.websiteHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            type="url"
            {...form.getInputProps('website')}
          />
        </SimpleGrid>
      </SectionForm>
    </div>
  );
}
