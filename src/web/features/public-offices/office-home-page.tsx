import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { NotFoundPage } from '../../app/not-found-page';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { ServiceCatalogueLink } from '../public-catalogue/service-catalogue-link';
import { ReportLinks } from '../public-report/report-links';
import { TransparencyLink } from '../public-transparency/transparency-link';
import { fetchOfficeProfile } from './api';
import { OfficeContact, OfficeDivisions, OfficeOfficials } from './office-sections';

/** `/{slug}`: an office's public home. */
export function OfficeHomePage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const office = useApiQuery(`office:${slug}`, (signal) => fetchOfficeProfile(slug, signal));

  if (office.error?.status === 404) return <NotFoundPage slug={slug} />;
  if (office.error) return <ErrorAlert error={office.error} onRetry={office.reload} />;
  if (!office.data) return <PageLoader />;
  const profile = office.data;

  return (
    <Stack gap="xl">
      <PageTitle>{profile.name}</PageTitle>
      <div>
        <Anchor component={Link} to="/" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            {t('publicOffices.backToList')}
          </Group>
        </Anchor>
        <Title order={1} mt="xs">
          {profile.name}
        </Title>
        <Text c="dimmed">{profile.regionName}</Text>
        {profile.programmeName && (
          <Text mt={4}>{t('publicOffices.programme', { name: profile.programmeName })}</Text>
        )}
      </div>

      <ReportLinks slug={profile.slug} />
      <ServiceCatalogueLink slug={profile.slug} />
      <TransparencyLink slug={profile.slug} />

      <OfficeContact office={profile} />
      <OfficeDivisions divisions={profile.divisions} />
      <OfficeOfficials officials={profile.officials} />

      <Paper component="section" aria-labelledby="staff-heading" withBorder p="md" bg="gray.0">
        <Title order={2} id="staff-heading" size="h4">
          {t('publicOffices.staffHeading')}
        </Title>
        <Text size="sm" mt={4} mb="sm">
          {t('publicOffices.staffIntro')}
        </Text>
        <Button
          component={Link}
          to="/staff/login"
          variant="outline"
          leftSection={<IconLogin size={16} aria-hidden />}
        >
          {t('publicOffices.staffLogin')}
        </Button>
      </Paper>
    </Stack>
  );
}
