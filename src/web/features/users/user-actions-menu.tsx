import { ActionIcon, Menu } from '@mantine/core';
import {
  IconDotsVertical,
  IconKey,
  IconLockOpen,
  IconPencil,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';
import { isLocked } from './user-status';

export type UserAction = 'edit' | 'reset' | 'unlock' | 'toggle';

interface UserActionsMenuProps {
  user: TUser;
  /** The id of the username cell: the button is named "Tindakan" and described by whose row it is. */
  describedBy: string;
  onAction: (action: UserAction) => void;
}

export function UserActionsMenu({ user, describedBy, onAction }: UserActionsMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('users.columns.actions')}
          aria-describedby={describedBy}
        >
          <IconDotsVertical size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onAction('edit')}>
          {t('users.edit')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => onAction('reset')}>
          {t('users.resetPassword')}
        </Menu.Item>
        {isLocked(user) && (
          <Menu.Item leftSection={<IconLockOpen size={16} aria-hidden />} onClick={() => onAction('unlock')}>
            {t('users.unlock')}
          </Menu.Item>
        )}
        <Menu.Item
          color={user.active ? 'red' : undefined}
          leftSection={
            user.active ? <IconUserOff size={16} aria-hidden /> : <IconUserCheck size={16} aria-hidden />
          }
          onClick={() => onAction('toggle')}
        >
          {user.active ? t('users.deactivate') : t('users.activate')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
