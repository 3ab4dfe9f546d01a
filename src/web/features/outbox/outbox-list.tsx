import { Anchor, Badge, Box, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TOutboxMessage } from '../../../domain/notifications/schemas';
import { formatDateTime } from '../../app/format';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { publicTrackingPath } from '../guest-book/links';
import { NoticeActions } from './outbox-actions';
import type { OutboxChannel, OutboxStatus } from './outbox-query';

interface OutboxListProps {
  messages: TOutboxMessage[];
  timeZone: string | undefined;
  officeSlug: string;
  onChanged: (done: string) => void;
}

/** A table where there is room; cards on a phone, where the message text needs the whole width. */
export function OutboxList(props: OutboxListProps) {
  return useIsWide() ? <OutboxTable {...props} /> : <OutboxCards {...props} />;
}

// Dark text on light badges: readable (WCAG AA) whatever the colour.
const STATUS_COLOURS: Record<OutboxStatus, { color: string; text: string }> = {
  pending: { color: 'yellow', text: 'dark.8' },
  sending: { color: 'yellow', text: 'dark.8' },
  sent: { color: 'teal', text: 'dark.8' },
  delivered: { color: 'teal', text: 'dark.8' },
  read: { color: 'green', text: 'dark.8' },
  failed: { color: 'red', text: 'red.9' },
  stopped: { color: 'gray', text: 'dark.8' },
};

type Props = { message: TOutboxMessage; timeZone: string | undefined };

/** The times of a notice's life that have happened (or, for a pending one, when it is tried next). */
function Times({ message, timeZone }: Props) {
  const { t } = useTranslation();
  const times = [
    ['next', message.nextAttemptAt],
    ['sent', message.sentAt],
    ['delivered', message.deliveredAt],
    ['read', message.readAt],
    ['failed', message.failedAt],
  ] as const;
  return times.map(([key, at]) =>
    at ? (
      <Text key={key} size="xs" c="dimmed">
        {t(`outbox.times.${key}`, { time: formatDateTime(at, timeZone) })}
      </Text>
    ) : null,
  );
}

function StatusBlock({ message, timeZone }: Props) {
  const { t } = useTranslation();
  const { color, text } = STATUS_COLOURS[message.status];
  const reason = message.status === 'failed' || message.status === 'stopped' ? message.lastError : null;
  return (
    <div>
      {/* The label's own overflow would let the table squeeze it to "Me…". */}
      <Badge
        variant="light"
        color={color}
        c={text}
        radius="sm"
        tt="none"
        size="md"
        styles={{ label: { overflow: 'visible' } }}
      >
        {t(`outbox.statuses.${message.status}`)}
      </Badge>
      {reason && (
        <Text size="xs" c="red.9" mt={4} style={wrapAnywhere}>
          {t('outbox.reason', { reason })}
        </Text>
      )}
      {message.attempts > 0 && (
        <Text size="xs" c="dimmed" mt={2}>
          {t('outbox.attempts', { count: message.attempts })}
        </Text>
      )}
      <Times message={message} timeZone={timeZone} />
      {message.sentByHand && (
        <Text size="xs" c="dimmed">
          {t('outbox.sentByHand', { name: message.sentByHand })}
        </Text>
      )}
    </div>
  );
}

const CHANNELS: readonly string[] = ['whatsapp', 'sms', 'email', 'manual'] satisfies OutboxChannel[];

/** The channel, and where a fallback came from ("SMS (dialihkan dari WhatsApp)"). */
function ChannelLine({ message }: { message: TOutboxMessage }) {
  const { t } = useTranslation();
  const name = (channel: string): string =>
    CHANNELS.includes(channel) ? t(`outbox.channels.${channel as OutboxChannel}`) : channel;
  return message.fallbackFrom
    ? `${name(message.channel)} (${t('outbox.fallbackFrom', { channel: name(message.fallbackFrom) })})`
    : name(message.channel);
}

