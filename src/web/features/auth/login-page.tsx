import {
  Alert,
  Anchor,
  Button,
  Code,
  Container,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { type TLoginRequest, ZLoginRequest } from '../../../domain/auth/schemas';
import { useFormSubmission } from '../../api/use-form-submission';
import { usePublicConfig } from '../../app/public-config';
import { SiteHeader } from '../../app/site-header';
import type { LoginRedirectState } from '../../app/staff/guards';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageTitle } from '../../app/ui/page-title';
import { SkipLink } from '../../app/ui/skip-link';
import { login } from './api';
import { useSession } from './session';

// The seed's demo password; /config does not carry it, so the hint names it here (demo mode only).
const DEMO_PASSWORD = 'satuatap-demo';
const DEMO_EXAMPLE_USERNAME = 'dumai.frontoffice';

/** `/staff/login`: username and password; the server's refusal is shown as it was sent. */
export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const redirect = (useLocation().state ?? {}) as LoginRedirectState;
  const form = useForm<TLoginRequest>({
    initialValues: { username: '', password: '' },
    validate: schemaResolver(ZLoginRequest, { sync: true }),
  });

  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: TLoginRequest) => {
    const response = await login(values);
    session.signedIn(response);
    navigate(response.user.mustChangePassword ? '/staff/password' : (redirect.from ?? '/staff'), {
      replace: true,
    });
  });

  if (session.user && !submitting) {
    return (
      <Navigate
        to={session.user.mustChangePassword ? '/staff/password' : (redirect.from ?? '/staff')}
        replace
      />
    );
  }

  return (
    <>
      <SkipLink />
      <SiteHeader />
      <Container component="main" id="main" tabIndex={-1} size={440} py="xl">
        <PageTitle>{t('auth.loginTitle')}</PageTitle>
        <Title order={1}>{t('auth.loginTitle')}</Title>
        <Text mt="xs" mb="lg">
          {t('auth.loginIntro')}
        </Text>
        <Paper withBorder p="lg">
          <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
            <Stack gap="md">
              {redirect.expired && !failure && (
                <Alert color="orange" variant="light">
                  {t('auth.sessionExpired')}
                </Alert>
              )}
              {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
              <TextInput
                label={t('auth.username')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={submitting} fullWidth>
                {t('auth.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <DemoAccountsHint />
        <Anchor component={Link} to="/" size="sm" mt="lg" display="inline-block">
          {t('auth.backToPublic')}
        </Anchor>
      </Container>
    </>
  );
}

function DemoAccountsHint() {
  const { t } = useTranslation();
  if (!usePublicConfig()?.demoMode) return null;
  return (
    <Alert
      mt="md"
      variant="light"
      color="blue"
      title={t('auth.demoHintTitle')}
      icon={<IconInfoCircle aria-hidden />}
    >
      <Text size="sm">
        {t('auth.demoUsername')} <Code>{t('auth.demoPattern')}</Code> ({t('auth.demoExample')}{' '}
        <Code>{DEMO_EXAMPLE_USERNAME}</Code>)
      </Text>
      <Text size="sm" mt={4}>
        {t('auth.demoPassword')} <Code>{DEMO_PASSWORD}</Code>
      </Text>
    </Alert>
  );
}
