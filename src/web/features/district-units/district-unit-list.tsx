import { Box, Button, Paper, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TDistrictUnit } from '../../../domain/offices/schemas';
import { StatusDot } from '../../app/ui/status-dot';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';

interface DistrictUnitListProps {
  units: TDistrictUnit[];
  isEditable: (unit: TDistrictUnit) => boolean;
  onEdit: (unit: TDistrictUnit) => void;
}

/** A table where there is room; on a phone (where district operators work) one card per unit. */
export function DistrictUnitList(props: DistrictUnitListProps) {
  return useIsWide() ? <DistrictUnitTable {...props} /> : <DistrictUnitCards {...props} />;
}

function EditButton({ unit, onEdit }: { unit: TDistrictUnit; onEdit: (unit: TDistrictUnit) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconPencil size={14} aria-hidden />}
      aria-label={t('districtUnits.editFor', { district: unit.districtName })}
      onClick={() => onEdit(unit)}
    >
      {t('districtUnits.edit')}
    </Button>
  );
}

function UnitStatus({ unit }: { unit: TDistrictUnit }) {
  const { t } = useTranslation();
  return (
    <StatusDot
      tone={unit.active ? 'ok' : 'off'}
      label={unit.active ? t('common.active') : t('common.inactive')}
    />
  );
}

function DistrictUnitTable({ units, isEditable, onEdit }: DistrictUnitListProps) {
  const { t } = useTranslation();
  const anyEditable = units.some(isEditable);
  return (
    <TableScroller label={t('districtUnits.title')} minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('districtUnits.columns.district')}</Table.Th>
            <Table.Th scope="col">{t('districtUnits.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('districtUnits.columns.address')}</Table.Th>
            <Table.Th scope="col">{t('districtUnits.columns.phone')}</Table.Th>
            <Table.Th scope="col">{t('districtUnits.columns.status')}</Table.Th>
            {anyEditable && <Table.Th scope="col">{t('districtUnits.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.districtCode}>
              <Table.Td>
                {unit.districtName}
                <Text size="xs" c="dimmed" ff="monospace">
                  {unit.districtCode}
                </Text>
              </Table.Td>
              <Table.Td>{unit.name}</Table.Td>
              <Table.Td>{unit.address ?? t('common.empty')}</Table.Td>
              <Table.Td>{unit.phone ?? t('common.empty')}</Table.Td>
              <Table.Td>
                <UnitStatus unit={unit} />
              </Table.Td>
              {anyEditable && (
                <Table.Td>{isEditable(unit) && <EditButton unit={unit} onEdit={onEdit} />}</Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function DistrictUnitCards({ units, isEditable, onEdit }: DistrictUnitListProps) {
  const { t } = useTranslation();
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {units.map((unit) => (
        <Box component="li" key={unit.districtCode} mb="sm">
          <Paper withBorder p="sm">
            <Title order={2} size="h5">
              {unit.districtName}{' '}
              <Text component="span" size="xs" c="dimmed" ff="monospace">
                {unit.districtCode}
              </Text>
            </Title>
            <Text size="sm">{unit.name}</Text>
            <Text size="sm" mt={4}>
              {t('districtUnits.columns.address')}: {unit.address ?? t('common.empty')}
            </Text>
            <Text size="sm">
              {t('districtUnits.columns.phone')}: {unit.phone ?? t('common.empty')}
            </Text>
            <Box mt={6}>
              <UnitStatus unit={unit} />
            </Box>
            {isEditable(unit) && (
              <Box mt="xs">
                <EditButton unit={unit} onEdit={onEdit} />
              </Box>
            )}
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
