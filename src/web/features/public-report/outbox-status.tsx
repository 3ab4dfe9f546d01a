import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCloudUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import type { OutboxEntry } from './report-outbox';
import type { ReportOutbox } from './use-report-outbox';

interface OutboxStatusProps {
  outbox: ReportOutbox;
  timeZone: string;
  /** Delivered reports already shown elsewhere (the success page). */
  hiddenIds: ReadonlySet<string>;
  onFix: (entry: OutboxEntry) => void;
}

const nameOf = (entry: OutboxEntry) => entry.values.person.fullName.trim() || '—';

/** Reports kept on this phone: waiting for a signal, refused by the office, or just sent from the outbox. */
export function OutboxStatus({ outbox, timeZone, hiddenIds, onFix }: OutboxStatusProps) {
  const { t } = useTranslation();
  const delivered = outbox.delivered.filter((d) => !hiddenIds.has(d.entry.id));
  const waiting = outbox.entries.filter((e) => e.status === 'pending');
  const rejected = outbox.entries.filter((e) => e.status === 'rejected');
  if (delivered.length + waiting.length + rejected.length === 0) return null;

  const discard = (entry: OutboxEntry) => {
    if (window.confirm(t('publicReport.outbox.discardConfirm', { name: nameOf(entry) })))
      outbox.discard(entry.id);
  };
  return (
    <Stack gap="sm" aria-live="polite">
      {delivered.map(({ entry, created }) => (
        <Alert
          key={entry.id}
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('publicReport.outbox.deliveredTitle')}
        >
          {t('publicReport.outbox.delivered', { name: nameOf(entry), ticket: created.ticket })}{' '}
          <Anchor component={Link} to={created.trackingUrl}>
            {t('publicReport.outbox.track')}
          </Anchor>
        </Alert>
      ))}
      {waiting.length > 0 && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconCloudUpload aria-hidden />}
          title={t('publicReport.outbox.heading')}
        >
          <List size="sm" spacing={4}>
            {waiting.map((entry) => (
              <List.Item key={entry.id}>
                {t('publicReport.outbox.item', {
                  name: nameOf(entry),
                  time: formatDateTime(entry.createdAt, timeZone),
                })}
                {' · '}
                {outbox.sending ? t('publicReport.outbox.sending') : t('publicReport.outbox.waiting')}
              </List.Item>
            ))}
          </List>
          <Button
            mt="sm"
            size="sm"
            variant="white"
            loading={outbox.sending}
            onClick={() => void outbox.flush()}
          >
            {t('publicReport.outbox.sendNow')}
          </Button>
        </Alert>
      )}
      {rejected.map((entry) => (
        <Alert
          key={entry.id}
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('publicReport.outbox.rejectedTitle', { name: nameOf(entry) })}
        >
          <Text size="sm">
            {t('publicReport.outbox.rejectedBody', { message: entry.error?.message ?? '' })}
          </Text>
          {entry.error && Object.keys(entry.error.fields).length > 0 && (
            <List size="sm" mt={4}>
              {Object.entries(entry.error.fields).map(([field, message]) => (
                <List.Item key={field}>{message}</List.Item>
              ))}
            </List>
          )}
          <Group gap="xs" mt="sm">
            <Button size="sm" onClick={() => onFix(entry)}>
              {t('publicReport.outbox.fix')}
            </Button>
            <Button size="sm" variant="subtle" color="red" onClick={() => discard(entry)}>
              {t('publicReport.outbox.discard')}
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
