import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './ui/page-title';

/** The friendly answer to an address that leads nowhere; `slug` when it looked like an office. */
export function NotFoundPage({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="xl">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{slug ? t('notFound.officeBody', { slug }) : t('notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.backHome')}
      </Anchor>
    </Stack>
  );
}
