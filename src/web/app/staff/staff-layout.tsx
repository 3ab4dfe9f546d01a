import { AppShell, Box, Burger, Divider, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { ApiError } from '../../api/client';
import { useSignedInUser } from '../../features/auth/session';
import { NotificationBell } from '../../features/staff-notifications/notification-bell';
import { DemoBanner } from '../demo-banner';
import { LanguageSwitch } from '../language-switch';
import { usePublicConfig } from '../public-config';
import { ErrorAlert } from '../ui/error-alert';
import { SkipLink } from '../ui/skip-link';
import { useFocusMainOnNavigation } from '../ui/use-focus-main-on-navigation';
import { useIsWide } from '../ui/use-is-wide';
import { LogoutButton } from './logout-button';
import { StaffNavLinks } from './staff-nav-links';
import { UserSummary } from './user-summary';

const HEADER_HEIGHT = 60;
const DEMO_BANNER_HEIGHT = 24;

/** Header with who is signed in, a role-based menu (a drawer behind a burger on phones), the page. */
export function StaffLayout() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const demoMode = usePublicConfig()?.demoMode ?? false;
  const [menuOpened, menu] = useDisclosure(false);
  const isWide = useIsWide();
  const [logoutError, setLogoutError] = useState<ApiError | null>(null);
  const { pathname } = useLocation();
  useFocusMainOnNavigation();

  // A new page closes the phone menu, whatever opened it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not a value used inside
  useEffect(() => menu.close(), [pathname]);

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT + (demoMode ? DEMO_BANNER_HEIGHT : 0) }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !menuOpened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <DemoBanner />
        <Group h={HEADER_HEIGHT} px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={menuOpened}
              onClick={menu.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={menuOpened ? t('staff.closeNavigation') : t('staff.openNavigation')}
              aria-expanded={menuOpened}
              aria-controls="staff-navigation"
            />
            <Box miw={0}>
              <Text component={Link} to="/staff" fw={800} c="blue.9" td="none" display="block">
                {t('app.name')}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {user.office.name}
              </Text>
            </Box>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {isWide && <UserSummary align="right" />}
            <NotificationBell />
            <LanguageSwitch />
            <LogoutButton compact={!isWide} onError={setLogoutError} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        id="staff-navigation"
        aria-label={t('staff.navLabel')}
        p="sm"
        // Off-screen on phones while closed: keep its links out of the tab order too.
        inert={!isWide && !menuOpened}
      >
        {!isWide && (
          <Stack gap="xs" mb="sm">
            <Text size="xs" c="dimmed">
              {t('staff.signedInAs')}
            </Text>
            <UserSummary />
            <Divider />
          </Stack>
        )}
        <StaffNavLinks onNavigate={menu.close} />
      </AppShell.Navbar>

      {/* While the phone menu covers the page, the page is out of reach for keyboards too. */}
      <AppShell.Main id="main" tabIndex={-1} inert={!isWide && menuOpened}>
        {logoutError && (
          <Box mb="md">
            <ErrorAlert error={logoutError} />
          </Box>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
