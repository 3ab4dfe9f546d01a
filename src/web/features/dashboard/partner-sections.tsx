import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TDashboardFigures } from '../../../domain/dashboard/schemas';
import { currentLocale } from '../../i18n';
import { BarList, FigureSection, Legend, type Tone } from './charts';
import { FigureTable } from './figure-table';
import { durationText, percentText } from './format';
import { onTimeCells, rateTone } from './period-sections';

type Figures = TDashboardFigures;

const count = (n: number) => n.toLocaleString(currentLocale());

/** The IKM grades of PermenPAN-RB 14/2017, A (Sangat Baik) to D (Tidak Baik). */
const GRADE_TONES: Record<string, Tone> = { A: 'teal', B: 'blue', C: 'orange', D: 'red' };

/** Referrals per partner or pillar: how many, how many still unanswered, and how fast they answer. */
export function ReferralsSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t('dashboard.sections.referrals');
  const bodyOf = (r: Figures['referrals'][number]) =>
    r.bodyName ? `${r.bodyName} (${r.bodyKindLabel})` : t('dashboard.anyBody', { kind: r.bodyKindLabel });
  const times = (median: number | null, p90: number | null) =>
    `${durationText(t, median, locale)} / ${durationText(t, p90, locale)}`;
  return (
    <FigureSection
      title={title}
      note={t('dashboard.sections.referralsNote')}
      tableMinWidth={900}
      chart={
        figures.referrals.length === 0 ? (
          <p className="figure-empty">{t('dashboard.noData')}</p>
        ) : (
          <>
            <Legend
              entries={[
                { label: t('dashboard.columns.done'), tone: 'teal' },
                { label: t('dashboard.columns.accepted'), tone: 'blue' },
                { label: t('dashboard.columns.pending'), tone: 'orange' },
                { label: t('dashboard.columns.declined'), tone: 'red' },
              ]}
            />
            <BarList
              label={title}
              items={figures.referrals.map((r) => ({
                key: `${r.bodyKind}-${r.bodyName ?? ''}`,
                label: bodyOf(r),
                detail: `${t('dashboard.columns.response')}: ${times(r.response.medianMinutes, r.response.p90Minutes)}`,
                value: r.total,
                valueText: count(r.total),
                tone: 'gray',
                segments: [
                  { value: r.done, tone: 'teal' },
                  { value: r.accepted, tone: 'blue' },
                  { value: r.pending, tone: 'orange' },
                  { value: r.declined, tone: 'red' },
                ],
              }))}
            />
          </>
        )
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.body'),
            t('dashboard.columns.total'),
            t('dashboard.columns.pending'),
            t('dashboard.columns.accepted'),
            t('dashboard.columns.declined'),
            t('dashboard.columns.done'),
            t('dashboard.columns.response'),
            t('dashboard.columns.completion'),
          ]}
          rows={figures.referrals.map((r) => ({
            key: `${r.bodyKind}-${r.bodyName ?? ''}`,
            cells: [
              bodyOf(r),
              count(r.total),
              count(r.pending),
              count(r.accepted),
              count(r.declined),
              count(r.done),
              times(r.response.medianMinutes, r.response.p90Minutes),
              times(r.completion.medianMinutes, r.completion.p90Minutes),
            ],
          }))}
        />
      }
    />
  );
}

/** Bekasi's four indicators (or the office's equivalents), one card each, then the table. */
export function IndicatorsSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  return (
    <FigureSection
      title={t('dashboard.sections.indicators')}
      note={t('dashboard.sections.indicatorsNote')}
      tableMinWidth={760}
      chart={
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm" component="ul" className="indicator-cards">
          {figures.indicators.map((indicator) => (
            <Paper component="li" key={indicator.code} withBorder p="sm" className="indicator-card">
              <Text fw={700}>{indicator.name}</Text>
              <Text size="xl" fw={700} mt={4}>
                {count(indicator.received)}
                <Text span size="sm" fw={400}>
                  {' '}
                  {t('dashboard.columns.received').toLowerCase()}
                </Text>
              </Text>
              <Text size="sm">
                {t('dashboard.columns.closed')}: {count(indicator.closed)} · {t('dashboard.columns.open')}:{' '}
                {count(indicator.open)}
              </Text>
              <Text size="sm" className={`rate-text rate-${rateTone(indicator.onTime.rate)}`}>
                {t('dashboard.columns.onTime')}: {percentText(indicator.onTime.rate)}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {indicator.basis}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.indicator'),
            t('dashboard.columns.received'),
            t('dashboard.columns.open'),
            t('dashboard.columns.closed'),
            t('dashboard.columns.onTime'),
            t('dashboard.columns.onTimeCount'),
          ]}
          rows={figures.indicators.map((i) => ({
            key: i.code,
            cells: [i.name, count(i.received), count(i.open), count(i.closed), ...onTimeCells(i.onTime)],
          }))}
        />
      }
    />
  );
}

export function IkmSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const title = t('dashboard.sections.ikm');
  const rows = [...figures.ikm.byService].sort((a, b) => b.index - a.index);
  return (
    <FigureSection
      title={title}
      chart={
        rows.length === 0 ? (
          <p className="figure-empty">{t('dashboard.kpi.noIkm')}</p>
        ) : (
          <BarList
            label={title}
            max={100}
            items={rows.map((s) => ({
              key: s.serviceCode ?? 'none',
              label: s.serviceName ?? t('dashboard.generalComplaint'),
              value: s.index,
              valueText: `${s.index.toLocaleString(currentLocale())} (${s.grade})`,
              tone: GRADE_TONES[s.grade] ?? 'gray',
            }))}
          />
        )
      }
      table={
        rows.length === 0 ? null : (
          <FigureTable
            headers={[
              t('dashboard.columns.service'),
              t('dashboard.columns.ikm'),
              t('dashboard.columns.grade'),
              t('dashboard.columns.respondents'),
            ]}
            rows={rows.map((s) => ({
              key: s.serviceCode ?? 'none',
              cells: [
                s.serviceName ?? t('dashboard.generalComplaint'),
                s.index.toLocaleString(currentLocale()),
                `${s.grade} (${s.label})`,
                count(s.respondents),
              ],
            }))}
          />
        )
      }
    />
  );
}
