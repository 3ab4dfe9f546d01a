import '@mantine/core/styles/FloatingIndicator.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Center, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import { fetchOutboxPage } from './api';
import { OutboxList } from './outbox-list';
import {
  OUTBOX_STATUSES,
  type OutboxStatus,
  outboxQueryFromParams,
  paramsFromOutboxQuery,
} from './outbox-query';

/** `/staff/outbox` (admin, coordinator, complaint officer, kadis): the notices the office has produced. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const timeZone = useOfficeTimeZone();
  const [params, setParams] = useSearchParams();
  const query = outboxQueryFromParams(params);
  const outbox = useApiQuery(
    `outbox?${paramsFromOutboxQuery(query).toString()}`,
    (signal) => fetchOutboxPage(query, signal),
    { keepPreviousData: true },
  );

  const showStatus = (status: OutboxStatus | null) => setParams(paramsFromOutboxQuery({ status, page: 1 }));
  const goToPage = (page: number) => {
    setParams(paramsFromOutboxQuery({ ...query, page }));
    // The pager sits under 50 rows: the next page starts at its top, not at its foot.
    window.scrollTo(0, 0);
  };
  const totalPages = outbox.data ? Math.max(1, Math.ceil(outbox.data.total / outbox.data.pageSize)) : 1;

  return (
    <Stack gap="lg">
      <PageTitle>{t('outbox.title')}</PageTitle>
      <div>
        <Title order={1}>{t('outbox.title')}</Title>
        <Text c="dimmed">{t('outbox.intro', { office: user.office.name })}</Text>
      </div>
      <StatusFilter status={query.status} onChange={showStatus} />
      {outbox.error && <ErrorAlert error={outbox.error} onRetry={outbox.reload} />}
      {!outbox.data && outbox.loading && <PageLoader />}
      {outbox.data && (
        <Stack gap="sm" aria-busy={outbox.loading}>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('outbox.count', { count: outbox.data.total })}
          </Text>
          {outbox.data.items.length === 0 ? (
            <Text>
              {query.status
                ? t('outbox.emptyStatus', { status: t(`outbox.statuses.${query.status}`) })
                : t('outbox.empty')}
            </Text>
          ) : (
            <OutboxList messages={outbox.data.items} timeZone={timeZone} officeSlug={user.office.slug} />
          )}
          {totalPages > 1 && (
            <Center component="nav" aria-label={t('outbox.pagination')}>
              <Pagination
                total={totalPages}
                value={Math.min(query.page, totalPages)}
                onChange={goToPage}
                siblings={1}
                getItemProps={(item) => ({ 'aria-label': t('outbox.page', { page: item }) })}
                getControlProps={(control) => ({ 'aria-label': t(`outbox.${control}Page`) })}
              />
            </Center>
          )}
        </Stack>
      )}
    </Stack>
  );
}

const ALL = 'all';

/** All, waiting, sent, failed: one choice, kept in the address. */
function StatusFilter({
  status,
  onChange,
}: {
  status: OutboxStatus | null;
  onChange: (status: OutboxStatus | null) => void;
}) {
  const { t } = useTranslation();
  const data = [ALL, ...OUTBOX_STATUSES].map((value) => ({
    value,
    label: t(`outbox.statuses.${value as OutboxStatus | typeof ALL}`),
  }));
  return (
    <div>
      <Text id="outbox-filter-label" fw={600} size="sm" mb={4}>
        {t('outbox.filterLabel')}
      </Text>
      <SegmentedControl
        aria-labelledby="outbox-filter-label"
        data={data}
        value={status ?? ALL}
        onChange={(value) => onChange(OUTBOX_STATUSES.find((known) => known === value) ?? null)}
        fullWidth
        maw={520}
      />
    </div>
  );
}
