import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconMessageReport, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadTrackingPages } from '../public-tracking/lazy-pages';
import { loadReportPages } from './lazy-pages';

/** The office home's way to report and to track; each starts loading its page as soon as it is reached for. */
export function ReportLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const preloadReport = () => void loadReportPages();
  const preloadTracking = () => void loadTrackingPages();
  return (
    <Paper
      component="section"
      aria-labelledby="report-links-heading"
      withBorder
      p="md"
      className="report-links"
    >
      <Title order={2} id="report-links-heading" size="h3">
        {t('publicReport.officeLinks.heading')}
      </Title>
      <Text mt={4} mb="sm">
        {t('publicReport.officeLinks.intro')}
      </Text>
      <Group gap="sm">
        <Button
          component={Link}
          to={`/${slug}/lapor`}
          size="md"
          leftSection={<IconMessageReport size={20} aria-hidden />}
          onPointerEnter={preloadReport}
          onTouchStart={preloadReport}
          onFocus={preloadReport}
        >
          {t('publicReport.officeLinks.report')}
        </Button>
        <Button
          component={Link}
          to={`/${slug}/lacak`}
          size="md"
          variant="default"
          leftSection={<IconSearch size={20} aria-hidden />}
          onPointerEnter={preloadTracking}
          onTouchStart={preloadTracking}
          onFocus={preloadTracking}
        >
          {t('publicReport.officeLinks.track')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The service page's way into the form, with that service chosen. */
export function ServiceReportLink({
  slug,
  serviceCode,
  kind,
}: {
  slug: string;
  serviceCode: string;
  kind: 'service' | 'complaint';
}) {
  const { t } = useTranslation();
  const preload = () => void loadReportPages();
  return (
    <Button
      component={Link}
      to={`/${slug}/lapor?layanan=${encodeURIComponent(serviceCode)}`}
      size="md"
      leftSection={<IconMessageReport size={20} aria-hidden />}
      onPointerEnter={preload}
      onTouchStart={preload}
      onFocus={preload}
    >
      {t(`publicReport.serviceLink.${kind}`)}
    </Button>
  );
}
