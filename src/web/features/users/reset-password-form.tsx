import { Button, Group, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TUser, ZUserUpdate } from '../../../domain/auth/schemas';
import { type FormFailure, showApiErrorOnForm } from '../../api/form-errors';
import { ErrorAlert } from '../../app/ui/error-alert';
import { updateUser } from './api';
import { generateTemporaryPassword } from './temporary-password';
import { TemporaryPasswordInput } from './temporary-password-input';

interface ResetPasswordFormProps {
  user: TUser;
  onSaved: (user: TUser) => void;
  onCancel: () => void;
}

/** Sets a temporary password; the server signs the user out, unlocks the account, and asks for a new one. */
export function ResetPasswordForm({ user, onSaved, onCancel }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { password: generateTemporaryPassword() },
    validate: schemaResolver(ZUserUpdate.pick({ password: true }).required(), { sync: true }),
  });

  const handleSubmit = async (values: { password: string }) => {
    setSubmitting(true);
    setFailure(null);
    try {
      onSaved(await updateUser(user.id, { password: values.password }));
    } catch (error) {
      setFailure(showApiErrorOnForm(form, error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('users.resetNotice')}</Text>
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        <TemporaryPasswordInput
          label={t('users.fields.password')}
          description={t('users.temporaryPasswordHint')}
          required
          data-autofocus
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('users.resetPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
