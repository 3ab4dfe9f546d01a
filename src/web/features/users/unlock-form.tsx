import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { ErrorAlert } from '../../app/ui/error-alert';
import { unlockUser } from './api';

interface UnlockFormProps {
  user: TUser;
  onSaved: (user: TUser) => void;
  onCancel: () => void;
}

/** Asks before opening an account the login guard locked; the password stays the officer's own. */
export function UnlockForm({ user, onSaved, onCancel }: UnlockFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleConfirm = async () => {
    setSubmitting(true);
    setError(null);
    try {
      onSaved(await unlockUser(user.id));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Stack gap="md">
      <Text>{t('users.unlockConfirm', { name: user.fullName })}</Text>
      {error && <ErrorAlert error={error} otherMessages={Object.values(error.fields)} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button loading={submitting} onClick={() => void handleConfirm()}>
          {t('users.unlock')}
        </Button>
      </Group>
    </Stack>
  );
}
