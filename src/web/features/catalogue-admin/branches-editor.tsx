import { Button, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EditableRow } from '../office-settings/row-actions';
import { focusById } from '../office-settings/settings-payload';
import { emptyBranchRow, type ServiceForm } from './service-form-values';

interface BranchesEditorProps {
  form: ServiceForm;
  readOnly: boolean;
}

/** Branches of a service whose product depends on a decision; products one per line. */
export function BranchesEditor({ form, readOnly }: BranchesEditorProps) {
  const { t } = useTranslation();
  const rows = form.getValues().branches;
  const add = () => {
    const row = emptyBranchRow();
    form.insertListItem('branches', row);
    focusById(`branch-${row.key}-code`);
  };

  return (
    <Stack gap="sm">
      {rows.length === 0 && <Text>{t('catalogueAdmin.branches.empty')}</Text>}
      {rows.map((row, index) => (
        <EditableRow
          key={row.key}
          rowId={`branch-${row.key}`}
          itemLabel={t('catalogueAdmin.branches.item', { number: index + 1 })}
          index={index}
          count={rows.length}
          readOnly={readOnly}
          onMove={(from, to) => form.reorderListItem('branches', { from, to })}
          onRemove={() => form.removeListItem('branches', index)}
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                id={`branch-${row.key}-code`}
                label={t('catalogueAdmin.branches.code')}
                autoCapitalize="none"
                spellCheck={false}
                {...form.getInputProps(`branches.${index}.code`)}
              />
              <TextInput
                label={t('catalogueAdmin.branches.name')}
                {...form.getInputProps(`branches.${index}.name`)}
              />
            </SimpleGrid>
            <Textarea
              label={t('catalogueAdmin.branches.description')}
              autosize
              minRows={2}
              maxRows={8}
              {...form.getInputProps(`branches.${index}.description`)}
            />
            <Textarea
              label={t('catalogueAdmin.branches.products')}
              description={t('catalogueAdmin.branches.productsHint')}
              autosize
              minRows={2}
              maxRows={8}
              {...form.getInputProps(`branches.${index}.products`)}
            />
          </Stack>
        </EditableRow>
      ))}
      {!readOnly && (
        <div>
          <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={add}>
            {t('catalogueAdmin.branches.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
