import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { fetchOffices } from './api';
import { OfficeCard } from './office-card';

/** `/`: every office of this deployment, each leading to its public home. */
export function OfficeListPage() {
  const { t } = useTranslation();
  const offices = useApiQuery('offices', fetchOffices);
  return (
    <Stack gap="lg">
      <PageTitle>{t('app.tagline')}</PageTitle>
      <div>
        <Title order={1}>{t('publicOffices.listTitle')}</Title>
        <Text mt="xs" size="lg">
          {t('publicOffices.listIntro')}
        </Text>
      </div>
      <section aria-labelledby="office-list-heading">
        <Title order={2} id="office-list-heading" size="h3" mb="sm">
          {t('publicOffices.listHeading')}
        </Title>
        {offices.error && <ErrorAlert error={offices.error} onRetry={offices.reload} />}
        {offices.loading && !offices.data && <PageLoader />}
        {offices.data?.items.length === 0 && <Text>{t('publicOffices.empty')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {offices.data?.items.map((office) => (
            <OfficeCard key={office.code} office={office} />
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
