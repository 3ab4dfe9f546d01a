import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';

/** An account's phone and e-mail as the list has them: masked by the server. */
export function UserContact({
  user,
  hideWhenEmpty = false,
}: {
  user: Pick<TUser, 'phone' | 'email'>;
  /** A card leaves the line out; a table cell says "none". */
  hideWhenEmpty?: boolean;
}) {
  const { t } = useTranslation();
  if (!user.phone && !user.email) return hideWhenEmpty ? null : t('common.empty');
  return (
    <>
      {user.phone && (
        <Text size="sm" ff="monospace">
          {user.phone}
        </Text>
      )}
      {user.email && (
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {user.email}
        </Text>
      )}
    </>
  );
}
