import { Anchor, Box, Button, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilePlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TGuestBookEntry } from '../../../domain/intake/staff-intake';
import { TableScroller } from '../../app/ui/table-scroller';
import { useSignedInUser } from '../auth/session';
import { formatTimeOfDay } from './format-time';
import { filledComplaintFormUrl, mayPrintFilledForm, publicTrackingPath, walkInIntakePath } from './links';

interface GuestListProps {
  entries: TGuestBookEntry[];
  timeZone: string | undefined;
  officeSlug: string;
  /** The row just recorded at this desk, marked so the eye finds it. */
  highlightId: string | null;
}

/** A table from a landscape tablet up, so the actions never hide behind a sideways scroll; cards below. */
export function GuestList(props: GuestListProps) {
  const roomForTable = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  return roomForTable ? <GuestTable {...props} /> : <GuestCards {...props} />;
}

function TicketLink({ entry, officeSlug }: { entry: TGuestBookEntry; officeSlug: string }) {
  const { t } = useTranslation();
  if (!entry.ticket) {
    return (
      <Text size="sm" c="dimmed">
        {t('guestBook.noReport')}
      </Text>
    );
  }
  return (
    <Anchor
      component={Link}
      to={publicTrackingPath(officeSlug, entry.ticket)}
      ff="monospace"
      size="sm"
      fw={600}
      aria-label={t('guestBook.trackTicket', { ticket: entry.ticket })}
    >
      {entry.ticket}
    </Anchor>
  );
}

/** A visitor without a report gets one started; with a report, its filled form can be printed. */
function GuestAction({ entry }: { entry: TGuestBookEntry }) {
  const { t } = useTranslation();
  const { role } = useSignedInUser();
  if (entry.ticket) {
    if (!mayPrintFilledForm(role)) return null;
    return (
      <Button
        component="a"
        href={filledComplaintFormUrl(entry.ticket)}
        target="_blank"
        rel="noopener"
        variant="default"
        size="compact-sm"
        leftSection={<IconPrinter size={16} aria-hidden />}
      >
        {t('guestBook.printForm')}
        <VisuallyHidden>
          {' '}
          {entry.ticket} {t('guestBook.newTab')}
        </VisuallyHidden>
      </Button>
    );
  }
  return (
    <Button
      component={Link}
      to={walkInIntakePath(entry.id)}
      variant="light"
      size="compact-sm"
      leftSection={<IconFilePlus size={16} aria-hidden />}
      aria-label={t('guestBook.createReportFor', { name: entry.visitorName })}
    >
      {t('guestBook.createReport')}
    </Button>
  );
}

function GuestTable({ entries, timeZone, officeSlug, highlightId }: GuestListProps) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('guestBook.title')} minWidth={680}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('guestBook.columns.timeIn')}</Table.Th>
            <Table.Th scope="col">{t('guestBook.columns.visitor')}</Table.Th>
            <Table.Th scope="col">{t('guestBook.columns.purpose')}</Table.Th>
            <Table.Th scope="col">{t('guestBook.columns.ticket')}</Table.Th>
            <Table.Th scope="col">{t('guestBook.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} bg={entry.id === highlightId ? 'teal.0' : undefined}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTimeOfDay(entry.timeIn, timeZone)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {entry.visitorName}
                </Text>
                {entry.visitorPhone && (
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    <VisuallyHidden>{t('guestBook.columns.phone')}: </VisuallyHidden>
                    {entry.visitorPhone}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{entry.purpose}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <TicketLink entry={entry} officeSlug={officeSlug} />
              </Table.Td>
              <Table.Td>
                <GuestAction entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function GuestCards({ entries, timeZone, officeSlug, highlightId }: GuestListProps) {
  const { t } = useTranslation();
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {entries.map((entry) => (
        <Box component="li" key={entry.id} mb="sm">
          <Paper withBorder p="sm" bg={entry.id === highlightId ? 'teal.0' : undefined}>
            <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
              <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                {entry.visitorName}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatTimeOfDay(entry.timeIn, timeZone)}
              </Text>
            </Group>
            {entry.visitorPhone && (
              <Text size="sm">
                <VisuallyHidden>{t('guestBook.columns.phone')}: </VisuallyHidden>
                {entry.visitorPhone}
              </Text>
            )}
            <Text size="sm" mt={4}>
              {entry.purpose}
            </Text>
            <Group justify="space-between" gap="xs" mt="xs">
              <TicketLink entry={entry} officeSlug={officeSlug} />
              <GuestAction entry={entry} />
            </Group>
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
