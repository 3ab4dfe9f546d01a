import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TDivision } from '../office-settings/api';
import { channelOptions, serviceKindOptions } from './select-options';
import type { ServiceForm } from './service-form-values';

/** Active divisions, plus the saved one even when inactive or not listed, so the picker can show it. */
function divisionOptionsOf(divisions: TDivision[], current: string | null, currentName: string | null) {
  const options = divisions
    .filter((division) => division.active || division.code === current)
    .map((division) => ({ value: division.code, label: division.name }));
  if (current && !options.some((option) => option.value === current)) {
    options.push({ value: current, label: currentName ?? current });
  }
  return options;
}

interface IdentityFieldsProps {
  form: ServiceForm;
  isNew: boolean;
  readOnly: boolean;
  divisions: TDivision[];
  /** The saved division's name, for when the list does not hold it (inactive, or not loaded). */
  currentDivisionName: string | null;
}

/** Name, kind, division, channel and summary; the code only while the service is new. */
export function IdentityFields({
  form,
  isNew,
  readOnly,
  divisions,
  currentDivisionName,
}: IdentityFieldsProps) {
  const { t } = useTranslation();
  const divisionOptions = divisionOptionsOf(divisions, form.getValues().divisionCode, currentDivisionName);

  return (
    <Stack gap="md">
      {isNew && (
        <TextInput
          label={t('catalogueAdmin.fields.code')}
          description={t('catalogueAdmin.fields.codeHint')}
          required
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          maw={420}
          {...form.getInputProps('code')}
        />
      )}
      <TextInput label={t('catalogueAdmin.fields.name')} required {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select
          label={t('catalogueAdmin.fields.kind')}
          data={serviceKindOptions(t)}
          allowDeselect={false}
          required
          {...form.getInputProps('kind')}
        />
        <Select
          label={t('catalogueAdmin.fields.division')}
          placeholder={t('catalogueAdmin.fields.divisionPlaceholder')}
          data={divisionOptions}
          clearable={!readOnly}
          clearButtonProps={{
            'aria-label': t('catalogueAdmin.fields.clear', { field: t('catalogueAdmin.fields.division') }),
          }}
          {...form.getInputProps('divisionCode')}
        />
        <Select
          label={t('catalogueAdmin.fields.channel')}
          placeholder={t('catalogueAdmin.fields.channelPlaceholder')}
          data={channelOptions(t)}
          clearable={!readOnly}
          clearButtonProps={{
            'aria-label': t('catalogueAdmin.fields.clear', { field: t('catalogueAdmin.fields.channel') }),
          }}
          description={t('catalogueAdmin.fields.channelHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('channel')}
        />
      </SimpleGrid>
      <Textarea
        label={t('catalogueAdmin.fields.summary')}
        description={t('catalogueAdmin.fields.summaryHint')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('summary')}
      />
    </Stack>
  );
}
