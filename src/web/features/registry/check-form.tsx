import { Button, Grid, Group, Paper, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TRegistryCheckRequest, TRegistryCheckResult } from '../../../domain/registry/schemas';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { checkRegistry } from './api';

type Method = TRegistryCheckRequest['by'];

interface CheckValues {
  ticket: string;
  by: Method;
  nik: string;
  kk: string;
  name: string;
  birthDate: string;
}

const digits = (value: string) => value.replace(/\D/g, '');

/** The request as the API takes it: only the fields of the chosen method, numbers without spaces. */
function requestOf(values: CheckValues): TRegistryCheckRequest {
  const ticket = values.ticket.trim();
  if (values.by === 'nik') return { by: 'nik', ticket, nik: digits(values.nik) };
  if (values.by === 'kk') return { by: 'kk', ticket, kk: digits(values.kk) };
  return { by: 'name', ticket, name: values.name.trim(), birthDate: values.birthDate };
}

/** Check by NIK, KK, or name and birth date, for a case. The NIK goes in the body of a POST, never a URL. */
export function CheckForm({
  ticket,
  onResult,
}: {
  ticket: string;
  onResult: (result: TRegistryCheckResult) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<CheckValues>({
    initialValues: { ticket, by: 'nik', nik: '', kk: '', name: '', birthDate: '' },
  });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: CheckValues) => {
    onResult(await checkRegistry(requestOf(values)));
  });
  const by = form.getValues().by;
  form.watch('by', () => form.clearErrors());

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label={t('registry.check.submit')}>
        <Stack gap="sm">
          {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
          <TextInput
            label={t('registry.check.ticket')}
            description={t('registry.check.ticketHint')}
            required
            maxLength={20}
            autoComplete="off"
            {...form.getInputProps('ticket')}
          />
          <Radio.Group label={t('registry.check.by')} {...form.getInputProps('by')}>
            <Group gap="md" mt={4}>
              <Radio value="nik" label={t('registry.check.byNik')} />
              <Radio value="kk" label={t('registry.check.byKk')} />
              <Radio value="name" label={t('registry.check.byName')} />
            </Group>
          </Radio.Group>
          {by === 'nik' && (
            <TextInput
              label={t('registry.check.nik')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={19}
              required
              {...form.getInputProps('nik')}
            />
          )}
          {by === 'kk' && (
            <TextInput
              label={t('registry.check.kk')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={19}
              required
              {...form.getInputProps('kk')}
            />
          )}
          {by === 'name' && (
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput
                  label={t('registry.check.name')}
                  required
                  maxLength={200}
                  {...form.getInputProps('name')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  type="date"
                  label={t('registry.check.birthDate')}
                  required
                  {...form.getInputProps('birthDate')}
                />
              </Grid.Col>
            </Grid>
          )}
          <div>
            <Button type="submit" loading={submitting} leftSection={<IconSearch size={18} aria-hidden />}>
              {t('registry.check.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
