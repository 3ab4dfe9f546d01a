import { Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { usePublicConfig } from './public-config';
import { SiteHeader } from './site-header';
import { SkipLink } from './ui/skip-link';
import { useFocusMainOnNavigation } from './ui/use-focus-main-on-navigation';

export function PublicLayout() {
  const { t } = useTranslation();
  const config = usePublicConfig();
  useFocusMainOnNavigation();
  return (
    <div className="public-page">
      <SkipLink />
      <SiteHeader />
      <Container component="main" id="main" tabIndex={-1} size="md" py="lg" w="100%">
        <Outlet />
      </Container>
      <footer className="site-footer">
        <Container size="md" py="md">
          <Text size="sm" c="dimmed">
            {t('app.footer')}
            {config ? ` · ${t('app.version', { version: config.version })}` : ''}
          </Text>
        </Container>
      </footer>
    </div>
  );
}
