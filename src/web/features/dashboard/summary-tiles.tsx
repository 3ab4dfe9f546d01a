import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TDashboardFigures } from '../../../domain/dashboard/schemas';
import { currentLocale } from '../../i18n';
import { durationText, percentText } from './format';
import { rateTone } from './period-sections';

interface Tile {
  key: string;
  label: string;
  value: string;
  detail: string;
  tone?: string;
}

/** The six numbers a head looks at first. */
export function SummaryTiles({ figures }: { figures: TDashboardFigures }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const count = (n: number) => n.toLocaleString(locale);
  const { totals, backlog, ikm } = figures;
  const rated = totals.onTime.onTime + totals.onTime.late;
  const tiles: Tile[] = [
    {
      key: 'received',
      label: t('dashboard.kpi.received'),
      value: count(totals.received),
      detail: `${t('dashboard.kpi.closed')}: ${count(totals.closed)}`,
    },
    {
      key: 'onTime',
      label: t('dashboard.kpi.onTime'),
      value: percentText(totals.onTime.rate),
      detail: rated > 0 ? t('dashboard.kpi.onTimeOf', { count: rated }) : t('dashboard.kpi.noRate'),
      tone: rateTone(totals.onTime.rate),
    },
    {
      key: 'median',
      label: t('dashboard.kpi.median'),
      value: durationText(t, totals.times.medianMinutes, locale),
      detail: `${t('dashboard.columns.p90')}: ${durationText(t, totals.times.p90Minutes, locale)}`,
    },
    {
      key: 'open',
      label: t('dashboard.kpi.open'),
      value: count(backlog.open),
      detail: t('dashboard.kpi.unassigned', { count: backlog.unassigned }),
    },
    {
      key: 'overdue',
      label: t('dashboard.kpi.overdue'),
      value: count(backlog.overdue),
      detail: t('dashboard.kpi.overdueShare', {
        percent: percentText(backlog.open > 0 ? backlog.overdue / backlog.open : null),
      }),
      tone: backlog.overdue > 0 ? 'red' : 'teal',
    },
    {
      key: 'ikm',
      label: t('dashboard.kpi.ikm'),
      value: ikm.overall ? ikm.overall.index.toLocaleString(locale) : '—',
      detail: ikm.overall
        ? t('dashboard.kpi.ikmOf', {
            grade: ikm.overall.grade,
            label: ikm.overall.label,
            count: ikm.overall.respondents,
          })
        : t('dashboard.kpi.noIkm'),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="ul" className="summary-tiles">
      {tiles.map((tile) => (
        <Paper component="li" key={tile.key} withBorder p="sm" className="summary-tile">
          <Text size="sm" fw={600}>
            {tile.label}
          </Text>
          <Text className={`summary-value${tile.tone ? ` rate-text rate-${tile.tone}` : ''}`}>
            {tile.value}
          </Text>
          <Text size="xs" c="dimmed">
            {tile.detail}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
