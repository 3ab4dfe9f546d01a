import '@mantine/core/styles/Checkbox.css';
import { Button, Checkbox, FileInput, Grid, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDatabaseImport, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TRegistryImport } from '../../../domain/registry/schemas';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { uploadImport } from './api';

interface ImportValues {
  file: File | null;
  dataDate: string;
  source: string;
  mapping: string;
  saveMapping: boolean;
}

interface ImportFormProps {
  busy: boolean;
  onUploadProgress: (fraction: number) => void;
  onStarted: (job: TRegistryImport) => void;
  onFailed: () => void;
}

/** The upload: the file, the registry it comes from and the date of its data, and an optional mapping. */
export function ImportForm({ busy, onUploadProgress, onStarted, onFailed }: ImportFormProps) {
  const { t } = useTranslation();
  const form = useForm<ImportValues>({
    initialValues: { file: null, dataDate: '', source: 'DTKS', mapping: '', saveMapping: false },
    validate: {
      file: (file) => (file ? null : t('registry.import.chooseFile')),
    },
  });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: ImportValues) => {
    const data = new FormData();
    data.set('dataDate', values.dataDate);
    data.set('source', values.source);
    if (values.mapping.trim()) data.set('mapping', values.mapping.trim());
    if (values.saveMapping) data.set('saveMapping', 'true');
    if (values.file) data.set('file', values.file, values.file.name);
    onUploadProgress(0);
    try {
      onStarted(await uploadImport(data, onUploadProgress));
    } catch (error) {
      onFailed();
      throw error;
    }
  });

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label={t('registry.import.submit')}>
        <Stack gap="sm">
          {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <FileInput
                label={t('registry.import.file')}
                description={t('registry.import.fileHint')}
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                required
                clearable
                clearButtonProps={{ 'aria-label': t('registry.import.clearFile') }}
                {...form.getInputProps('file')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <TextInput
                type="date"
                label={t('registry.import.dataDate')}
                description={t('registry.import.dataDateHint')}
                required
                {...form.getInputProps('dataDate')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <TextInput
                label={t('registry.import.source')}
                required
                maxLength={40}
                {...form.getInputProps('source')}
              />
            </Grid.Col>
          </Grid>
          <Textarea
            label={t('registry.import.mapping')}
            description={t('registry.import.mappingHint')}
            placeholder='{"nik": "No Induk", "kk": "No KK"}'
            autosize
            minRows={2}
            spellCheck={false}
            {...form.getInputProps('mapping')}
          />
          <Checkbox
            label={t('registry.import.saveMapping')}
            {...form.getInputProps('saveMapping', { type: 'checkbox' })}
          />
          <div>
            <Button
              type="submit"
              loading={submitting || busy}
              leftSection={<IconDatabaseImport size={18} aria-hidden />}
            >
              {t('registry.import.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
