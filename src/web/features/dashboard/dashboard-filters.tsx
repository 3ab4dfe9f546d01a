import { Button, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../domain/catalogue/constants';
import type { TDashboardFigures } from '../../../domain/dashboard/schemas';
import { useIsWide } from '../../app/ui/use-is-wide';
import { currentLocale } from '../../i18n';
import { type DashboardFilters, monthChoices, PERIOD_PRESETS, type PeriodPreset } from './dashboard-query';
import { monthText } from './format';

interface Props {
  filters: DashboardFilters;
  currentMonth: string;
  /** The last figures: their services and districts fill the lists. */
  figures: TDashboardFigures | undefined;
  /** Only the filters changed: the page lays them over the address as it stands at that moment. */
  onChange: (changed: Partial<DashboardFilters>) => void;
}

/** Period (presets or two months), service, channel and district; each change applies at once. */
export function DashboardFiltersPanel({ filters, currentMonth, figures, onChange }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const set = <K extends keyof DashboardFilters>(field: K, value: DashboardFilters[K]) =>
    onChange({ [field]: value });
  const months = monthChoices(currentMonth).map((m) => ({ value: m, label: monthText(m, locale, true) }));
  const any = (label: string) => [{ value: '', label }];
  const isWide = useIsWide();
  const presets = PERIOD_PRESETS.map((preset) => ({
    value: preset,
    label: t(`dashboard.filters.presets.${preset}`),
  }));
  const narrowed =
    filters.preset !== 'last12' ||
    filters.serviceCode !== '' ||
    filters.channel !== '' ||
    filters.districtCode !== '';
  return (
    <Paper component="section" aria-labelledby="dashboard-filters" withBorder p="md">
      <Group justify="space-between" align="center" mb="xs">
        <Text id="dashboard-filters" fw={700}>
          {t('dashboard.filters.heading')}
        </Text>
        {narrowed && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({ preset: 'last12', serviceCode: '', channel: '', districtCode: '' })}
          >
            {t('dashboard.filters.reset')}
          </Button>
        )}
      </Group>
      {isWide ? (
        <>
          <Text component="p" size="sm" id="dashboard-period-label" mb={4}>
            {t('dashboard.filters.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="dashboard-period-label"
            fullWidth
            value={filters.preset}
            onChange={(value) => set('preset', value as PeriodPreset)}
            data={presets}
            className="period-presets"
          />
        </>
      ) : (
        // Four presets do not fit side by side on a phone: a native list does.
        <NativeSelect
          label={t('dashboard.filters.period')}
          value={filters.preset}
          onChange={(event) => set('preset', event.currentTarget.value as PeriodPreset)}
          data={presets}
        />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" mt="sm">
        {filters.preset === 'custom' && (
          <>
            <NativeSelect
              label={t('dashboard.filters.from')}
              value={filters.from}
              onChange={(event) => set('from', event.currentTarget.value)}
              data={months}
            />
            <NativeSelect
              label={t('dashboard.filters.to')}
              value={filters.to}
              onChange={(event) => set('to', event.currentTarget.value)}
              data={months}
            />
          </>
        )}
        <NativeSelect
          label={t('dashboard.filters.service')}
          value={filters.serviceCode}
          onChange={(event) => set('serviceCode', event.currentTarget.value)}
          data={[
            ...any(t('dashboard.filters.anyService')),
            ...(figures?.byService ?? []).map((s) => ({ value: s.serviceCode, label: s.serviceName })),
          ]}
        />
        <NativeSelect
          label={t('dashboard.filters.channel')}
          value={filters.channel}
          onChange={(event) => set('channel', event.currentTarget.value)}
          data={[
            ...any(t('dashboard.filters.anyChannel')),
            ...CHANNELS.map((channel) => ({ value: channel, label: t(`cases.channels.${channel}`) })),
          ]}
        />
        <NativeSelect
          label={t('dashboard.filters.district')}
          value={filters.districtCode}
          onChange={(event) => set('districtCode', event.currentTarget.value)}
          data={[
            ...any(t('dashboard.filters.anyDistrict')),
            ...[...(figures?.byDistrict ?? [])]
              .sort((a, b) => a.districtName.localeCompare(b.districtName))
              .map((d) => ({ value: d.districtCode, label: d.districtName })),
          ]}
        />
      </SimpleGrid>
    </Paper>
  );
}
