import { Anchor, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TServiceVersionEntry } from '../../../domain/catalogue/standard';
import type { ApiError } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../app/ui/error-alert';
import { useOfficeTimeZone } from '../auth/office-time-zone';

interface VersionHistoryProps {
  code: string;
  entries: TServiceVersionEntry[] | undefined;
  error: ApiError | undefined;
  onRetry: () => void;
  currentVersion: number;
  viewingVersion: number;
}

/** Every saved version, newest first, each openable read-only; the one in force and the one on screen marked. */
export function VersionHistory({
  code,
  entries,
  error,
  onRetry,
  currentVersion,
  viewingVersion,
}: VersionHistoryProps) {
  const { t } = useTranslation();
  const sorted = [...(entries ?? [])].sort((a, b) => b.version - a.version);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="version-history-heading"
      id="version-history"
    >
      <Title order={2} size="h4" id="version-history-heading">
        {t('catalogueAdmin.history.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('catalogueAdmin.history.intro')}
      </Text>
      {error && <ErrorAlert error={error} onRetry={onRetry} />}
      {entries && sorted.length === 0 && <Text size="sm">{t('catalogueAdmin.history.empty')}</Text>}
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {sorted.map((entry) => (
          <VersionEntry
            key={entry.version}
            code={code}
            entry={entry}
            isCurrent={entry.version === currentVersion}
            isViewing={entry.version === viewingVersion}
          />
        ))}
      </Stack>
    </Paper>
  );
}

interface VersionEntryProps {
  code: string;
  entry: TServiceVersionEntry;
  isCurrent: boolean;
  isViewing: boolean;
}

/** One version: its number and marks, when and by whom it was saved, and a link to read it. */
function VersionEntry({ code, entry, isCurrent, isViewing }: VersionEntryProps) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const path = `/staff/catalogue/${encodeURIComponent(code)}`;
  return (
    <Box
      component="li"
      p="xs"
      bg={isViewing ? 'blue.0' : undefined}
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      aria-current={isViewing ? 'true' : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <div>
          <Group gap={6}>
            <Text fw={700} size="sm">
              {t('catalogueAdmin.history.version', { version: entry.version })}
            </Text>
            {isCurrent && (
              <Badge size="xs" variant="outline" color="teal.9" tt="none">
                {t('catalogueAdmin.history.current')}
              </Badge>
            )}
            {isViewing && (
              <Badge size="xs" variant="outline" tt="none">
                {t('catalogueAdmin.history.viewing')}
              </Badge>
            )}
          </Group>
          <Text size="xs">{formatDateTime(entry.createdAt, timeZone)}</Text>
          <Text size="xs" c="dimmed">
            {entry.createdBy
              ? t('catalogueAdmin.history.by', { name: entry.createdBy })
              : t('catalogueAdmin.history.bySeed')}
          </Text>
          <Text size="xs" lineClamp={1}>
            {entry.name}
          </Text>
        </div>
        {!isViewing && (
          <Anchor
            component={Link}
            to={isCurrent ? path : `${path}?version=${entry.version}`}
            size="sm"
            aria-label={t('catalogueAdmin.history.viewFor', { version: entry.version })}
          >
            {t('catalogueAdmin.history.view')}
          </Anchor>
        )}
      </Group>
    </Box>
  );
}
