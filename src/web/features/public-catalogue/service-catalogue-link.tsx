import { Button, Paper, Text, Title } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadCataloguePages } from './lazy-pages';

/** The office home's way into its service catalogue; starts loading the pages as soon as it is reached for. */
export function ServiceCatalogueLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const preload = () => void loadCataloguePages();
  return (
    <Paper component="section" aria-labelledby="catalogue-link-heading" withBorder p="md">
      <Title order={2} id="catalogue-link-heading" size="h3">
        {t('publicCatalogue.officeLink.heading')}
      </Title>
      <Text mt={4} mb="sm">
        {t('publicCatalogue.officeLink.intro')}
      </Text>
      <Button
        component={Link}
        to={`/${slug}/layanan`}
        size="md"
        leftSection={<IconListDetails size={20} aria-hidden />}
        onPointerEnter={preload}
        onTouchStart={preload}
        onFocus={preload}
      >
        {t('publicCatalogue.officeLink.button')}
      </Button>
    </Paper>
  );
}
