import { Alert, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconCircleCheck, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, type TPasswordChange, ZPasswordChange } from '../../../domain/auth/schemas';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageTitle } from '../../app/ui/page-title';
import { MyContactForm } from '../users/my-contact-form';
import { changePassword } from './api';
import { useSession, useSignedInUser } from './session';

interface PasswordFormValues extends TPasswordChange {
  confirmPassword: string;
}

const validatePasswordChange = schemaResolver(ZPasswordChange, { sync: true });

/** `/staff/password`: for everyone, and the only page while a password change is pending. */
export function PasswordPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const session = useSession();
  const [changed, setChanged] = useState(false);
  const form = useForm<PasswordFormValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => ({
      ...validatePasswordChange({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
      ...(values.confirmPassword !== values.newPassword
        ? { confirmPassword: t('auth.confirmMismatch') }
        : {}),
    }),
  });

  const { failure, submitting, handleSubmit } = useFormSubmission(
    form,
    async ({ currentPassword, newPassword }: PasswordFormValues) => {
      setChanged(false);
      await changePassword({ currentPassword, newPassword });
      form.reset();
      setChanged(true);
      // The server cleared the pending change; /auth/me tells the rest of the app.
      await session.refresh();
    },
  );

  return (
    <Stack gap="lg" maw={480}>
      <PageTitle>{t('auth.passwordTitle')}</PageTitle>
      <Title order={1}>{t('auth.passwordTitle')}</Title>
      {user.mustChangePassword && (
        <Alert color="orange" variant="light" icon={<IconShieldLock aria-hidden />}>
          {t('auth.forcedNotice')}
        </Alert>
      )}
      {changed && (
        <Alert
          color="teal"
          variant="light"
          title={t('common.successTitle')}
          icon={<IconCircleCheck aria-hidden />}
        >
          {t('auth.passwordChanged')}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
          <Stack gap="md">
            {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
            <PasswordInput
              label={t('auth.currentPassword')}
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('auth.newPassword')}
              description={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label={t('auth.confirmPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmPassword')}
            />
            <Button type="submit" loading={submitting}>
              {t('auth.submitPassword')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {/* Where the officer's own staff alerts go; the API refuses it until the password is changed. */}
      {!user.mustChangePassword && <MyContactForm />}
    </Stack>
  );
}
