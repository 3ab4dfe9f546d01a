import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HOLIDAY_KINDS, type THoliday, ZHoliday } from '../../../domain/offices/settings';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { createHoliday } from './api';

type HolidayKind = THoliday['kind'];

const validateHoliday = schemaResolver(ZHoliday, { sync: true });

/** Adds one holiday; after a success the date and name clear for the next, the kind stays. */
export function HolidayForm({ onAdded }: { onAdded: (holiday: THoliday) => void }) {
  const { t } = useTranslation();
  const form = useForm<THoliday>({
    initialValues: { date: '', name: '', kind: 'local' },
    validate: (values) => validateHoliday({ ...values, name: values.name.trim() }),
  });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: THoliday) => {
    const added = await createHoliday({ ...values, name: values.name.trim() });
    form.setValues({ date: '', name: '' });
    onAdded(added);
  });

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-labelledby="holiday-form-heading">
        <Stack gap="sm">
          <Title order={3} size="h5" id="holiday-form-heading">
            {t('officeSettings.holidays.addHeading')}
          </Title>
          {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              type="date"
              label={t('officeSettings.holidays.date')}
              required
              {...form.getInputProps('date')}
            />
            <TextInput label={t('officeSettings.holidays.name')} required {...form.getInputProps('name')} />
            <Select
              label={t('officeSettings.holidays.kind')}
              data={HOLIDAY_KINDS.map((kind: HolidayKind) => ({
                value: kind,
                label: t(`officeSettings.holidays.kinds.${kind}`),
              }))}
              allowDeselect={false}
              required
              {...form.getInputProps('kind')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={submitting} leftSection={<IconPlus size={18} aria-hidden />}>
              {t('officeSettings.holidays.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
