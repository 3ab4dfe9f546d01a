import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PPKS_CATEGORIES } from '../../../domain/intake/ppks';
import type { TMapQuery, TMapView } from '../../../domain/ppks-register/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { useSignedInUser } from '../auth/session';
import { PageHeading } from '../cases/page-heading';
import { fetchMap } from './api';
import { LeafletMap, pointColour } from './leaflet-map';
import { AreasTable, CategoriesTable, StatusesTable } from './map-tables';

const CATEGORY_CHOICES = PPKS_CATEGORIES.map((c) => ({ value: c.code, label: c.name }));

function queryFrom(params: URLSearchParams): TMapQuery {
  return {
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    category: params.get('category') || undefined,
  };
}

/**
 * `/staff/ppks-map`: where the office's PPKS are (Si-PULAU PANDHA's "pemetaan PPKS"), on a Leaflet
 * map from outreach and assessment GPS, and the same figures in tables by area, category and status.
 */
export default function PpksMapPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const map = useApiQuery(`ppks-map:${params.toString()}`, (signal) => fetchMap(query, signal), {
    keepPreviousData: true,
  });
  const apply = (next: TMapQuery) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    setParams(search);
  };
  return (
    <Stack gap="lg">
      <PageHeading title={t('ppksMap.title')} intro={t('ppksMap.intro', { office: user.office.name })} />
      <Filters key={params.toString()} initial={query} onApply={apply} />
      {map.error && <ErrorAlert error={map.error} onRetry={map.reload} />}
      {!map.data && map.loading && <PageLoader />}
      {map.data && <MapBody view={map.data} />}
    </Stack>
  );
}

function MapBody({ view }: { view: TMapView }) {
  const { t } = useTranslation();
  const withoutCentre = view.areas.filter((a) => a.cases > 0 && !a.centre).length;
  return (
    <>
      <Text fw={700} role="status" data-testid="ppks-map-totals">
        {t('ppksMap.totals', { cases: view.totals.cases, persons: view.totals.persons })}
      </Text>
      <Stack gap="xs">
        {!view.tiles && (
          <Alert variant="light" color="blue">
            {t('ppksMap.map.noTiles')}
          </Alert>
        )}
        <LeafletMap view={view} label={t('ppksMap.map.label')} />
        <Legend />
        {view.points.length === 0 && <Text size="sm">{t('ppksMap.map.noPoints')}</Text>}
        {view.pointsTruncated && (
          <Text size="sm">{t('ppksMap.map.truncated', { count: view.points.length })}</Text>
        )}
        {withoutCentre > 0 && (
          <Text size="sm">{t('ppksMap.map.withoutCentre', { count: withoutCentre })}</Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <AreasTable view={view} />
        <Stack gap="lg">
          <CategoriesTable view={view} />
          <StatusesTable view={view} />
        </Stack>
      </SimpleGrid>
    </>
  );
}

function Legend() {
  const { t } = useTranslation();
  const swatch = (colour: string, opacity = 1, border?: string) => (
    <span
      className="ppks-legend-swatch"
      style={{ background: colour, opacity, border: border ? `2px solid ${border}` : undefined }}
      aria-hidden
    />
  );
  return (
    <ul className="ppks-legend">
      <li>
        <Text size="sm" span>
          {swatch('rgba(28, 79, 156, 0.15)', 1, '#1c4f9c')}
          {t('ppksMap.map.legendDistrict')}
        </Text>
      </li>
      <li>
        <Text size="sm" span>
          {swatch(pointColour('new'))}
          {t('ppksMap.map.legendPoint')}
        </Text>
      </li>
      <li>
        <Text size="sm" span>
          {swatch(pointColour('new'), 0.4)}
          {t('ppksMap.map.legendApproximate')}
        </Text>
      </li>
    </ul>
  );
}

function Filters({ initial, onApply }: { initial: TMapQuery; onApply: (query: TMapQuery) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    from: initial.from ?? '',
    to: initial.to ?? '',
    category: initial.category ?? '',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label={t('ppksMap.filters.label')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="date"
            label={t('ppksMap.filters.from')}
            value={values.from}
            onChange={(e) => setValues((v) => ({ ...v, from: e.currentTarget.value }))}
          />
          <TextInput
            type="date"
            label={t('ppksMap.filters.to')}
            value={values.to}
            onChange={(e) => setValues((v) => ({ ...v, to: e.currentTarget.value }))}
          />
          <NativeSelect
            label={t('ppksMap.filters.category')}
            data={[{ value: '', label: t('ppksMap.filters.allCategories') }, ...CATEGORY_CHOICES]}
            value={values.category}
            onChange={(e) => setValues((v) => ({ ...v, category: e.currentTarget.value }))}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit" leftSection={<IconFilter size={18} aria-hidden />}>
            {t('ppksMap.filters.apply')}
          </Button>
          <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={() => onApply({})}>
            {t('ppksMap.filters.reset')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
