import { Code, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAuditEntry } from '../../../domain/audit/schemas';
import { formatDateTime } from '../../app/format';
import { TableScroller } from '../../app/ui/table-scroller';
import { AuditDetails, DetailsToggle, hasAuditDetails } from './audit-details';

const COLUMN_COUNT = 6;

export function AuditTable({ entries, timeZone }: { entries: TAuditEntry[]; timeZone: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('audit.title')} minWidth={760}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.target')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.ip')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} timeZone={timeZone} />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function AuditRow({ entry, timeZone }: { entry: TAuditEntry; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const detailsId = `audit-details-${entry.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Text size="sm">{formatDateTime(entry.at, timeZone, true)}</Text>
        </Table.Td>
        <Table.Td ff="monospace">{entry.actorUsername ?? t('audit.system')}</Table.Td>
        <Table.Td>
          <Code>{entry.action}</Code>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{entry.targetType}</Text>
          {entry.withheld && (
            <Text size="xs" c="dimmed" fs="italic">
              {t('audit.withheld')}
            </Text>
          )}
          {entry.targetId && (
            <Text size="xs" c="dimmed" ff="monospace">
              {entry.targetId}
            </Text>
          )}
        </Table.Td>
        <Table.Td ff="monospace">{entry.ip ?? t('common.empty')}</Table.Td>
        <Table.Td>
          {hasAuditDetails(entry) ? (
            <DetailsToggle
              expanded={expanded}
              controls={detailsId}
              onToggle={() => setExpanded((value) => !value)}
            />
          ) : (
            t('common.empty')
          )}
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={COLUMN_COUNT} bg="gray.0">
            <AuditDetails entry={entry} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
