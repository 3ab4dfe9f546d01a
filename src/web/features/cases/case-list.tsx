import { Anchor, Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCaseListItem } from '../../../domain/cases/views';
import { ppksCategory } from '../../../domain/intake/ppks';
import { formatDateTime } from '../../app/format';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { ConfidentialBadge, SlaBadge, StatusBadge } from './badges';
import { casePagePath } from './links';

interface CaseListProps {
  items: TCaseListItem[];
  timeZone: string | undefined;
}

/** A table on a desk's screen; one card per case on a phone. */
export function CaseList(props: CaseListProps) {
  return useIsWide() ? <CaseTable {...props} /> : <CaseCards {...props} />;
}

function TicketLink({ item }: { item: TCaseListItem }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={casePagePath(item.ticket)}
      ff="monospace"
      fw={700}
      aria-label={t('cases.inbox.openCase', { ticket: item.ticket })}
    >
      {item.ticket}
    </Anchor>
  );
}

function PersonCell({ item }: { item: TCaseListItem }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {item.personName}
      </Text>
      {item.nikMasked && (
        <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {t('cases.inbox.nikMasked', { nik: item.nikMasked })}
        </Text>
      )}
    </>
  );
}

function ServiceCell({ item }: { item: TCaseListItem }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{item.serviceName ?? t('cases.generalComplaint')}</Text>
      <Text size="xs" c="dimmed">
        {ppksCategory(item.ppksCategory)?.name ?? item.ppksCategory} · {t(`cases.channels.${item.channel}`)}
      </Text>
    </>
  );
}

function DueCell({ item, timeZone }: { item: TCaseListItem; timeZone: string | undefined }) {
  return (
    <Stack gap={2} align="flex-start">
      <SlaBadge sla={item.sla} status={item.status} />
      {item.dueAt && (
        <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(item.dueAt, timeZone)}
        </Text>
      )}
    </Stack>
  );
}

function CaseTable({ items, timeZone }: CaseListProps) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('cases.inbox.title')} minWidth={900}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.inbox.columns.ticket')}</Table.Th>
            <Table.Th scope="col">{t('cases.inbox.columns.person')}</Table.Th>
            <Table.Th scope="col">{t('cases.inbox.columns.service')}</Table.Th>
            <Table.Th scope="col">{t('cases.inbox.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('cases.inbox.columns.due')}</Table.Th>
            <Table.Th scope="col">{t('cases.inbox.columns.assignee')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.ticket}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <TicketLink item={item} />
                {item.agendaNumber && (
                  <Text size="xs" c="dimmed">
                    {t('cases.inbox.agenda', { number: item.agendaNumber })}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t('cases.inbox.openedAt', { time: formatDateTime(item.openedAt, timeZone) })}
                </Text>
              </Table.Td>
              <Table.Td>
                <PersonCell item={item} />
                {item.confidential && <ConfidentialBadge />}
              </Table.Td>
              <Table.Td miw={220}>
                <ServiceCell item={item} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>
                <DueCell item={item} timeZone={timeZone} />
              </Table.Td>
              <Table.Td miw={140}>
                <Text size="sm" c={item.assignee ? undefined : 'dimmed'}>
                  {item.assignee?.name ?? t('cases.inbox.unassigned')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function CaseCards({ items, timeZone }: CaseListProps) {
  const { t } = useTranslation();
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('cases.inbox.title')}>
      {items.map((item) => (
        <Box component="li" key={item.ticket} mb="sm">
          <Paper withBorder p="sm" className="case-card">
            <Group justify="space-between" gap="xs" align="flex-start">
              <TicketLink item={item} />
              <StatusBadge status={item.status} />
            </Group>
            <Box mt={6}>
              <PersonCell item={item} />
            </Box>
            <Box mt={4}>
              <ServiceCell item={item} />
            </Box>
            <Group justify="space-between" gap="xs" mt="xs" align="flex-end">
              <DueCell item={item} timeZone={timeZone} />
              <Text size="xs" c="dimmed" ta="right">
                {item.assignee?.name ?? t('cases.inbox.unassigned')}
              </Text>
            </Group>
            {item.confidential && (
              <Box mt={6}>
                <ConfidentialBadge />
              </Box>
            )}
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
