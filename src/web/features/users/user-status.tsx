import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';
import { formatDateTime } from '../../app/format';
import { StatusDot } from '../../app/ui/status-dot';

/** Locked for the administrator (repeated failures), or held by the growing delay before it. */
export function isLocked(user: TUser, now = new Date()): boolean {
  return user.lockedAt !== null || (user.lockedUntil !== null && new Date(user.lockedUntil) > now);
}

/** Active or not, and locked (until the admin opens it) or held until when. */
export function UserStatus({ user, timeZone }: { user: TUser; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const held = !user.lockedAt && user.lockedUntil && new Date(user.lockedUntil) > new Date();
  return (
    <Stack gap={2}>
      <StatusDot
        tone={user.active ? 'ok' : 'off'}
        label={user.active ? t('common.active') : t('common.inactive')}
      />
      {user.lockedAt && (
        <>
          <StatusDot tone="alert" label={t('users.locked')} />
          <Text size="xs">{t('users.lockedForReset')}</Text>
        </>
      )}
      {held && user.lockedUntil && (
        <>
          <StatusDot tone="alert" label={t('users.slowedDown')} />
          <Text size="xs">
            {t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, timeZone) })}
          </Text>
        </>
      )}
    </Stack>
  );
}
