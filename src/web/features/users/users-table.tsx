import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';
import type { TDistrictUnit } from '../../../domain/offices/schemas';
import { formatDateTime } from '../../app/format';
import { TableScroller } from '../../app/ui/table-scroller';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useContactMessages } from './contact-messages';
import { type UserAction, UserActionsMenu } from './user-actions-menu';
import { UserContact } from './user-contact';
import { UserStatus } from './user-status';

interface UsersTableProps {
  users: TUser[];
  districtUnits: TDistrictUnit[];
  currentUserId: string;
  onAction: (user: TUser, action: UserAction) => void;
}

function usernameCellId(user: TUser): string {
  return `user-${user.id}`;
}

export function UsersTable({ users, districtUnits, currentUserId, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const contact = useContactMessages();
  const districtNames = new Map(districtUnits.map((unit) => [unit.districtCode, unit.districtName]));
  return (
    <TableScroller label={t('users.title')} minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.columns.username')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.fullName')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.district')}</Table.Th>
            <Table.Th scope="col">{contact.column}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.lastLogin')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('users.columns.actions')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td ff="monospace" id={usernameCellId(user)}>
                {user.username}
              </Table.Td>
              <Table.Td>
                {user.fullName}{' '}
                {user.id === currentUserId && (
                  <Badge variant="outline" size="xs" ml={4}>
                    {t('users.you')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {t(`roles.${user.role}`)}
                {user.partnerName && <Text size="xs">{user.partnerName}</Text>}
              </Table.Td>
              <Table.Td>
                {user.districtCode
                  ? (districtNames.get(user.districtCode) ?? user.districtCode)
                  : t('common.empty')}
              </Table.Td>
              <Table.Td>
                <UserContact user={user} />
              </Table.Td>
              <Table.Td>
                <UserStatus user={user} timeZone={timeZone} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt, timeZone) : t('users.never')}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <UserActionsMenu
                  user={user}
                  describedBy={usernameCellId(user)}
                  onAction={(action) => onAction(user, action)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
