import { Center, Pagination, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TAuditEntry } from '../../../domain/audit/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useIsWide } from '../../app/ui/use-is-wide';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import { fetchAuditPage } from './api';
import { AuditEntryList } from './audit-entry-list';
import { AuditFiltersForm } from './audit-filters-form';
import {
  AUDIT_PAGE_SIZE,
  type AuditFilters,
  auditQueryFromParams,
  paramsFromAuditQuery,
  toAuditRequest,
} from './audit-query';
import { AuditTable } from './audit-table';

/** `/staff/audit` (admin, kadis): the office's audit log, filtered and paged through the address. */
export default function AuditPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const { filters, page } = auditQueryFromParams(params);
  const audit = useApiQuery(
    `audit?${params.toString()}`,
    (signal) => fetchAuditPage(toAuditRequest(filters, page), signal),
    {
      keepPreviousData: true,
    },
  );
  // Times are shown, and date filters applied, in the office's time zone.
  const timeZone = useOfficeTimeZone();

  const applyFilters = (next: AuditFilters) => setParams(paramsFromAuditQuery(next, 1));
  const goToPage = (next: number) => setParams(paramsFromAuditQuery(filters, next));
  const totalPages = audit.data ? Math.max(1, Math.ceil(audit.data.total / AUDIT_PAGE_SIZE)) : 1;

  return (
    <Stack gap="lg">
      <PageTitle>{t('audit.title')}</PageTitle>
      <div>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed">{t('audit.intro', { office: user.office.name })}</Text>
      </div>
      <AuditFiltersForm key={params.toString()} initialFilters={filters} onApply={applyFilters} />
      {audit.error && <ErrorAlert error={audit.error} onRetry={audit.reload} />}
      {!audit.data && audit.loading && <PageLoader />}
      {audit.data && (
        <Stack gap="sm" aria-busy={audit.loading}>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('audit.count', { count: audit.data.total })}
          </Text>
          {audit.data.items.length === 0 ? (
            <Text>{t('audit.empty')}</Text>
          ) : (
            <AuditEntries entries={audit.data.items} timeZone={timeZone} />
          )}
          {totalPages > 1 && (
            <Center component="nav" aria-label={t('audit.pagination')}>
              <Pagination
                total={totalPages}
                value={Math.min(page, totalPages)}
                onChange={goToPage}
                siblings={1}
                getItemProps={(item) => ({ 'aria-label': t('audit.page', { page: item }) })}
                getControlProps={(control) => ({ 'aria-label': t(`audit.${control}Page`) })}
              />
            </Center>
          )}
        </Stack>
      )}
    </Stack>
  );
}

/** A table where there is room; cards on a phone, where a wide table would hide the details. */
function AuditEntries({ entries, timeZone }: { entries: TAuditEntry[]; timeZone: string | undefined }) {
  const isWide = useIsWide();
  return isWide ? (
    <AuditTable entries={entries} timeZone={timeZone} />
  ) : (
    <AuditEntryList entries={entries} timeZone={timeZone} />
  );
}
