import { Box, Code, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAuditEntry } from '../../../domain/audit/schemas';
import { formatDateTime } from '../../app/format';
import { AuditDetails, DetailsToggle, hasAuditDetails } from './audit-details';

/** The audit log on a phone: one card per entry, so the before/after JSON gets the whole width. */
export function AuditEntryList({
  entries,
  timeZone,
}: {
  entries: TAuditEntry[];
  timeZone: string | undefined;
}) {
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {entries.map((entry) => (
        <Box component="li" key={entry.id} mb="sm">
          <AuditEntryCard entry={entry} timeZone={timeZone} />
        </Box>
      ))}
    </Box>
  );
}

function AuditEntryCard({ entry, timeZone }: { entry: TAuditEntry; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const detailsId = `audit-entry-details-${entry.id}`;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" gap="xs" align="flex-start">
        <Code>{entry.action}</Code>
        <Text size="xs">{formatDateTime(entry.at, timeZone, true)}</Text>
      </Group>
      <Text size="sm" mt={6}>
        {t('audit.columns.actor')}: <strong>{entry.actorUsername ?? t('audit.system')}</strong>
      </Text>
      <Text size="sm">
        {t('audit.columns.target')}: {entry.targetType}
      </Text>
      {entry.withheld && (
        <Text size="xs" c="dimmed" fs="italic">
          {t('audit.withheld')}
        </Text>
      )}
      {entry.targetId && (
        <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {entry.targetId}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('audit.columns.ip')}: {entry.ip ?? t('common.empty')}
      </Text>
      {hasAuditDetails(entry) && (
        <>
          <Box mt="xs">
            <DetailsToggle
              expanded={expanded}
              controls={detailsId}
              onToggle={() => setExpanded((value) => !value)}
            />
          </Box>
          {expanded && (
            <Box id={detailsId} mt="xs">
              <AuditDetails entry={entry} />
            </Box>
          )}
        </>
      )}
    </Paper>
  );
}
