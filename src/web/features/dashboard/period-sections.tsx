import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CHANNELS } from '../../../domain/catalogue/constants';
import type { TDashboardFigures, TOnTime } from '../../../domain/dashboard/schemas';
import { currentLocale } from '../../i18n';
import { BarList, ColumnChart, FigureSection, Legend, type Tone } from './charts';
import { FigureTable } from './figure-table';
import { durationText, monthText, percentText } from './format';

type Figures = TDashboardFigures;
type Channel = (typeof CHANNELS)[number];

const count = (n: number) => n.toLocaleString(currentLocale());

/** Green from 80% on time, orange from 50%, red below: how a head reads a rate at a glance. */
export function rateTone(rate: number | null): Tone {
  if (rate === null) return 'gray';
  if (rate >= 0.8) return 'teal';
  return rate >= 0.5 ? 'orange' : 'red';
}

export function onTimeCells(onTime: TOnTime): [string, string] {
  return [percentText(onTime.rate), `${count(onTime.onTime)} / ${count(onTime.late)}`];
}

/** "Nov", with the year under the first column and every January. */
function columnLabel(month: string, first: boolean, locale: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
  return first || number === 1 ? `${name}\n${year}` : name;
}

export function MonthsSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t('dashboard.sections.months');
  return (
    <FigureSection
      title={title}
      note={t('dashboard.cohortNote')}
      chart={
        <>
          <Legend
            entries={[
              { label: t('dashboard.legend.received'), tone: 'blue' },
              { label: t('dashboard.legend.closed'), tone: 'teal' },
            ]}
          />
          <ColumnChart
            description={t('dashboard.chartOf', { title })}
            groups={figures.byMonth.map((m, i) => ({
              key: m.month,
              label: columnLabel(m.month, i === 0, locale),
              values: [
                { value: m.received, tone: 'blue' },
                { value: m.closed, tone: 'teal' },
              ],
            }))}
          />
        </>
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.month'),
            t('dashboard.columns.received'),
            t('dashboard.columns.closed'),
            t('dashboard.columns.onTime'),
            t('dashboard.columns.onTimeCount'),
          ]}
          rows={figures.byMonth.map((m) => ({
            key: m.month,
            cells: [
              monthText(m.month, locale, true),
              count(m.received),
              count(m.closed),
              ...onTimeCells(m.onTime),
            ],
          }))}
        />
      }
    />
  );
}

export function ServicesSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const services = [...figures.byService].sort((a, b) => b.received - a.received);
  return (
    <FigureSection
      title={t('dashboard.sections.services')}
      tableMinWidth={860}
      chart={
        <BarList
          label={t('dashboard.sections.services')}
          items={services.map((s) => ({
            key: s.serviceCode,
            label: s.serviceName,
            value: s.received,
            valueText: count(s.received),
          }))}
        />
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.service'),
            t('dashboard.columns.standard'),
            t('dashboard.columns.received'),
            t('dashboard.columns.open'),
            t('dashboard.columns.closed'),
            t('dashboard.columns.onTime'),
            t('dashboard.columns.median'),
            t('dashboard.columns.p90'),
          ]}
          rows={services.map((s) => ({
            key: s.serviceCode,
            cells: [
              s.serviceName,
              s.completionTime ?? '—',
              count(s.received),
              count(s.open),
              count(s.closed),
              percentText(s.onTime.rate),
              durationText(t, s.times.medianMinutes, locale),
              durationText(t, s.times.p90Minutes, locale),
            ],
          }))}
        />
      }
    />
  );
}

export function OnTimeSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rated = figures.byService
    .filter((s) => s.onTime.rate !== null)
    .sort((a, b) => (a.onTime.rate ?? 0) - (b.onTime.rate ?? 0));
  return (
    <FigureSection
      title={t('dashboard.sections.onTime')}
      note={t('dashboard.sections.onTimeNote')}
      chart={
        rated.length === 0 ? (
          <p className="figure-empty">{t('dashboard.noData')}</p>
        ) : (
          <BarList
            label={t('dashboard.sections.onTime')}
            max={100}
            items={rated.map((s) => ({
              key: s.serviceCode,
              label: s.serviceName,
              detail: s.completionTime ?? undefined,
              value: Math.round((s.onTime.rate ?? 0) * 100),
              valueText: percentText(s.onTime.rate),
              tone: rateTone(s.onTime.rate),
            }))}
          />
        )
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.service'),
            t('dashboard.columns.standard'),
            t('dashboard.columns.onTime'),
            t('dashboard.columns.onTimeCount'),
          ]}
          rows={figures.byService.map((s) => ({
            key: s.serviceCode,
            cells: [s.serviceName, s.completionTime ?? '—', ...onTimeCells(s.onTime)],
          }))}
        />
      }
    />
  );
}

interface Counted {
  key: string;
  label: string;
  cases: number;
}

/** A plain count by one dimension: bars of the non-zero ones, a table of all. */
export function CountSection({ title, column, rows }: { title: string; column: string; rows: Counted[] }) {
  const { t } = useTranslation();
  const shown = rows.filter((r) => r.cases > 0);
  return (
    <FigureSection
      title={title}
      tableMinWidth={260}
      chart={
        shown.length === 0 ? (
          <p className="figure-empty">{t('dashboard.noData')}</p>
        ) : (
          <BarList
            label={title}
            items={shown.map((r) => ({
              key: r.key,
              label: r.label,
              value: r.cases,
              valueText: count(r.cases),
            }))}
          />
        )
      }
      table={
        <FigureTable
          headers={[column, t('dashboard.columns.cases')]}
          rows={rows.map((r) => ({ key: r.key, cells: [r.label, count(r.cases)] }))}
        />
      }
    />
  );
}

export function channelRows(t: TFunction, figures: Figures): Counted[] {
  return figures.byChannel.map((c) => ({
    key: c.channel,
    label: t(`cases.channels.${c.channel as Channel}`),
    cases: c.cases,
  }));
}

export function statusRows(t: TFunction, figures: Figures): Counted[] {
  return figures.byStatus.map((s) => ({
    key: s.status,
    label: t(`cases.status.${s.status}`),
    cases: s.cases,
  }));
}

export function DistrictsSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const shown = figures.byDistrict.filter((d) => d.received > 0);
  const title = t('dashboard.sections.districts');
  return (
    <FigureSection
      title={title}
      tableMinWidth={360}
      chart={
        shown.length === 0 ? (
          <p className="figure-empty">{t('dashboard.noData')}</p>
        ) : (
          <BarList
            label={title}
            items={shown.map((d) => ({
              key: d.districtCode,
              label: d.districtName,
              value: d.received,
              valueText: count(d.received),
            }))}
          />
        )
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.district'),
            t('dashboard.columns.received'),
            t('dashboard.columns.onTime'),
            t('dashboard.columns.onTimeCount'),
          ]}
          rows={figures.byDistrict.map((d) => ({
            key: d.districtCode,
            cells: [d.districtName, count(d.received), ...onTimeCells(d.onTime)],
          }))}
        />
      }
    />
  );
}
