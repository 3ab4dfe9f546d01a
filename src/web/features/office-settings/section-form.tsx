import './read-only-fields.css';
import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormFailure } from '../../api/form-errors';
import { ErrorAlert } from '../../app/ui/error-alert';

interface SectionFormProps {
  readOnly: boolean;
  submitting: boolean;
  failure: FormFailure | null;
  /** The last save's result, said beside the buttons where the admin is looking. */
  notice: string | null;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onReset: () => void;
  children: ReactNode;
}

/** One settings section as a form: its inputs (disabled for viewers), the server's error and its own save. */
export function SectionForm({
  readOnly,
  submitting,
  failure,
  notice,
  onSubmit,
  onReset,
  children,
}: SectionFormProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Fieldset variant="unstyled" disabled={readOnly} p={0} m={0} className="read-only-fields">
          <Stack gap="md">{children}</Stack>
        </Fieldset>
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        {!readOnly && (
          <Group justify="flex-end" gap="sm">
            <Text size="sm" fw={600} c="teal.9" aria-live="polite" mr="auto">
              {notice}
            </Text>
            <Button variant="default" onClick={onReset}>
              {t('officeSettings.resetChanges')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
