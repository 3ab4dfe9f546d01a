import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TStaffNotification } from '../../../domain/notifications/staff-notifications';
import { formatDateTime } from '../../app/format';

interface NotificationItemProps {
  item: TStaffNotification;
  timeZone: string | undefined;
  /** Whether the reader may open case pages (partners answer referrals from their own list). */
  opensCases: boolean;
  onRead: (item: TStaffNotification) => void;
}

/** One alert: what it is, its words, when, and the way to the case; an unread one stands out. */
export function NotificationItem({ item, timeZone, opensCases, onRead }: NotificationItemProps) {
  const { t } = useTranslation();
  const unread = item.readAt === null;
  const target = opensCases && item.ticket ? `/staff/cases/${item.ticket}` : '/staff/referrals';
  const linkText =
    opensCases && item.ticket
      ? t('staffNotifications.openCase', { ticket: item.ticket })
      : t('staffNotifications.openReferrals');
  const showLink = Boolean(item.ticket) && (opensCases || item.kind === 'referral_received');
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      className={unread ? 'staff-notification staff-notification-unread' : 'staff-notification'}
    >
      <Stack gap={4}>
        <Group gap={8} wrap="nowrap" align="center">
          {unread && <Box className="staff-notification-dot" aria-hidden />}
          <Text fw={unread ? 700 : 500} c={unread ? 'blue.9' : undefined}>
            {t(`staffNotifications.kinds.${item.kind}`)}
          </Text>
        </Group>
        <Text size="sm">{item.message}</Text>
        <Group gap={8} wrap="wrap">
          <Text size="xs" c="dimmed">
            {formatDateTime(item.createdAt, timeZone)}
          </Text>
          {unread ? (
            <Badge variant="light" color="blue" c="blue.9" tt="none" radius="sm" size="sm">
              {t('staffNotifications.unread')}
            </Badge>
          ) : (
            <Text size="xs" c="dimmed">
              · {t('staffNotifications.read')}
            </Text>
          )}
        </Group>
        {(unread || showLink) && (
          <Group justify="space-between" gap="sm" wrap="wrap" mt={2}>
            {showLink ? (
              // Opening the case reads the alert.
              <Anchor component={Link} to={target} size="sm" fw={600} onClick={() => unread && onRead(item)}>
                {linkText}
              </Anchor>
            ) : (
              <span />
            )}
            {unread && (
              <Button variant="subtle" size="compact-sm" onClick={() => onRead(item)}>
                {t('staffNotifications.markRead')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
