import '@mantine/core/styles/FloatingIndicator.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TStaffNotification } from '../../../domain/notifications/staff-notifications';
import { type ApiError, toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { CASE_ROLES } from '../../app/staff/staff-navigation';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import {
  announceNotificationsChanged,
  fetchUnreadCount,
  markAllNotificationsRead,
  markNotificationRead,
} from './api';
import { NotificationItem } from './notification-item';
import { useNotificationPages } from './use-notification-pages';

type Filter = 'all' | 'unread';

/** `/staff/notifications` (every role): the officer's own alerts, unread ones marked, newest first. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const timeZone = useOfficeTimeZone();
  const [params, setParams] = useSearchParams();
  const filter: Filter = params.get('show') === 'unread' ? 'unread' : 'all';
  const pages = useNotificationPages(filter === 'unread');
  const unread = useApiQuery('staff-notifications-unread', (signal) => fetchUnreadCount(signal));
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [marking, setMarking] = useState(false);
  const [allMarked, setAllMarked] = useState(false);
  const opensCases = CASE_ROLES.includes(user.role);
  const unreadCount = unread.data ?? 0;

  const readOne = (item: TStaffNotification) => {
    setActionError(null);
    markNotificationRead(item.id).then(
      (saved) => {
        pages.markReadHere(item.id, saved.readAt ?? new Date().toISOString());
        unread.setData((n) => Math.max(0, (n ?? 1) - 1));
        announceNotificationsChanged();
      },
      (failure: unknown) => setActionError(toApiError(failure)),
    );
  };

  const readAll = async () => {
    setActionError(null);
    setMarking(true);
    try {
      await markAllNotificationsRead();
      pages.markReadHere(null, new Date().toISOString());
      unread.setData(() => 0);
      setAllMarked(true);
      announceNotificationsChanged();
    } catch (failure) {
      setActionError(toApiError(failure));
    } finally {
      setMarking(false);
    }
  };

  return (
    <Stack gap="lg" maw={760}>
      <PageTitle>{t('staffNotifications.title')}</PageTitle>
      <div>
        <Title order={1}>{t('staffNotifications.title')}</Title>
        <Text c="dimmed">{t('staffNotifications.intro')}</Text>
      </div>
      <Group justify="space-between" align="end" gap="sm">
        <div>
          <Text id="notifications-filter-label" fw={600} size="sm" mb={4}>
            {t('staffNotifications.filterLabel')}
          </Text>
          <SegmentedControl
            aria-labelledby="notifications-filter-label"
            data={(['all', 'unread'] as const).map((value) => ({
              value,
              label: t(`staffNotifications.filters.${value}`),
            }))}
            value={filter}
            onChange={(value) => setParams(value === 'unread' ? { show: 'unread' } : {})}
          />
        </div>
        <Button
          variant="default"
          leftSection={<IconChecks size={18} aria-hidden />}
          onClick={() => void readAll()}
          loading={marking}
          disabled={unreadCount === 0}
        >
          {t('staffNotifications.markAllRead')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {allMarked && unreadCount === 0
          ? t('staffNotifications.allMarked')
          : t('staffNotifications.unreadCount', { count: unreadCount })}
      </Text>
      {actionError && <ErrorAlert error={actionError} />}
      {pages.error && <ErrorAlert error={pages.error} onRetry={pages.reload} />}
      {!pages.loaded && pages.loading && <PageLoader />}
      {pages.loaded && pages.items.length === 0 && (
        <Alert color="gray" variant="light">
          {filter === 'unread' ? t('staffNotifications.emptyUnread') : t('staffNotifications.empty')}
        </Alert>
      )}
      {pages.items.length > 0 && (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          className="staff-notification-list"
          aria-busy={pages.loading}
        >
          {pages.items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              timeZone={timeZone}
              opensCases={opensCases}
              onRead={readOne}
            />
          ))}
        </Stack>
      )}
      {pages.next && (
        <Group justify="center">
          <Button variant="light" onClick={pages.loadMore} loading={pages.loading && pages.loaded}>
            {t('staffNotifications.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
