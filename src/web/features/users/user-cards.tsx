import { Badge, Box, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';
import type { TDistrictUnit } from '../../../domain/offices/schemas';
import { formatDateTime } from '../../app/format';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { type UserAction, UserActionsMenu } from './user-actions-menu';
import { UserContact } from './user-contact';
import { UserStatus } from './user-status';

interface UserCardsProps {
  users: TUser[];
  districtUnits: TDistrictUnit[];
  currentUserId: string;
  onAction: (user: TUser, action: UserAction) => void;
}

/** The accounts on a phone: one card each, its actions menu beside the name. */
export function UserCards({ users, districtUnits, currentUserId, onAction }: UserCardsProps) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const districtNames = new Map(districtUnits.map((unit) => [unit.districtCode, unit.districtName]));
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {users.map((user) => {
        const headingId = `user-card-${user.id}`;
        return (
          <Box component="li" key={user.id} mb="sm">
            <Paper withBorder p="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <div>
                  <Title order={2} size="h5" id={headingId}>
                    {user.fullName}{' '}
                    {user.id === currentUserId && (
                      <Badge variant="outline" size="xs">
                        {t('users.you')}
                      </Badge>
                    )}
                  </Title>
                  <Text size="sm" ff="monospace">
                    {user.username}
                  </Text>
                </div>
                <UserActionsMenu
                  user={user}
                  describedBy={headingId}
                  onAction={(action) => onAction(user, action)}
                />
              </Group>
              <Text size="sm" mt={4}>
                {t(`roles.${user.role}`)}
                {user.districtCode && ` · ${districtNames.get(user.districtCode) ?? user.districtCode}`}
                {user.partnerName && ` · ${user.partnerName}`}
              </Text>
              {(user.phone || user.email) && (
                <Box mt={4}>
                  <UserContact user={user} hideWhenEmpty />
                </Box>
              )}
              <Group justify="space-between" mt={6} align="flex-start">
                <UserStatus user={user} timeZone={timeZone} />
                <Text size="xs">
                  {t('users.columns.lastLogin')}:{' '}
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt, timeZone) : t('users.never')}
                </Text>
              </Group>
            </Paper>
          </Box>
        );
      })}
    </Box>
  );
}
