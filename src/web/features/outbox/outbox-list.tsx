import { Anchor, Badge, Box, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TOutboxMessage } from '../../../domain/notifications/schemas';
import { formatDateTime } from '../../app/format';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { publicTrackingPath } from '../guest-book/links';
import type { OutboxStatus } from './outbox-query';

interface OutboxListProps {
  messages: TOutboxMessage[];
  timeZone: string | undefined;
  officeSlug: string;
}

/** A table where there is room; cards on a phone, where the message text needs the whole width. */
export function OutboxList(props: OutboxListProps) {
  return useIsWide() ? <OutboxTable {...props} /> : <OutboxCards {...props} />;
}

// Dark text on light badges: readable (WCAG AA) whatever the colour.
const STATUS_COLOURS: Record<OutboxStatus, { color: string; text: string }> = {
  pending: { color: 'yellow', text: 'dark.8' },
  sending: { color: 'yellow', text: 'dark.8' },
  sent: { color: 'teal', text: 'teal.9' },
  delivered: { color: 'teal', text: 'teal.9' },
  read: { color: 'green', text: 'green.9' },
  failed: { color: 'red', text: 'red.9' },
  stopped: { color: 'gray', text: 'dark.8' },
};

function StatusBadge({ message, timeZone }: { message: TOutboxMessage; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const { color, text } = STATUS_COLOURS[message.status];
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
      {message.sentAt && (
        <Text size="xs" c="dimmed" mt={2}>
          {t('outbox.sentAt', { time: formatDateTime(message.sentAt, timeZone) })}
        </Text>
      )}
    </div>
  );
}

// Template codes the page can name; an unknown one is shown as its code.
const TEMPLATE_KEYS: Record<string, 'caseReceived'> = { 'case.received': 'caseReceived' };

function TemplateName({ template }: { template: string }) {
  const { t } = useTranslation();
  const key = TEMPLATE_KEYS[template];
  return (
    <Text size="xs" c="dimmed">
      {key && (
        <Text span size="xs" fw={600} c="dark.7">
          {t(`outbox.templates.${key}`)}{' '}
        </Text>
      )}
      <Text span size="xs" ff="monospace" c="dimmed">
        {template}
      </Text>
    </Text>
  );
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

/** Channel with recipient and template with body share a cell each, so the text gets the width. */
function OutboxTable({ messages, timeZone, officeSlug }: OutboxListProps) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('outbox.title')} minWidth={820}>
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
              <Table.Td style={noWrap}>{formatDateTime(message.createdAt, timeZone)}</Table.Td>
              <Table.Td style={noWrap}>
                <Text size="xs" c="dimmed">
                  {t(`outbox.channels.${message.channel}`)}
                </Text>
                <Text size="sm" ff="monospace">
                  {message.recipient}
                </Text>
              </Table.Td>
              <Table.Td miw={280} style={wrapAnywhere}>
                <TemplateName template={message.template} />
                <Text size="sm" mt={2}>
                  {message.body}
                </Text>
              </Table.Td>
              <Table.Td style={noWrap}>
                <StatusBadge message={message} timeZone={timeZone} />
              </Table.Td>
              <Table.Td style={noWrap}>
                <TicketLink ticket={message.ticket} officeSlug={officeSlug} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function OutboxCards({ messages, timeZone, officeSlug }: OutboxListProps) {
  const { t } = useTranslation();
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {messages.map((message) => (
        <Box component="li" key={message.id} mb="sm">
          <Paper withBorder p="sm">
            <Group justify="space-between" gap="xs" align="flex-start">
              <StatusBadge message={message} timeZone={timeZone} />
              <Text size="xs">{formatDateTime(message.createdAt, timeZone)}</Text>
            </Group>
            <Text size="sm" mt={6}>
              {t(`outbox.channels.${message.channel}`)} ·{' '}
              <Text span ff="monospace" size="sm">
                {message.recipient}
              </Text>
            </Text>
            <Box mt={6} style={wrapAnywhere}>
              <TemplateName template={message.template} />
              <Text size="sm" mt={2}>
                {message.body}
              </Text>
            </Box>
            <Box mt="xs">
              <TicketLink ticket={message.ticket} officeSlug={officeSlug} />
            </Box>
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
