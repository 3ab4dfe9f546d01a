import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInUser } from '../auth/session';
import { useUnreadCount } from './use-unread-count';

export const NOTIFICATIONS_PATH = '/staff/notifications';

/** The header's bell: the unread count on a badge, opening the notifications list. */
export function NotificationBell() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  // While a password change is pending every other call is refused: nothing to ask.
  const count = useUnreadCount(!user.mustChangePassword);
  return (
    <Indicator
      inline
      disabled={count === 0}
      // The link's name says the count; the badge is for the eye.
      label={<span aria-hidden>{count > 99 ? '99+' : count}</span>}
      size={18}
      offset={6}
      color="red.9"
      fw={700}
    >
      <ActionIcon
        component={Link}
        to={NOTIFICATIONS_PATH}
        variant="subtle"
        size="lg"
        aria-label={t('staffNotifications.bell', { count })}
      >
        <IconBell size={22} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
