import '@mantine/core/styles/Chip.css';
import './outbox.css';
import { Alert, Center, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import { fetchOutboxPage, type OutboxPage as TOutboxPage } from './api';
import { formatCount, OutboxFilterPanel, StatusChips } from './outbox-filters';
import { OutboxList } from './outbox-list';
import {
  hasNarrowingFilters,
  type OutboxQuery,
  type OutboxStatus,
  outboxQueryFromParams,
  paramsFromOutboxQuery,
} from './outbox-query';

/**
 * `/staff/outbox` (admin, coordinator, complaint officer, kadis): every notice the office sends, how
 * it went, a retry for a failed one, and the hand delivery of an office without a provider.
 */
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
  const [done, setDone] = useState<string | null>(null);

  const show = (next: OutboxQuery) => {
    setDone(null);
    setParams(paramsFromOutboxQuery(next));
  };
  const goToPage = (page: number) => {
    show({ ...query, page });
    // The pager sits under 50 rows: the next page starts at its top, not at its foot.
    window.scrollTo(0, 0);
  };
  const changed = (message: string) => {
    setDone(message);
    outbox.reload();
  };

  return (
    <Stack gap="lg">
      <PageTitle>{t('outbox.title')}</PageTitle>
      <div>
        <Title order={1}>{t('outbox.title')}</Title>
        <Text c="dimmed">{t('outbox.intro', { office: user.office.name })}</Text>
      </div>
      <StatusChips
        status={query.status}
        counts={outbox.data?.counts}
        onChange={(status: OutboxStatus | null) => show({ ...query, status, page: 1 })}
      />
      <OutboxFilterPanel query={query} onChange={show} />
      {/* An alert is read out as it appears. */}
      {done && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
          {done}
        </Alert>
      )}
      {outbox.error && <ErrorAlert error={outbox.error} onRetry={outbox.reload} />}
      {!outbox.data && outbox.loading && <PageLoader />}
      {outbox.data && (
        <Results
          page={outbox.data}
          query={query}
          loading={outbox.loading}
          timeZone={timeZone}
          officeSlug={user.office.slug}
          onPage={goToPage}
          onChanged={changed}
        />
      )}
    </Stack>
  );
}

interface ResultsProps {
  page: TOutboxPage;
  query: OutboxQuery;
  loading: boolean;
  timeZone: string | undefined;
  officeSlug: string;
  onPage: (page: number) => void;
  onChanged: (done: string) => void;
}

function Results({ page, query, loading, timeZone, officeSlug, onPage, onChanged }: ResultsProps) {
  const { t } = useTranslation();
  const totalPages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const count = formatCount(page.total);
  const empty = hasNarrowingFilters(query)
    ? t('outbox.emptyFiltered')
    : query.status
      ? t('outbox.emptyStatus', { status: t(`outbox.statuses.${query.status}`) })
      : t('outbox.empty');
  return (
    <Stack gap="sm" aria-busy={loading}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {page.totalCapped ? t('outbox.countAtLeast', { count }) : t('outbox.count', { count })}
      </Text>
      {page.items.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <OutboxList messages={page.items} timeZone={timeZone} officeSlug={officeSlug} onChanged={onChanged} />
      )}
      {totalPages > 1 && (
        <Center component="nav" aria-label={t('outbox.pagination')}>
          <Pagination
            total={totalPages}
            value={Math.min(query.page, totalPages)}
            onChange={onPage}
            siblings={1}
            getItemProps={(item) => ({ 'aria-label': t('outbox.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`outbox.${control}Page`) })}
          />
        </Center>
      )}
    </Stack>
  );
}
