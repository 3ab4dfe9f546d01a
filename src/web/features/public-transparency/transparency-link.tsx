import { Button, Paper, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadTransparencyPages } from './lazy-pages';

/** The office home's way to its public figures; starts loading the page as soon as it is reached for. */
export function TransparencyLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const preload = () => void loadTransparencyPages();
  return (
    <Paper component="section" aria-labelledby="transparency-link-heading" withBorder p="md">
      <Title order={2} id="transparency-link-heading" size="h3">
        {t('publicTransparency.linkHeading')}
      </Title>
      <Text mt={4} mb="sm">
        {t('publicTransparency.linkIntro')}
      </Text>
      <Button
        component={Link}
        to={`/${slug}/transparansi`}
        variant="outline"
        size="md"
        leftSection={<IconChartBar size={20} aria-hidden />}
        onPointerEnter={preload}
        onTouchStart={preload}
        onFocus={preload}
      >
        {t('publicTransparency.linkButton')}
      </Button>
    </Paper>
  );
}
