import { ActionIcon, Button } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { useSession } from '../../features/auth/session';

interface LogoutButtonProps {
  compact: boolean;
  onError: (error: ApiError) => void;
}

/** Ends the session on the server first; if that fails the user is told, not silently kept signed in. */
export function LogoutButton({ compact, onError }: LogoutButtonProps) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const handleLogout = async () => {
    setBusy(true);
    try {
      await signOut();
      navigate('/staff/login', { replace: true });
    } catch (error) {
      onError(toApiError(error));
    } finally {
      setBusy(false);
    }
  };

  if (compact) {
    return (
      <ActionIcon
        variant="subtle"
        size="lg"
        aria-label={t('auth.logout')}
        loading={busy}
        onClick={() => void handleLogout()}
      >
        <IconLogout size={20} aria-hidden />
      </ActionIcon>
    );
  }
  return (
    <Button
      variant="default"
      size="compact-sm"
      leftSection={<IconLogout size={16} aria-hidden />}
      loading={busy}
      onClick={() => void handleLogout()}
    >
      {t('auth.logout')}
    </Button>
  );
}
