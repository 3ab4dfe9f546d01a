import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TTransparency } from '../../../domain/dashboard/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { NotFoundPage } from '../../app/not-found-page';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { currentLocale } from '../../i18n';
import { BackLink } from '../public-catalogue/page-parts';
import { fetchTransparency } from './api';

type Period = TTransparency['periods'][number];
type Counts = Pick<Period['totals'], 'received' | 'closed' | 'inProgress' | 'declined' | 'onTimeRate'>;

function monthName(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** A count, or "*" (with its meaning for screen readers) when it is hidden. */
function Count({ value }: { value: number | null }) {
  const { t } = useTranslation();
  if (value !== null) return <>{value.toLocaleString(currentLocale())}</>;
  return (
    <span title={t('publicTransparency.hidden')}>
      <span aria-hidden>*</span>
      <span className="transparency-hidden">{t('publicTransparency.hidden')}</span>
    </span>
  );
}

/** A table that scrolls sideways on a phone, reachable by keyboard so it can be scrolled without a mouse. */
function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table; this is only a scroller
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1)
    <div className="transparency-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

/** `/{slug}/transparansi`: an office's figures for everyone (Bekasi: "progress visible to the public"). */
export function TransparencyPage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const figures = useApiQuery(`transparency:${slug}`, (signal) => fetchTransparency(slug, signal));
  const [periodKey, setPeriodKey] = useState<Period['key']>('this_year');
  if (figures.error?.status === 404) return <NotFoundPage slug={slug} />;
  if (figures.error) return <ErrorAlert error={figures.error} onRetry={figures.reload} />;
  if (!figures.data) return <PageLoader />;
  const { office, periods, generatedAt } = figures.data;
  const period = periods.find((p) => p.key === periodKey) ?? periods[0];
  if (!period) return null;
  const locale = currentLocale();
  return (
    <Stack gap="lg" className="transparency-page">
      <PageTitle>{t('publicTransparency.pageTitle', { office: office.name })}</PageTitle>
      <div>
        <BackLink to={`/${office.slug}`}>
          {t('publicTransparency.backToOffice', { office: office.name })}
        </BackLink>
        <Title order={1} mt="xs">
          {t('publicTransparency.title')}
        </Title>
        <Text mt="xs">{t('publicTransparency.intro', { office: office.name })}</Text>
      </div>
      <div>
        <Text id="transparency-period" fw={600} mb={4}>
          {t('publicTransparency.period')}
        </Text>
        <Group gap="xs" role="group" aria-labelledby="transparency-period">
          {periods.map((p) => (
            <Button
              key={p.key}
              variant={p.key === period.key ? 'filled' : 'default'}
              aria-pressed={p.key === period.key}
              onClick={() => setPeriodKey(p.key)}
            >
              {t(`publicTransparency.periods.${p.key}`)}
            </Button>
          ))}
        </Group>
        <Text size="sm" mt={6}>
          {t('publicTransparency.range', {
            from: monthName(period.from, locale),
            to: monthName(period.to, locale),
          })}
        </Text>
      </div>
      <Totals totals={period.totals} ikm={period.ikm} />
      <ServiceTable period={period} />
      <IkmTable period={period} />
      <Text size="sm">{t('publicTransparency.privacy')}</Text>
      <Text size="sm" c="dimmed">
        {t('publicTransparency.updated', {
          time: new Intl.DateTimeFormat(locale, {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: office.timeZone,
          }).format(new Date(generatedAt)),
        })}
      </Text>
      <Anchor component={Link} to={`/${office.slug}/lacak`}>
        <Group gap={6} component="span" wrap="nowrap">
          <IconSearch size={16} aria-hidden />
          {t('publicTransparency.track')}
        </Group>
      </Anchor>
    </Stack>
  );
}

