import { Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoBanner } from './demo-banner';
import { LanguageSwitch } from './language-switch';

/** The header of the public site and the login page: brand, language, demo notice. */
export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <DemoBanner />
      <Container size="md">
        <Group justify="space-between" h={56} wrap="nowrap">
          <Link to="/" className="brand-link">
            <Text component="span" fw={800} size="lg">
              {t('app.name')}
            </Text>
          </Link>
          <LanguageSwitch />
        </Group>
      </Container>
    </header>
  );
}