function MessageText({ message }: { message: TOutboxMessage }) {
  const { t } = useTranslation();
  const waitsForHand = message.channel === 'manual' && message.status === 'pending' && !message.withheld;
  return (
    <>
      <Text size="xs" c="dimmed">
        <Text span size="xs" fw={600} c="dark.7">
          {t(`outbox.kinds.${message.kind}`)}
        </Text>{' '}
        <Text span size="xs" ff="monospace" c="dimmed">
          {message.template}
        </Text>
      </Text>
      {/* The worker's text has paragraphs (the message, the link, how to stop): keep them. */}
      {message.withheld ? (
        <Text size="sm" mt={2} fs="italic" c="dimmed">
          {t('outbox.withheld.body')}
        </Text>
      ) : (
        <Text size="sm" mt={2} style={{ whiteSpace: 'pre-line' }}>
          {message.body}
        </Text>
      )}
      {waitsForHand && (
        <Text size="xs" c="dimmed" mt={2}>
          {t('outbox.waitsForHand')}
        </Text>
      )}
    </>
  );
}

/** The masked address, or a word for a notice of a case the reader may not open. */
function Recipient({ message }: { message: TOutboxMessage }) {
  const { t } = useTranslation();
  return message.withheld ? t('outbox.withheld.recipient') : message.recipient;
}

function TicketLink({ ticket, officeSlug }: { ticket: string | null; officeSlug: string }) {
  const { t } = useTranslation();
  if (!ticket) return <Text size="sm">{t('common.empty')}</Text>;
  return (
    <Anchor
      component={Link}
      to={publicTrackingPath(officeSlug, ticket)}
      ff="monospace"
      size="sm"
      fw={600}
      aria-label={t('outbox.trackTicket', { ticket })}
    >
      {ticket}
    </Anchor>
  );
}

const wrapAnywhere = { overflowWrap: 'anywhere' } as const;
const noWrap = { whiteSpace: 'nowrap' } as const;
const top = { verticalAlign: 'top' } as const;

/** Channel with recipient, kind with text, status with its times and actions: the text gets the width. */
function OutboxTable({ messages, timeZone, officeSlug, onChanged }: OutboxListProps) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('outbox.title')} minWidth={880}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('outbox.columns.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.recipient')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.message')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.ticket')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => (
            <Table.Tr key={message.id}>
              <Table.Td style={{ ...noWrap, ...top }}>
                <Text size="sm">{formatDateTime(message.createdAt, timeZone)}</Text>
              </Table.Td>
              <Table.Td style={top}>
                <Text size="xs" c="dimmed">
                  <ChannelLine message={message} />
                </Text>
                {/* A masked number is one word; an officer's name may wrap. */}
                <Text
                  size="sm"
                  ff="monospace"
                  style={message.addressKind === 'staff' ? wrapAnywhere : noWrap}
                >
                  <Recipient message={message} />
                </Text>
              </Table.Td>
              <Table.Td miw={280} style={{ ...wrapAnywhere, ...top }}>
                <MessageText message={message} />
              </Table.Td>
              <Table.Td style={top} miw={190} maw={260}>
                <StatusBlock message={message} timeZone={timeZone} />
                <NoticeActions message={message} onChanged={onChanged} />
              </Table.Td>
              <Table.Td style={{ ...noWrap, ...top }}>
                <TicketLink ticket={message.ticket} officeSlug={officeSlug} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function OutboxCards({ messages, timeZone, officeSlug, onChanged }: OutboxListProps) {
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {messages.map((message) => (
        <Box component="li" key={message.id} mb="sm">
          <Paper withBorder p="sm">
            <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
              <StatusBlock message={message} timeZone={timeZone} />
              <Text size="xs" ta="right" style={{ flex: 'none' }}>
                {formatDateTime(message.createdAt, timeZone)}
              </Text>
            </Group>
            <Text size="sm" mt={6} style={wrapAnywhere}>
              <ChannelLine message={message} /> ·{' '}
              <Text span ff="monospace" size="sm">
                <Recipient message={message} />
              </Text>
            </Text>
            <Box mt={6} style={wrapAnywhere}>
              <MessageText message={message} />
            </Box>
            <NoticeActions message={message} onChanged={onChanged} />
            <Box mt="xs">
              <TicketLink ticket={message.ticket} officeSlug={officeSlug} />
            </Box>
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
