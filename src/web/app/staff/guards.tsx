import { Button, Container, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../../domain/auth/roles';
import { useSession, useSignedInUser } from '../../features/auth/session';
import { ErrorAlert } from '../ui/error-alert';
import { PageLoader } from '../ui/page-loader';
import { PageTitle } from '../ui/page-title';

export interface LoginRedirectState {
  from?: string;
  expired?: boolean;
}

/** Staff routes: the login page for strangers, the password page while a change is pending. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <PageLoader />;
  if (session.loadError) {
    return (
      <Container size="sm" py="xl" component="main">
        <ErrorAlert error={session.loadError} onRetry={() => void session.refresh()} />
      </Container>
    );
  }
  if (!session.user) {
    const state: LoginRedirectState = { from: location.pathname + location.search, expired: session.expired };
    return <Navigate to="/staff/login" replace state={state} />;
  }
  if (session.user.mustChangePassword && location.pathname !== '/staff/password') {
    return <Navigate to="/staff/password" replace />;
  }
  return <Outlet />;
}

/** Hides a page from roles that cannot use it; only for navigation, the server enforces access. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useSignedInUser();
  const { t } = useTranslation();
  if (roles.includes(user.role)) return children;
  return (
    <Stack gap="md">
      <PageTitle>{t('staff.forbiddenTitle')}</PageTitle>
      <Title order={1}>{t('staff.forbiddenTitle')}</Title>
      <Text>{t('staff.forbiddenBody')}</Text>
      <div>
        <Button component={Link} to="/staff" variant="light">
          {t('staff.backHome')}
        </Button>
      </div>
    </Stack>
  );
}
