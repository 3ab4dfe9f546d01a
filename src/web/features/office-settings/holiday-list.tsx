import { Badge, Box, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { THoliday } from '../../../domain/offices/settings';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { formatCalendarDate } from './holiday-dates';

// The colour only groups the kinds for the eye; dark text on it keeps the words readable.
const KIND_COLOURS: Record<THoliday['kind'], string> = {
  national: 'red',
  joint_leave: 'orange',
  local: 'blue',
};

interface HolidayListProps {
  holidays: THoliday[];
  onDelete: ((holiday: THoliday) => void) | undefined;
}

function KindBadge({ kind }: { kind: THoliday['kind'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={KIND_COLOURS[kind]} c="dark.8" radius="sm" tt="none">
      {t(`officeSettings.holidays.kinds.${kind}`)}
    </Badge>
  );
}

function DeleteButton({ holiday, onDelete }: { holiday: THoliday; onDelete: (holiday: THoliday) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      color="red"
      size="compact-sm"
      leftSection={<IconTrash size={14} aria-hidden />}
      aria-label={t('officeSettings.holidays.deleteFor', { name: holiday.name })}
      onClick={() => onDelete(holiday)}
    >
      {t('officeSettings.holidays.delete')}
    </Button>
  );
}

/** A table where there is room, cards on a phone. */
export function HolidayList(props: HolidayListProps) {
  return useIsWide() ? <HolidayTable {...props} /> : <HolidayCards {...props} />;
}

function HolidayTable({ holidays, onDelete }: HolidayListProps) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('officeSettings.sections.holidays')} minWidth={600}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('officeSettings.holidays.date')}</Table.Th>
            <Table.Th scope="col">{t('officeSettings.holidays.name')}</Table.Th>
            <Table.Th scope="col">{t('officeSettings.holidays.kind')}</Table.Th>
            {onDelete && <Table.Th scope="col">{t('officeSettings.divisions.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {holidays.map((holiday) => (
            <Table.Tr key={holiday.date}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(holiday.date)}</Table.Td>
              <Table.Td>{holiday.name}</Table.Td>
              <Table.Td>
                <KindBadge kind={holiday.kind} />
              </Table.Td>
              {onDelete && (
                <Table.Td>
                  <DeleteButton holiday={holiday} onDelete={onDelete} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function HolidayCards({ holidays, onDelete }: HolidayListProps) {
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {holidays.map((holiday) => (
        <Box component="li" key={holiday.date} mb="xs">
          <Paper withBorder p="sm">
            <Text size="sm" fw={600}>
              {formatCalendarDate(holiday.date)}
            </Text>
            <Text>{holiday.name}</Text>
            <Group justify="space-between" mt={4}>
              <KindBadge kind={holiday.kind} />
              {onDelete && <DeleteButton holiday={holiday} onDelete={onDelete} />}
            </Group>
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
