import { Alert, Badge, Button, Group, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TServiceStandard } from '../../../domain/catalogue/standard';
import type { TOfficeProfile } from '../../../domain/offices/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { PageTitle } from '../../app/ui/page-title';
import { currentLocale } from '../../i18n';
import { ServiceReportLink } from '../public-report/report-links';
import { fetchServiceStandard } from './api';
import { ComponentsSection } from './components-table';
import { BackLink, PendingState, ServiceNotFound, useListAddress, useOfficeProfile } from './page-parts';
import { BranchesSection, FactsSection, RequirementsSection, StepsSection } from './standard-sections';

/** `/{slug}/layanan/{serviceCode}`: one service standard, for a phone and for print. */
export function ServiceStandardPage() {
  const params = useParams();
  const slug = params.slug ?? '';
  const code = params.serviceCode ?? '';
  const office = useOfficeProfile(slug);
  const standard = useApiQuery(`service:${slug}:${code}`, (signal) =>
    fetchServiceStandard(slug, code, signal),
  );

  if (!office.data || !standard.data) {
    return (
      <PendingState
        slug={slug}
        office={office}
        data={standard}
        notFound={(profile) => <ServiceNotFound office={profile} code={code} />}
      />
    );
  }
  return <StandardView office={office.data} standard={standard.data} />;
}

function StandardView({ office, standard }: { office: TOfficeProfile; standard: TServiceStandard }) {
  const { t } = useTranslation();
  return (
    <div className="service-standard">
      <PageTitle>{`${standard.name} · ${office.shortName}`}</PageTitle>
      <StandardHeader office={office} standard={standard} />
      {standard.toConfirm.length > 0 && (
        <Alert
          className="no-print"
          variant="light"
          color="yellow"
          icon={<IconInfoCircle aria-hidden />}
          title={t('publicCatalogue.standard.toConfirmTitle')}
          classNames={{ title: 'to-confirm-alert-title' }}
        >
          {t('publicCatalogue.standard.toConfirmBody', { office: office.name })}
        </Alert>
      )}
      <FactsSection standard={standard} />
      <RequirementsSection items={standard.requirementChecklist} />
      <StepsSection steps={standard.steps} />
      <BranchesSection branches={standard.branches} />
      <ComponentsSection standard={standard} />
      <Text size="sm" c="dimmed" className="standard-version">
        {t('publicCatalogue.standard.versionSince', {
          version: standard.version,
          date: formatDate(standard.versionCreatedAt, office.timeZone),
        })}
      </Text>
    </div>
  );
}

function StandardHeader({ office, standard }: { office: TOfficeProfile; standard: TServiceStandard }) {
  const { t } = useTranslation();
  const listAddress = useListAddress(office.slug);
  return (
    <div className="standard-header">
      <BackLink to={listAddress}>
        {t('publicCatalogue.standard.backToList', { office: office.shortName })}
      </BackLink>
      <Text c="dimmed" mt="xs" className="standard-office">
        {office.name}
      </Text>
      <Text className="print-only standard-print-title">{t('publicCatalogue.standard.printTitle')}</Text>
      <Title order={1}>{standard.name}</Title>
      <Group gap={6} mt="xs" className="standard-badges">
        <Badge
          variant="light"
          color={standard.kind === 'complaint' ? 'grape' : 'blue'}
          className="standard-badge"
        >
          {t(`publicCatalogue.kind.${standard.kind}`)}
        </Badge>
        <Badge variant="outline" color="gray" className="standard-badge">
          {t('publicCatalogue.standard.version', { version: standard.version })}
        </Badge>
      </Group>
      {standard.summary && (
        <Text mt="sm" className="no-print">
          {standard.summary}
        </Text>
      )}
      <Group mt="md" gap="sm" className="no-print">
        <ServiceReportLink slug={office.slug} serviceCode={standard.code} kind={standard.kind} />
        <Button
          variant="default"
          size="md"
          leftSection={<IconPrinter size={18} aria-hidden />}
          onClick={() => window.print()}
        >
          {t('publicCatalogue.standard.print')}
        </Button>
      </Group>
    </div>
  );
}

function formatDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso));
}
