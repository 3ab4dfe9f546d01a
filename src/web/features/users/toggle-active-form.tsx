import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { ErrorAlert } from '../../app/ui/error-alert';
import { updateUser } from './api';

interface ToggleActiveFormProps {
  user: TUser;
  onSaved: (user: TUser) => void;
  onCancel: () => void;
}

/** Asks before deactivating (the user is signed out at once) or activating an account. */
export function ToggleActiveForm({ user, onSaved, onCancel }: ToggleActiveFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const deactivating = user.active;

  const handleConfirm = async () => {
    setSubmitting(true);
    setError(null);
    try {
      onSaved(await updateUser(user.id, { active: !user.active }));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Stack gap="md">
      <Text>
        {deactivating
          ? t('users.deactivateConfirm', { name: user.fullName })
          : t('users.activateConfirm', { name: user.fullName })}
      </Text>
      {error && <ErrorAlert error={error} otherMessages={Object.values(error.fields)} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          color={deactivating ? 'red' : 'blue'}
          loading={submitting}
          onClick={() => void handleConfirm()}
        >
          {deactivating ? t('users.deactivate') : t('users.activate')}
        </Button>
      </Group>
    </Stack>
  );
}
