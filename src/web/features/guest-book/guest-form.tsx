import { Button, Grid, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TGuestBookEntry } from '../../../domain/intake/staff-intake';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { SuccessNotice } from '../office-settings/success-notice';
import { createGuestBookEntry } from './api';
import { formatTimeOfDay } from './format-time';
import {
  EMPTY_GUEST_VALUES,
  type GuestFormValues,
  toGuestBookInput,
  validateGuestValues,
} from './guest-form-values';

// Hints sit under the inputs, so the three inputs line up in one row whatever the hints' length.
const HINT_BELOW = ['label', 'input', 'description', 'error'] as const;

interface GuestFormProps {
  timeZone: string | undefined;
  onAdded: (entry: TGuestBookEntry) => void;
}

/**
 * The quick entry at the desk: name, phone, purpose, Enter. After a save the form clears and
 * focus goes back to the name, ready for the next in the queue; on an error nothing typed is lost.
 */
export function GuestForm({ timeZone, onAdded }: GuestFormProps) {
  const { t } = useTranslation();
  const nameInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<GuestFormValues>({
    initialValues: EMPTY_GUEST_VALUES,
    validate: validateGuestValues,
  });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: GuestFormValues) => {
    setNotice(null);
    const entry = await createGuestBookEntry(toGuestBookInput(values));
    form.reset();
    onAdded(entry);
    setNotice(
      t('guestBook.form.saved', { name: entry.visitorName, time: formatTimeOfDay(entry.timeIn, timeZone) }),
    );
    nameInput.current?.focus();
  });
  // A failed check, here or on the server, takes focus to the first field in error.
  const handleInvalid = (errors: Record<string, unknown>) => focusFirstError(errors);
  useEffect(() => {
    if (failure) focusFirstError(failure.error.fields);
  }, [failure]);

  return (
    <Paper withBorder p="md">
      <form
        onSubmit={form.onSubmit(handleSubmit, handleInvalid)}
        noValidate
        aria-labelledby="guest-form-heading"
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="guest-form-heading">
            {t('guestBook.form.heading')}
          </Title>
          {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <TextInput
                ref={nameInput}
                id="guest-visitorName"
                label={t('guestBook.form.visitorName')}
                required
                autoComplete="off"
                maxLength={120}
                {...form.getInputProps('visitorName')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 3 }}>
              <TextInput
                id="guest-visitorPhone"
                type="tel"
                inputMode="tel"
                autoComplete="off"
                label={t('guestBook.form.visitorPhone')}
                description={t('guestBook.form.visitorPhoneHint')}
                inputWrapperOrder={[...HINT_BELOW]}
                {...form.getInputProps('visitorPhone')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <TextInput
                id="guest-purpose"
                label={t('guestBook.form.purpose')}
                description={t('guestBook.form.purposeHint')}
                inputWrapperOrder={[...HINT_BELOW]}
                required
                autoComplete="off"
                maxLength={300}
                {...form.getInputProps('purpose')}
              />
            </Grid.Col>
          </Grid>
          <Group gap="sm">
            <Button type="submit" loading={submitting} leftSection={<IconUserPlus size={18} aria-hidden />}>
              {t('guestBook.form.submit')}
            </Button>
          </Group>
          <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        </Stack>
      </form>
    </Paper>
  );
}

const FIELD_ORDER = ['visitorName', 'visitorPhone', 'purpose'] as const;

function focusFirstError(errors: Record<string, unknown>): void {
  const first = FIELD_ORDER.find((field) => field in errors);
  if (first) document.getElementById(`guest-${first}`)?.focus();
}
