import '@mantine/core/styles/SegmentedControl.css';
import './dashboard.css';
import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TDashboardFigures } from '../../../domain/dashboard/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { latestAddress } from '../../app/address/latest-address';
import { formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import { PageHeading } from '../cases/page-heading';
import { ReportExport } from '../monitoring/report-export';
import { fetchDashboard } from './api';
import { DashboardFiltersPanel } from './dashboard-filters';
import { apiQueryOf, type DashboardFilters, filtersFromParams, monthIn, paramsOf } from './dashboard-query';
import { BacklogSection, StepsSection, WorkloadSection } from './now-sections';
import { IkmSection, IndicatorsSection, ReferralsSection } from './partner-sections';
import {
  CountSection,
  channelRows,
  DistrictsSection,
  MonthsSection,
  OnTimeSection,
  ServicesSection,
  statusRows,
} from './period-sections';
import { SummaryTiles } from './summary-tiles';

/** `/staff/dashboard` (kadis, kabid, coordinator, admin): the office's figures, filters in the address. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const timeZone = useOfficeTimeZone();
  const currentMonth = monthIn(new Date(), timeZone ?? 'Asia/Jakarta');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params, currentMonth);
  const query = apiQueryOf(filters, currentMonth);
  const figures = useApiQuery(
    `dashboard:${JSON.stringify(query)}`,
    (signal) => fetchDashboard(query, signal),
    {
      keepPreviousData: true,
    },
  );
  const onChange = (changed: Partial<DashboardFilters>) => {
    const now = filtersFromParams(latestAddress().params, currentMonth);
    setParams(paramsOf({ ...now, ...changed }), { replace: true });
  };
  return (
    <Stack gap="lg" className="dashboard-page">
      <PageHeading title={t('dashboard.title')} intro={t('dashboard.intro', { office: user.office.name })}>
        {figures.data && <AsOf figures={figures.data} timeZone={timeZone} />}
      </PageHeading>
      <DashboardFiltersPanel
        filters={filters}
        currentMonth={currentMonth}
        figures={figures.data}
        onChange={onChange}
      />
      {figures.data && <ReportExport query={query} period={figures.data.period} />}
      {figures.error && <ErrorAlert error={figures.error} onRetry={figures.reload} />}
      {!figures.data && figures.loading && <PageLoader />}
      {figures.data && <Figures figures={figures.data} loading={figures.loading} />}
    </Stack>
  );
}

function AsOf({ figures, timeZone }: { figures: TDashboardFigures; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const { refreshedAt, pendingChanges } = figures.asOf;
  return (
    <>
      <Text size="sm" mt="xs">
        {refreshedAt
          ? t('dashboard.asOf', { time: formatDateTime(refreshedAt, timeZone) })
          : t('dashboard.asOfNever')}
      </Text>
      {pendingChanges > 0 && (
        <Alert color="blue" mt="xs" p="xs">
          {t('dashboard.pending', { count: pendingChanges })}
        </Alert>
      )}
    </>
  );
}

function Figures({ figures, loading }: { figures: TDashboardFigures; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy={loading} className={loading ? 'figures-loading' : undefined}>
      <SummaryTiles figures={figures} />
      <MonthsSection figures={figures} />
      <IndicatorsSection figures={figures} />
      <ServicesSection figures={figures} />
      <OnTimeSection figures={figures} />
      <BacklogSection figures={figures} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <CountSection
          title={t('dashboard.sections.channels')}
          column={t('dashboard.columns.channel')}
          rows={channelRows(t, figures)}
        />
        <CountSection
          title={t('dashboard.sections.categories')}
          column={t('dashboard.columns.category')}
          rows={figures.byCategory.map((c) => ({ key: c.category, label: c.name, cases: c.cases }))}
        />
        <DistrictsSection figures={figures} />
        <CountSection
          title={t('dashboard.sections.statuses')}
          column={t('dashboard.columns.status')}
          rows={statusRows(t, figures)}
        />
      </SimpleGrid>
      <StepsSection figures={figures} />
      <WorkloadSection figures={figures} />
      <ReferralsSection figures={figures} />
      <IkmSection figures={figures} />
    </Stack>
  );
}
