import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../features/auth/session';

/** Name and role of the signed-in user, as the header (wide screens) or the menu (phones) shows it. */
export function UserSummary({ align = 'left' }: { align?: 'left' | 'right' }) {
  const user = useSignedInUser();
  const { t } = useTranslation();
  return (
    <Stack gap={0} className="user-summary" ta={align}>
      <Text size="sm" fw={600} truncate>
        {user.fullName}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {t(`roles.${user.role}`)}
      </Text>
    </Stack>
  );
}
