import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconSearch, IconUserPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../domain/auth/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { fetchDistrictUnits } from '../district-units/api';
import { fetchUsers } from './api';
import { ResetPasswordForm } from './reset-password-form';
import { ToggleActiveForm } from './toggle-active-form';
import { UnlockForm } from './unlock-form';
import type { UserAction } from './user-actions-menu';
import { UserEditForm } from './user-edit-form';
import { UserForm } from './user-form';
import { UserList } from './user-list';

type UserDialog = { kind: 'create' } | { kind: UserAction; user: TUser };

function matches(user: TUser, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return !needle || user.username.includes(needle) || user.fullName.toLowerCase().includes(needle);
}

/** `/staff/users` (admin): the office's accounts, and the dialogs that change them. */
export default function UsersPage() {
  const { t } = useTranslation();
  const currentUser = useSignedInUser();
  const users = useApiQuery('users', fetchUsers);
  const districtUnits = useApiQuery('district-units', fetchDistrictUnits);
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  // Kept apart from `dialog` so the modal can play its closing transition with its content still there.
  const [dialogOpened, setDialogOpened] = useState(false);
  const [dialogCount, setDialogCount] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const openDialog = (next: UserDialog) => {
    setDialog(next);
    setDialogCount((count) => count + 1);
    setDialogOpened(true);
    setNotice(null);
  };
  const closeDialog = () => setDialogOpened(false);

  const handleSaved = (saved: TUser) => {
    users.setData((current) => {
      const items = current?.items ?? [];
      const exists = items.some((item) => item.id === saved.id);
      const next = exists ? items.map((item) => (item.id === saved.id ? saved : item)) : [...items, saved];
      return { items: next.sort((a, b) => a.username.localeCompare(b.username)) };
    });
    setNotice(noticeFor(dialog, saved));
    closeDialog();
  };

  const noticeFor = (done: UserDialog | null, saved: TUser): string => {
    const username = saved.username;
    if (!done || done.kind === 'create') return t('users.created', { username });
    if (done.kind === 'reset') return t('users.passwordReset', { username });
    if (done.kind === 'unlock') return t('users.unlocked', { username });
    if (done.kind === 'toggle')
      return saved.active ? t('users.activated', { username }) : t('users.deactivated', { username });
    return t('users.saved', { username });
  };

  const visibleUsers = (users.data?.items ?? []).filter((user) => matches(user, search));
  const units = districtUnits.data?.items ?? [];

  return (
    <Stack gap="lg">
      <PageTitle>{t('users.title')}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('users.title')}</Title>
          <Text c="dimmed">{t('users.intro', { office: currentUser.office.name })}</Text>
        </div>
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden />}
          onClick={() => openDialog({ kind: 'create' })}
        >
          {t('users.add')}
        </Button>
      </Group>

      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {districtUnits.error && <ErrorAlert error={districtUnits.error} onRetry={districtUnits.reload} />}
      {users.error && <ErrorAlert error={users.error} onRetry={users.reload} />}

      <TextInput
        label={t('users.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={360}
        type="search"
      />

      {users.loading && !users.data ? (
        <PageLoader />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('users.count', { count: visibleUsers.length })}
          </Text>
          {visibleUsers.length === 0 ? (
            <Text>{t('users.empty')}</Text>
          ) : (
            <UserList
              users={visibleUsers}
              districtUnits={units}
              currentUserId={currentUser.id}
              onAction={(user, kind) => openDialog({ kind, user })}
            />
          )}
        </>
      )}

      <Modal
        opened={dialogOpened}
        onClose={closeDialog}
        title={dialogTitle(dialog, t)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {dialog?.kind === 'create' && (
          <UserForm key={dialogCount} districtUnits={units} onSaved={handleSaved} onCancel={closeDialog} />
        )}
        {dialog?.kind === 'edit' && (
          <UserEditForm
            key={dialogCount}
            user={dialog.user}
            districtUnits={units}
            onSaved={handleSaved}
            onCancel={closeDialog}
          />
        )}
        {dialog?.kind === 'reset' && (
          <ResetPasswordForm
            key={dialogCount}
            user={dialog.user}
            onSaved={handleSaved}
            onCancel={closeDialog}
          />
        )}
        {dialog?.kind === 'unlock' && (
          <UnlockForm key={dialogCount} user={dialog.user} onSaved={handleSaved} onCancel={closeDialog} />
        )}
        {dialog?.kind === 'toggle' && (
          <ToggleActiveForm
            key={dialogCount}
            user={dialog.user}
            onSaved={handleSaved}
            onCancel={closeDialog}
          />
        )}
      </Modal>
    </Stack>
  );
}

function dialogTitle(dialog: UserDialog | null, t: TFunction): string {
  if (!dialog || dialog.kind === 'create') return t('users.createTitle');
  const username = dialog.user.username;
  if (dialog.kind === 'reset') return t('users.resetTitle', { username });
  if (dialog.kind === 'unlock') return t('users.unlockTitle', { username });
  if (dialog.kind === 'toggle') return t('users.toggleTitle', { username });
  return t('users.editTitle', { username });
}
