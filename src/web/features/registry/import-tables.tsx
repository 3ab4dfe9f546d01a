import { Button, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRegistryImport } from '../../../domain/registry/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { TableScroller } from '../../app/ui/table-scroller';
import { ReadableBadge } from '../letters/readable-badge';
import { fetchImportErrors } from './api';

const STATUS_COLOURS = { running: 'blue', done: 'green', failed: 'red' } as const;

function formatTime(iso: string): string {
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Every import of the office: who, when, which file, the counts. */
export function ImportHistory({
  items,
  onShowErrors,
}: {
  items: TRegistryImport[];
  onShowErrors: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('registry.import.historyEmpty')}</Text>;
  return (
    <TableScroller label={t('registry.import.historyHeading')} minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registry.import.columns.when')}</Table.Th>
            <Table.Th>{t('registry.import.columns.file')}</Table.Th>
            <Table.Th>{t('registry.import.columns.data')}</Table.Th>
            <Table.Th>{t('registry.import.columns.by')}</Table.Th>
            <Table.Th>{t('registry.import.columns.status')}</Table.Th>
            <Table.Th>{t('registry.import.columns.counts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((job) => (
            <Table.Tr key={job.id}>
              <Table.Td>{formatTime(job.startedAt)}</Table.Td>
              <Table.Td>{job.fileName}</Table.Td>
              <Table.Td>{`${job.source}, ${job.dataDate}`}</Table.Td>
              <Table.Td>{job.by ?? 'CLI'}</Table.Td>
              <Table.Td>
                <ReadableBadge color={STATUS_COLOURS[job.status]}>
                  {t(`registry.import.status.${job.status}`)}
                </ReadableBadge>
              </Table.Td>
              <Table.Td>
                {`${job.inserted} / ${job.updated} / ${job.failed}`}
                {(job.failed > 0 || job.status === 'failed') && (
                  <Button variant="subtle" size="compact-xs" ml="xs" onClick={() => onShowErrors(job.id)}>
                    {t('registry.import.showErrors')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

/** The refused rows of one import, by line: what to fix in the file. */
export function ImportErrors({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const errors = useApiQuery(`${importId}:${page}`, (signal) => fetchImportErrors(importId, page, signal), {
    keepPreviousData: true,
  });
  return (
    <Stack gap="xs">
      <Title order={2} size="h3" id="import-errors-heading">
        {t('registry.import.errorsHeading')}
      </Title>
      {errors.error && <ErrorAlert error={errors.error} onRetry={errors.reload} />}
      {!errors.data && errors.loading && <PageLoader />}
      {errors.data && errors.data.total === 0 && <Text>{t('registry.import.errorsEmpty')}</Text>}
      {errors.data && errors.data.total > 0 && (
        <>
          <TableScroller label={t('registry.import.errorsHeading')} minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registry.import.columns.line')}</Table.Th>
                  <Table.Th>{t('registry.import.columns.column')}</Table.Th>
                  <Table.Th>{t('registry.import.columns.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errors.data.items.map((e) => (
                  <Table.Tr key={`${e.line}-${e.column}-${e.reason}`}>
                    <Table.Td>{e.line}</Table.Td>
                    <Table.Td>{e.column}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroller>
          {errors.data.total > errors.data.pageSize && (
            <Pagination
              total={Math.ceil(errors.data.total / errors.data.pageSize)}
              value={page}
              onChange={setPage}
            />
          )}
        </>
      )}
    </Stack>
  );
}
