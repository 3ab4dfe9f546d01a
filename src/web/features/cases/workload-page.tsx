import './cases-styles';
import { Anchor, Box, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isRole } from '../../../domain/auth/roles';
import type { TWorkloadRow } from '../../../domain/cases/views';
import { WORKLOAD_LEVELS } from '../../../domain/cases/workload';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { currentLocale } from '../../i18n';
import { useSignedInUser } from '../auth/session';
import { fetchWorkload } from './api';
import { WorkloadLevelBadge } from './badges';
import { hoursOf, loadPercent } from './durations';
import { officerCasesPath } from './links';
import { PageHeading } from './page-heading';

const BAR_COLOURS: Record<TWorkloadRow['level'], string> = {
  overload: 'red.8',
  normal: 'teal.8',
  underload: 'blue.7',
};

function hoursText(t: TFunction, minutes: number): string {
  return t('cases.workload.hours', { hours: hoursOf(minutes).toLocaleString(currentLocale()) });
}

function roleText(t: TFunction, role: string): string {
  return isRole(role) ? t(`roles.${role}`) : role;
}

/** `/staff/workload` (coordinator, kabid, kadis): each officer's open work against their capacity. */
export default function WorkloadPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const workload = useApiQuery('workload', fetchWorkload);
  const isWide = useIsWide();
  return (
    <Stack className="case-page" gap="lg">
      <PageHeading
        title={t('cases.workload.title')}
        intro={t('cases.workload.intro', { office: user.office.name })}
      >
        <Text size="sm" mt="xs">
          {t('cases.workload.reassignHint')}
        </Text>
      </PageHeading>
      <LevelLegend />
      {workload.error && <ErrorAlert error={workload.error} onRetry={workload.reload} />}
      {!workload.data && workload.loading && <PageLoader />}
      {workload.data &&
        (workload.data.items.length === 0 ? (
          <Text>{t('cases.workload.empty')}</Text>
        ) : isWide ? (
          <WorkloadTable rows={workload.data.items} />
        ) : (
          <WorkloadCards rows={workload.data.items} />
        ))}
    </Stack>
  );
}

/** What each level means, once above the list rather than in every row. */
function LevelLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" component="ul" className="workload-legend" aria-label={t('cases.workload.columns.level')}>
      {WORKLOAD_LEVELS.map((level) => (
        <Group key={level} gap={6} component="li" wrap="nowrap">
          <WorkloadLevelBadge level={level} />
          <Text size="sm">{t(`cases.workload.levelHints.${level}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}

function LoadBar({ row }: { row: TWorkloadRow }) {
  const { t } = useTranslation();
  const percent = loadPercent(row.weightMinutes, row.capacityMinutes);
  return (
    <Box miw={120}>
      <Progress
        value={Math.min(100, percent)}
        color={BAR_COLOURS[row.level]}
        size="lg"
        radius="sm"
        aria-label={t('cases.workload.ratio', { percent })}
      />
      <Text size="xs" mt={2}>
        {t('cases.workload.ratio', { percent })}
      </Text>
    </Box>
  );
}

function CasesLink({ row }: { row: TWorkloadRow }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={officerCasesPath(row.userId)}
      size="sm"
      aria-label={t('cases.workload.viewCasesOf', { name: row.name })}
    >
      {t('cases.workload.viewCases')}
    </Anchor>
  );
}

function WorkloadTable({ rows }: { rows: TWorkloadRow[] }) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('cases.workload.title')} minWidth={760}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.workload.columns.officer')}</Table.Th>
            <Table.Th scope="col">{t('cases.workload.columns.openCases')}</Table.Th>
            <Table.Th scope="col">{t('cases.workload.columns.weight')}</Table.Th>
            <Table.Th scope="col">{t('cases.workload.columns.capacity')}</Table.Th>
            <Table.Th scope="col">{t('cases.workload.columns.load')}</Table.Th>
            <Table.Th scope="col">{t('cases.workload.columns.level')}</Table.Th>
            <Table.Th scope="col">{t('cases.workload.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.userId}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {roleText(t, row.role)}
                </Text>
              </Table.Td>
              <Table.Td>{row.openCases}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{hoursText(t, row.weightMinutes)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{hoursText(t, row.capacityMinutes)}</Table.Td>
              <Table.Td>
                <LoadBar row={row} />
              </Table.Td>
              <Table.Td>
                <WorkloadLevelBadge level={row.level} />
              </Table.Td>
              <Table.Td>
                <CasesLink row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function WorkloadCards({ rows }: { rows: TWorkloadRow[] }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('cases.workload.title')}>
      {rows.map((row) => (
        <Box component="li" key={row.userId} mb="sm">
          <Paper withBorder p="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div>
                <Text fw={700}>{row.name}</Text>
                <Text size="xs" c="dimmed">
                  {roleText(t, row.role)}
                </Text>
              </div>
              <WorkloadLevelBadge level={row.level} />
            </Group>
            <Text size="sm" mt={6}>
              {t('cases.workload.openCases', { count: row.openCases })} ·{' '}
              {t('cases.workload.weightOf', {
                weight: hoursText(t, row.weightMinutes),
                capacity: hoursText(t, row.capacityMinutes),
              })}
            </Text>
            <Box mt={6}>
              <LoadBar row={row} />
            </Box>
            <Box mt={6}>
              <CasesLink row={row} />
            </Box>
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
