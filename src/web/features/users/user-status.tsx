import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';
import { formatDateTime } from '../../app/format';
import { StatusDot } from '../../app/ui/status-dot';

export function isLocked(user: TUser, now = new Date()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > now;
}

/** Active or not, and locked until when (a password reset unlocks). */
export function UserStatus({ user, timeZone }: { user: TUser; timeZone: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <StatusDot
        tone={user.active ? 'ok' : 'off'}
        label={user.active ? t('common.active') : t('common.inactive')}
      />
      {isLocked(user) && user.lockedUntil && (
        <>
          <StatusDot tone="alert" label={t('users.locked')} />
          <Text size="xs">
            {t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, timeZone) })}
          </Text>
        </>
      )}
    </Stack>
  );
}
