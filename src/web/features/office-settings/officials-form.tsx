import { Button, SimpleGrid, Text, TextInput } from '@mantine/core';
import { schemaResolver, type UseFormReturnType, useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type TOfficeSettings, ZOfficeSettingsUpdate } from '../../../domain/offices/settings';
import { EditableRow } from './row-actions';
import { SectionForm } from './section-form';
import { focusById, focusFirstInvalid, textOrNull } from './settings-payload';
import { useSectionSave } from './use-section-save';

interface OfficialRow {
  key: string;
  position: string;
  name: string;
  nip: string;
}

interface OfficialsValues {
  officials: OfficialRow[];
}

function valuesOf(settings: TOfficeSettings): OfficialsValues {
  return {
    officials: settings.officials.map((official) => ({
      key: randomId(),
      position: official.position,
      name: official.name ?? '',
      nip: official.nip ?? '',
    })),
  };
}

function toPatch(values: OfficialsValues) {
  return {
    officials: values.officials.map((row) => ({
      position: row.position.trim(),
      name: textOrNull(row.name),
      // NIPs are often written in groups ("19700101 199003 1 001"): the spaces go.
      nip: textOrNull(row.nip.replace(/\s+/g, '')),
    })),
  };
}

const validatePatch = schemaResolver(ZOfficeSettingsUpdate.pick({ officials: true }), { sync: true });

interface OfficialsFormProps {
  settings: TOfficeSettings;
  readOnly: boolean;
  onSaved: (settings: TOfficeSettings) => void;
}

/** Section 2: the officials who sign, in the order letters list them. */
export function OfficialsForm({ settings, readOnly, onSaved }: OfficialsFormProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const form = useForm<OfficialsValues>({
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
  const rows = form.getValues().officials;
  const add = () => {
    const key = randomId();
    form.insertListItem('officials', { key, position: '', name: '', nip: '' });
    focusById(`official-${key}-position`);
  };

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
        {rows.length === 0 && <Text>{t('officeSettings.officials.empty')}</Text>}
        {rows.map((row, index) => {
          const itemLabel = t('officeSettings.officials.item', { number: index + 1 });
          return (
            <EditableRow
              key={row.key}
              rowId={`official-${row.key}`}
              itemLabel={itemLabel}
              index={index}
              count={rows.length}
              readOnly={readOnly}
              onMove={(from, to) => form.reorderListItem('officials', { from, to })}
              onRemove={() => form.removeListItem('officials', index)}
            >
              <OfficialFields form={form} rowKey={row.key} index={index} />
            </EditableRow>
          );
        })}
        {!readOnly && (
          <div>
            <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={add}>
              {t('officeSettings.officials.add')}
            </Button>
          </div>
        )}
      </SectionForm>
    </div>
  );
}

interface OfficialFieldsProps {
  form: UseFormReturnType<OfficialsValues>;
  rowKey: string;
  index: number;
}

function OfficialFields({ form, rowKey, index }: OfficialFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput
        id={`official-${rowKey}-position`}
        label={t('officeSettings.officials.position')}
        required
        {...form.getInputProps(`officials.${index}.position`)}
      />
      <TextInput
        label={t('officeSettings.officials.name')}
        {...form.getInputProps(`officials.${index}.name`)}
      />
      <TextInput
        label={t('officeSettings.officials.nip')}
        inputMode="numeric"
        autoComplete="off"
        {...form.getInputProps(`officials.${index}.nip`)}
      />
    </SimpleGrid>
  );
}
