import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconBrandWhatsapp, IconCheck, IconMail, IconPhone, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOutboxMessage } from '../../../domain/notifications/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { ErrorAlert } from '../../app/ui/error-alert';
import { useIsWide } from '../../app/ui/use-is-wide';
import { fetchManualLink, markSentByHand, retryNotice } from './api';

interface NoticeActionsProps {
  message: TOutboxMessage;
  /** After a change: the list reloads (counts too) and the page says what was done. */
  onChanged: (done: string) => void;
}

/** What an officer can do with a notice: try a failed one again, or send a manual one by hand. */
export function NoticeActions({ message, onChanged }: NoticeActionsProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // A thumb needs a bigger target than a mouse.
  const size = useIsWide() ? 'xs' : 'sm';
  const byHand =
    message.channel === 'manual' &&
    message.status === 'pending' &&
    message.addressKind !== 'staff' &&
    !message.withheld;
  if (message.status !== 'failed' && !byHand) return null;

  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      await retryNotice(message.id);
      onChanged(t('outbox.actions.retried'));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={6} mt={8}>
      <Group gap={6} role="group" aria-label={t('outbox.actions.label')}>
        {message.status === 'failed' && (
          <Button
            size={size}
            variant="light"
            leftSection={<IconRefresh size={14} aria-hidden />}
            loading={busy}
            onClick={() => void retry()}
          >
            {t('outbox.actions.retry')}
          </Button>
        )}
        {byHand && <ByHand message={message} size={size} onChanged={onChanged} onError={setError} />}
      </Group>
      {error && <ErrorAlert error={error} />}
    </Stack>
  );
}

const OPEN_LABELS = { mobile: 'openWhatsapp', email: 'openEmail', landline: 'call' } as const;
const OPEN_ICONS = { mobile: IconBrandWhatsapp, email: IconMail, landline: IconPhone } as const;

/**
 * "Buka WhatsApp" asks the server for the link (audited: it reveals the number) and opens it in a
 * new tab; the tab is opened at the tap, before the answer, so the browser does not block it.
 * "Sudah dikirim manual" asks first, then marks the notice sent by this officer.
 */
function ByHand({
  message,
  size,
  onChanged,
  onError,
}: NoticeActionsProps & { size: 'xs' | 'sm'; onError: (error: ApiError | null) => void }) {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const kind = message.addressKind === 'staff' ? 'mobile' : message.addressKind;
  const Icon = OPEN_ICONS[kind];

  const open = async () => {
    setOpening(true);
    onError(null);
    setBlockedUrl(null);
    // WhatsApp goes to a tab of its own; mailto: and tel: hand over to the phone's own app.
    const tab = kind === 'mobile' ? window.open('', '_blank') : null;
    try {
      const link = await fetchManualLink(message.id);
      if (kind !== 'mobile') window.location.assign(link.url);
      else if (tab) {
        tab.opener = null;
        tab.location.href = link.url;
      } else setBlockedUrl(link.url);
    } catch (caught) {
      tab?.close();
      onError(toApiError(caught));
    } finally {
      setOpening(false);
    }
  };

  return (
    <>
      <Button
        size={size}
        variant="light"
        color={kind === 'mobile' ? 'green' : 'blue'}
        c={kind === 'mobile' ? 'green.9' : undefined}
        leftSection={<Icon size={14} aria-hidden />}
        loading={opening}
        onClick={() => void open()}
      >
        {t(`outbox.actions.${OPEN_LABELS[kind]}`)}
      </Button>
      <Button
        size={size}
        variant="default"
        leftSection={<IconCheck size={14} aria-hidden />}
        onClick={() => setConfirming(true)}
      >
        {t('outbox.actions.markSent')}
      </Button>
      {blockedUrl && (
        <Alert color="yellow" variant="light" p="xs" w="100%">
          <Text size="sm">{t('outbox.actions.blocked')}</Text>
          <Anchor href={blockedUrl} target="_blank" rel="noopener noreferrer" size="sm" fw={600}>
            {t('outbox.actions.openLink')}
          </Anchor>
        </Alert>
      )}
      <ConfirmSent
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await markSentByHand(message.id);
          setConfirming(false);
          onChanged(t('outbox.actions.markedSent'));
        }}
      />
    </>
  );
}

/** Asks before marking: the mark says, in the officer's name, that the reporter was told. */
function ConfirmSent({
  opened,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('outbox.actions.confirmTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('outbox.actions.confirmMessage')}</Text>
        {error && <ErrorAlert error={error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void confirm()}>
            {t('outbox.actions.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
