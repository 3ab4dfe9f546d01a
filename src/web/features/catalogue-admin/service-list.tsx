import { Anchor, Badge, Box, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { StatusDot } from '../../app/ui/status-dot';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { RowActions } from '../office-settings/row-actions';

interface ServiceListProps {
  services: TServiceSummary[];
  /** Present for admins only, as is onToggle. */
  onMove: ((from: number, to: number) => void) | undefined;
  onToggle: ((service: TServiceSummary) => void) | undefined;
}

/** A table where there is room, cards on a phone. */
export function ServiceList(props: ServiceListProps) {
  return useIsWide() ? <ServiceTable {...props} /> : <ServiceCards {...props} />;
}

function ServiceLink({ service }: { service: TServiceSummary }) {
  return (
    <Anchor component={Link} to={`/staff/catalogue/${encodeURIComponent(service.code)}`} fw={600}>
      {service.name}
    </Anchor>
  );
}

function ToConfirmBadge({ service }: { service: TServiceSummary }) {
  const { t } = useTranslation();
  if (service.toConfirmCount === 0) return null;
  return (
    <Badge variant="light" color="yellow" c="dark.8" radius="sm" tt="none" size="sm">
      {t('catalogueAdmin.toConfirmCount', { count: service.toConfirmCount })}
    </Badge>
  );
}

function ServiceStatus({ service }: { service: TServiceSummary }) {
  const { t } = useTranslation();
  return (
    <StatusDot
      tone={service.active ? 'ok' : 'off'}
      label={service.active ? t('common.active') : t('common.inactive')}
    />
  );
}

function ToggleButton({
  service,
  onToggle,
}: {
  service: TServiceSummary;
  onToggle: (s: TServiceSummary) => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      color={service.active ? 'red' : 'blue'}
      leftSection={
        service.active ? <IconPlayerPause size={14} aria-hidden /> : <IconPlayerPlay size={14} aria-hidden />
      }
      aria-label={
        service.active
          ? t('catalogueAdmin.deactivateFor', { name: service.name })
          : t('catalogueAdmin.activateFor', { name: service.name })
      }
      onClick={() => onToggle(service)}
    >
      {service.active ? t('catalogueAdmin.deactivate') : t('catalogueAdmin.activate')}
    </Button>
  );
}

function ServiceTable({ services, onMove, onToggle }: ServiceListProps) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('catalogueAdmin.title')} minWidth={onMove ? 960 : 800}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('catalogueAdmin.columns.order')}</Table.Th>
            <Table.Th scope="col">{t('catalogueAdmin.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('catalogueAdmin.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('catalogueAdmin.columns.division')}</Table.Th>
            <Table.Th scope="col">{t('catalogueAdmin.columns.completionTime')}</Table.Th>
            <Table.Th scope="col">{t('catalogueAdmin.columns.version')}</Table.Th>
            <Table.Th scope="col">{t('catalogueAdmin.columns.status')}</Table.Th>
            {onMove && <Table.Th scope="col">{t('catalogueAdmin.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service, index) => (
            <Table.Tr key={service.code}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                <ServiceLink service={service} />
                <Box mt={2}>
                  <ToConfirmBadge service={service} />
                </Box>
              </Table.Td>
              <Table.Td>{t(`catalogueAdmin.kinds.${service.kind}`)}</Table.Td>
              <Table.Td>{service.divisionName ?? t('catalogueAdmin.noDivision')}</Table.Td>
              <Table.Td>{service.completionTime.text}</Table.Td>
              <Table.Td>{service.version}</Table.Td>
              <Table.Td>
                <ServiceStatus service={service} />
              </Table.Td>
              {onMove && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <RowActions
                      rowId={`service-${service.code}`}
                      itemLabel={service.name}
                      index={index}
                      count={services.length}
                      onMove={onMove}
                    />
                    {onToggle && <ToggleButton service={service} onToggle={onToggle} />}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function ServiceCards({ services, onMove, onToggle }: ServiceListProps) {
  const { t } = useTranslation();
  return (
    <Box component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {services.map((service, index) => (
        <Box component="li" key={service.code} mb="sm">
          <Paper withBorder p="sm">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text fw={700} c="dimmed" miw={24}>
                {index + 1}.
              </Text>
              <Box miw={0}>
                <ServiceLink service={service} />
                <Text size="sm">
                  {t(`catalogueAdmin.kinds.${service.kind}`)} ·{' '}
                  {service.divisionName ?? t('catalogueAdmin.noDivision')}
                </Text>
                <Text size="sm">
                  {service.completionTime.text} ·{' '}
                  {t('catalogueAdmin.versionShort', { version: service.version })}
                </Text>
                <Group gap="sm" mt={4}>
                  <ServiceStatus service={service} />
                  <ToConfirmBadge service={service} />
                </Group>
              </Box>
            </Group>
            {onMove && (
              <Group justify="space-between" mt="xs" wrap="nowrap">
                <RowActions
                  rowId={`service-${service.code}`}
                  itemLabel={service.name}
                  index={index}
                  count={services.length}
                  onMove={onMove}
                />
                {onToggle && <ToggleButton service={service} onToggle={onToggle} />}
              </Group>
            )}
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
