import { Button, Grid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EditableRow } from '../office-settings/row-actions';
import { focusById } from '../office-settings/settings-payload';
import { emptyChecklistRow, type ServiceForm } from './service-form-values';

interface ChecklistEditorProps {
  form: ServiceForm;
  readOnly: boolean;
}

/** The documents checked at intake: a name, whether it is always needed, and when it is if not. */
export function ChecklistEditor({ form, readOnly }: ChecklistEditorProps) {
  const { t } = useTranslation();
  const rows = form.getValues().requirementChecklist;
  const add = () => {
    const row = emptyChecklistRow();
    form.insertListItem('requirementChecklist', row);
    focusById(`checklist-${row.key}-name`);
  };

  return (
    <Stack gap="sm">
      {rows.length === 0 && <Text>{t('catalogueAdmin.checklist.empty')}</Text>}
      {rows.map((row, index) => {
        const itemLabel = t('catalogueAdmin.checklist.item', { number: index + 1 });
        return (
          <EditableRow
            key={row.key}
            rowId={`checklist-${row.key}`}
            itemLabel={itemLabel}
            index={index}
            count={rows.length}
            readOnly={readOnly}
            onMove={(from, to) => form.reorderListItem('requirementChecklist', { from, to })}
            onRemove={() => form.removeListItem('requirementChecklist', index)}
          >
            <Grid gap="sm" align="flex-start">
              <Grid.Col span={{ base: 12, md: row.mandatory ? 10 : 6 }}>
                <TextInput
                  id={`checklist-${row.key}-name`}
                  label={t('catalogueAdmin.checklist.name')}
                  required
                  {...form.getInputProps(`requirementChecklist.${index}.name`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 2 }} pt={{ base: 'xs', md: 34 }}>
                <Switch
                  label={t('catalogueAdmin.checklist.mandatory')}
                  {...form.getInputProps(`requirementChecklist.${index}.mandatory`, { type: 'checkbox' })}
                />
              </Grid.Col>
              {!row.mandatory && (
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <TextInput
                    label={t('catalogueAdmin.checklist.condition')}
                    description={t('catalogueAdmin.checklist.conditionHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    required
                    {...form.getInputProps(`requirementChecklist.${index}.condition`)}
                  />
                </Grid.Col>
              )}
            </Grid>
          </EditableRow>
        );
      })}
      {!readOnly && (
        <div>
          <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={add}>
            {t('catalogueAdmin.checklist.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