function Totals({ totals, ikm }: { totals: Counts; ikm: Period['ikm'] }) {
  const { t } = useTranslation();
  const tiles = [
    { key: 'received', label: t('publicTransparency.received'), value: <Count value={totals.received} /> },
    { key: 'closed', label: t('publicTransparency.closed'), value: <Count value={totals.closed} /> },
    {
      key: 'inProgress',
      label: t('publicTransparency.inProgress'),
      value: <Count value={totals.inProgress} />,
    },
    { key: 'onTime', label: t('publicTransparency.onTime'), value: percent(totals.onTimeRate) },
    {
      key: 'ikm',
      label: 'IKM',
      value: ikm ? ikm.index.toLocaleString(currentLocale()) : '—',
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" component="ul" className="transparency-tiles">
      {tiles.map((tile) => (
        <Paper component="li" key={tile.key} withBorder p="sm">
          <Text size="sm">{tile.label}</Text>
          <Text className="transparency-value">{tile.value}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ServiceTable({ period }: { period: Period }) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...period.services.map((s) => s.received ?? 0));
  return (
    <section aria-labelledby="transparency-services">
      <Title order={2} size="h3" id="transparency-services">
        {t('publicTransparency.byService')}
      </Title>
      <Text size="sm" mt={4} mb="xs">
        {t('publicTransparency.onTimeNote')}
      </Text>
      <ScrollRegion labelledBy="transparency-services">
        <table className="transparency-table">
          <thead>
            <tr>
              <th scope="col">{t('publicTransparency.service')}</th>
              <th scope="col">{t('publicTransparency.received')}</th>
              <th scope="col">{t('publicTransparency.closed')}</th>
              <th scope="col">{t('publicTransparency.inProgress')}</th>
              <th scope="col">{t('publicTransparency.declined')}</th>
              <th scope="col">{t('publicTransparency.onTime')}</th>
            </tr>
          </thead>
          <tbody>
            {period.services.map((s) => (
              <tr key={s.serviceCode}>
                <th scope="row">
                  {s.serviceName}
                  {s.completionTime && (
                    <span className="transparency-standard">
                      {t('publicTransparency.standard')}: {s.completionTime}
                    </span>
                  )}
                  <span className="transparency-bar" aria-hidden>
                    <span style={{ width: `${((s.received ?? 0) / largest) * 100}%` }} />
                  </span>
                </th>
                <CountCells counts={s} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('publicTransparency.total')}</th>
              <CountCells counts={period.totals} />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}

function CountCells({ counts }: { counts: Counts }) {
  return (
    <>
      <td>
        <Count value={counts.received} />
      </td>
      <td>
        <Count value={counts.closed} />
      </td>
      <td>
        <Count value={counts.inProgress} />
      </td>
      <td>
        <Count value={counts.declined} />
      </td>
      <td>{percent(counts.onTimeRate)}</td>
    </>
  );
}

function IkmTable({ period }: { period: Period }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section aria-labelledby="transparency-ikm">
      <Title order={2} size="h3" id="transparency-ikm">
        {t('publicTransparency.ikm')}
      </Title>
      {period.ikm ? (
        <Text mt={4}>
          <strong>{period.ikm.index.toLocaleString(locale)}</strong> ·{' '}
          {t('publicTransparency.ikmGrade', {
            grade: period.ikm.grade,
            label: period.ikm.label,
            count: period.ikm.respondents,
          })}
        </Text>
      ) : (
        <Text mt={4}>{t('publicTransparency.ikmNone')}</Text>
      )}
      {period.ikmByService.length > 0 && (
        <ScrollRegion labelledBy="transparency-ikm">
          <table className="transparency-table">
            <thead>
              <tr>
                <th scope="col">{t('publicTransparency.service')}</th>
                <th scope="col">IKM</th>
                <th scope="col">{t('publicTransparency.respondents')}</th>
              </tr>
            </thead>
            <tbody>
              {period.ikmByService.map((s) => (
                <tr key={s.serviceCode ?? 'none'}>
                  <th scope="row">{s.serviceName ?? '—'}</th>
                  <td>
                    {s.index.toLocaleString(locale)} ({s.grade})
                  </td>
                  <td>{s.respondents.toLocaleString(locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
