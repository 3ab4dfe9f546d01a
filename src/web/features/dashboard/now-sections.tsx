import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../domain/auth/roles';
import type { WorkloadLevel } from '../../../domain/cases/workload';
import type { TDashboardFigures } from '../../../domain/dashboard/schemas';
import { currentLocale } from '../../i18n';
import { BarList, FigureSection, Legend, type Tone } from './charts';
import { FigureTable } from './figure-table';
import { durationText, percentText } from './format';

type Figures = TDashboardFigures;

const count = (n: number) => n.toLocaleString(currentLocale());

const LEVEL_TONES: Record<WorkloadLevel, Tone> = { overload: 'red', normal: 'teal', underload: 'blue' };

/** Open cases by service now, the overdue part of each bar in red. */
export function BacklogSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const { backlog } = figures;
  const title = t('dashboard.sections.backlog');
  return (
    <FigureSection
      title={title}
      note={t('dashboard.sections.backlogNote')}
      chart={
        backlog.open === 0 ? (
          <p className="figure-empty">{t('dashboard.noData')}</p>
        ) : (
          <>
            <Legend
              entries={[
                { label: t('dashboard.legend.overdue'), tone: 'red' },
                { label: t('dashboard.legend.open'), tone: 'orange' },
              ]}
            />
            <BarList
              label={title}
              items={backlog.byService
                .filter((s) => s.open > 0)
                .map((s) => ({
                  key: s.serviceCode,
                  label: s.serviceName,
                  value: s.open,
                  valueText: `${count(s.open)} · ${t('dashboard.columns.overdue').toLowerCase()} ${count(s.overdue)}`,
                  tone: 'orange',
                  segments: [{ value: s.overdue, tone: 'red' }],
                }))}
            />
          </>
        )
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.service'),
            t('dashboard.columns.open'),
            t('dashboard.columns.overdue'),
          ]}
          rows={[
            ...backlog.byService.map((s) => ({
              key: s.serviceCode,
              cells: [s.serviceName, count(s.open), count(s.overdue)],
            })),
            ...backlog.byStatus.map((s) => ({
              key: `status-${s.status}`,
              cells: [
                `${t('dashboard.columns.status')}: ${t(`cases.status.${s.status}`)}`,
                count(s.cases),
                '—',
              ],
            })),
          ]}
        />
      }
    />
  );
}

export function WorkloadSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const title = t('dashboard.sections.workload');
  const roleText = (role: string) => (isRole(role) ? t(`roles.${role}`) : role);
  return (
    <FigureSection
      title={title}
      note={t('dashboard.sections.workloadNote')}
      tableMinWidth={640}
      chart={
        figures.workload.length === 0 ? (
          <p className="figure-empty">{t('cases.workload.empty')}</p>
        ) : (
          <BarList
            label={title}
            max={Math.max(100, ...figures.workload.map((w) => Math.round(w.ratio * 100)))}
            items={figures.workload.map((w) => ({
              key: w.userId,
              label: w.name,
              detail: `${t(`cases.workload.levels.${w.level}`)} · ${t('cases.workload.openCases', { count: w.openCases })}`,
              value: Math.round(w.ratio * 100),
              valueText: percentText(w.ratio),
              tone: LEVEL_TONES[w.level],
            }))}
          />
        )
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.officer'),
            t('cases.workload.columns.openCases'),
            t('dashboard.columns.load'),
            t('dashboard.columns.level'),
          ]}
          rows={figures.workload.map((w) => ({
            key: w.userId,
            cells: [
              `${w.name} (${roleText(w.role)})`,
              count(w.openCases),
              percentText(w.ratio),
              t(`cases.workload.levels.${w.level}`),
            ],
          }))}
        />
      }
    />
  );
}

/** Time per step of one service at a time (a service's own steps are what its head compares). */
export function StepsSection({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [chosen, setChosen] = useState('');
  const service = figures.steps.find((s) => s.serviceCode === chosen) ?? figures.steps[0];
  const title = t('dashboard.sections.steps');
  const steps = service?.steps ?? [];
  return (
    <FigureSection
      title={title}
      note={t('dashboard.sections.stepsNote')}
      tableMinWidth={620}
      controls={
        figures.steps.length > 1 && (
          <NativeSelect
            mt="sm"
            maw={420}
            label={t('dashboard.sections.stepsService')}
            value={service?.serviceCode ?? ''}
            onChange={(event) => setChosen(event.currentTarget.value)}
            data={figures.steps.map((s) => ({ value: s.serviceCode, label: s.serviceName }))}
          />
        )
      }
      chart={
        steps.length === 0 ? (
          <p className="figure-empty">{t('dashboard.noData')}</p>
        ) : (
          <BarList
            label={`${title}: ${service?.serviceName ?? ''}`}
            items={steps.map((step) => ({
              key: `${step.index}-${step.name}`,
              label: `${step.index + 1}. ${step.name}`,
              detail: step.timeStandard ?? undefined,
              value: step.times.medianMinutes ?? 0,
              valueText: durationText(t, step.times.medianMinutes, locale),
              tone: 'grape',
            }))}
          />
        )
      }
      table={
        <FigureTable
          headers={[
            t('dashboard.columns.step'),
            t('dashboard.columns.standard'),
            t('dashboard.columns.count'),
            t('dashboard.columns.median'),
            t('dashboard.columns.p90'),
          ]}
          rows={steps.map((step) => ({
            key: `${step.index}-${step.name}`,
            cells: [
              `${step.index + 1}. ${step.name}`,
              step.timeStandard ?? '—',
              count(step.times.count),
              durationText(t, step.times.medianMinutes, locale),
              durationText(t, step.times.p90Minutes, locale),
            ],
          }))}
        />
      }
    />
  );
}
