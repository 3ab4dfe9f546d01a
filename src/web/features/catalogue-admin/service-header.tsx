import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TServiceStandard } from '../../../domain/catalogue/standard';
import { formatDateTime } from '../../app/format';
import { StatusDot } from '../../app/ui/status-dot';
import { useOfficeTimeZone } from '../auth/office-time-zone';

/** The way back, the service's name, and which version of it this is. */
export function ServiceHeader({ standard }: { standard: TServiceStandard | null }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (
    <Stack gap={6}>
      <div>
        <Anchor component={Link} to="/staff/catalogue" size="sm">
          <Group gap={4} component="span" display="inline-flex">
            <IconArrowLeft size={16} aria-hidden />
            {t('catalogueAdmin.editor.backToList')}
          </Group>
        </Anchor>
      </div>
      <Title order={1}>{standard ? standard.name : t('catalogueAdmin.editor.newTitle')}</Title>
      {standard && (
        <Group gap="sm">
          <Badge variant="light" tt="none" radius="sm">
            {t(`catalogueAdmin.kinds.${standard.kind}`)}
          </Badge>
          <Badge variant="outline" tt="none" radius="sm">
            {t('catalogueAdmin.editor.versionBadge', { version: standard.version })}
          </Badge>
          <StatusDot
            tone={standard.active ? 'ok' : 'off'}
            label={standard.active ? t('common.active') : t('common.inactive')}
          />
          <Text size="sm" c="dimmed">
            {t('catalogueAdmin.editor.savedAt', {
              date: formatDateTime(standard.versionCreatedAt, timeZone),
            })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** Says that an old version is on screen, read-only, and leads back to the one in force. */
export function OldVersionNotice({ shown, current }: { shown: TServiceStandard; current: TServiceStandard }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconHistory aria-hidden />}
      title={t('catalogueAdmin.editor.oldVersionTitle', { version: shown.version })}
      // Mantine's yellow title is too pale on its light background.
      styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
    >
      <Text size="sm">
        {t('catalogueAdmin.editor.oldVersionBody', {
          date: formatDateTime(shown.versionCreatedAt, timeZone),
          current: current.version,
        })}
      </Text>
      <Button
        component={Link}
        to={`/staff/catalogue/${encodeURIComponent(current.code)}`}
        size="xs"
        mt="sm"
        variant="white"
      >
        {t('catalogueAdmin.editor.backToCurrent')}
      </Button>
    </Alert>
  );
}
