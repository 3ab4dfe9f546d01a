import { Button, Grid, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EditableRow } from '../office-settings/row-actions';
import { focusById } from '../office-settings/settings-payload';
import { CompletionTimeReading } from './completion-time-reading';
import { stepKindOptions, stepRoleOptions } from './select-options';
import { emptyStepRow, type ServiceForm, type StepRow } from './service-form-values';

interface StepsEditorProps {
  form: ServiceForm;
  readOnly: boolean;
}

/** The workflow in order: who does what, in which role, within what time. */
export function StepsEditor({ form, readOnly }: StepsEditorProps) {
  const { t } = useTranslation();
  const rows = form.getValues().steps;
  const listError = form.errors.steps;
  const add = () => {
    const row = emptyStepRow();
    form.insertListItem('steps', row);
    focusById(`step-${row.key}-name`);
  };

  return (
    <Stack gap="sm">
      {listError && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {listError}
        </Text>
      )}
      {rows.map((row, index) => (
        <EditableRow
          key={row.key}
          rowId={`step-${row.key}`}
          itemLabel={t('catalogueAdmin.steps.item', { number: index + 1 })}
          index={index}
          count={rows.length}
          readOnly={readOnly}
          onMove={(from, to) => form.reorderListItem('steps', { from, to })}
          onRemove={() => form.removeListItem('steps', index)}
        >
          <StepFields form={form} row={row} index={index} />
        </EditableRow>
      ))}
      {!readOnly && (
        <div>
          <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={add}>
            {t('catalogueAdmin.steps.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}

function StepFields({ form, row, index }: { form: ServiceForm; row: StepRow; index: number }) {
  const { t } = useTranslation();
  const path = (field: keyof StepRow) => `steps.${index}.${field}` as const;
  const reading = (field: 'timeStandard' | 'startWithin') =>
    form.errors[path(field)] ? undefined : <CompletionTimeReading text={row[field]} />;
  return (
    <Grid gap="sm" align="flex-start">
      <Grid.Col span={12}>
        <Textarea
          id={`step-${row.key}-name`}
          label={t('catalogueAdmin.steps.name')}
          required
          autosize
          minRows={1}
          maxRows={6}
          {...form.getInputProps(path('name'))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <TextInput
          label={t('catalogueAdmin.steps.actor')}
          placeholder={t('catalogueAdmin.steps.actorPlaceholder')}
          required
          {...form.getInputProps(path('actor'))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <Select
          label={t('catalogueAdmin.steps.role')}
          data={stepRoleOptions(t)}
          allowDeselect={false}
          required
          {...form.getInputProps(path('role'))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <Select
          label={t('catalogueAdmin.steps.kind')}
          data={stepKindOptions(t)}
          allowDeselect={false}
          required
          {...form.getInputProps(path('kind'))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('catalogueAdmin.steps.timeStandard')}
          placeholder={t('catalogueAdmin.steps.timePlaceholder')}
          description={reading('timeStandard')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps(path('timeStandard'))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('catalogueAdmin.steps.startWithin')}
          placeholder={t('catalogueAdmin.steps.timePlaceholder')}
          description={reading('startWithin')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps(path('startWithin'))}
        />
      </Grid.Col>
    </Grid>
  );
}
