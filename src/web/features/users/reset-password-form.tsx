import { Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type TUser, ZUserUpdate } from '../../../domain/auth/schemas';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { FormActions } from '../../app/ui/form-actions';
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
  const form = useForm({
    initialValues: { password: generateTemporaryPassword() },
    validate: schemaResolver(ZUserUpdate.pick({ password: true }).required(), { sync: true }),
  });

  const { failure, submitting, handleSubmit } = useFormSubmission(
    form,
    async (values: { password: string }) => onSaved(await updateUser(user.id, { password: values.password })),
  );

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
        <FormActions onCancel={onCancel} submitting={submitting} submitLabel={t('users.resetPassword')} />
      </Stack>
    </form>
  );
}
