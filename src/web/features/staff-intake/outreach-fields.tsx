import { Button, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconCurrentLocation } from '@tabler/icons-react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeInputValue, positionValues, splitCoordinatePair } from './channel-details';
import { type LocateState, useGeolocation } from './use-geolocation';
import type { DetailsForm } from './use-staff-intake';

/**
 * Where and when the outreach team met the person: one tap takes the phone's GPS fix; when the
 * phone cannot (no permission, no fix indoors, plain http), the coordinates are typed from a map app.
 */
export function OutreachFields({ form }: { form: DetailsForm }) {
  const { t } = useTranslation();
  const accuracy = form.useWatchValue('details.accuracyMetres');
  const geo = useGeolocation((coords) => {
    const fix = positionValues(coords);
    form.setFieldValue('details.latitude', fix.latitude);
    form.setFieldValue('details.longitude', fix.longitude);
    form.setFieldValue('details.accuracyMetres', fix.accuracyMetres);
  });
  return (
    <>
      <div>
        <Button
          size="md"
          leftSection={<IconCurrentLocation size={20} aria-hidden />}
          loading={geo.state.status === 'locating'}
          onClick={geo.locate}
          aria-describedby="intake-locate-status"
        >
          {geo.state.status === 'located'
            ? t('staffIntake.outreach.locateAgain')
            : t('staffIntake.outreach.locate')}
        </Button>
        <LocateStatus state={geo.state} accuracy={accuracy} />
      </div>
      <CoordinateFields form={form} />
      <TextInput
        key={form.key('details.visitedAt')}
        {...form.getInputProps('details.visitedAt')}
        label={t('staffIntake.outreach.visitedAt')}
        description={t('staffIntake.outreach.visitedAtHint')}
        type="datetime-local"
        max={dateTimeInputValue(new Date())}
        required
      />
    </>
  );
}

/** Latitude and longitude, filled by the GPS or typed; a pasted "lat, lng" fills both. */
function CoordinateFields({ form }: { form: DetailsForm }) {
  const { t } = useTranslation();
  const latitude = form.getInputProps('details.latitude');
  const longitude = form.getInputProps('details.longitude');
  // Typed by hand: the GPS accuracy no longer describes the point.
  const typed =
    (onChange: (event: ChangeEvent<HTMLInputElement>) => void) => (event: ChangeEvent<HTMLInputElement>) => {
      const pair = splitCoordinatePair(event.currentTarget.value);
      if (pair) {
        form.setFieldValue('details.latitude', pair.latitude);
        form.setFieldValue('details.longitude', pair.longitude);
      } else onChange(event);
      if (form.getValues().details.accuracyMetres !== null)
        form.setFieldValue('details.accuracyMetres', null, { forceUpdate: false });
    };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
      <TextInput
        key={form.key('details.latitude')}
        {...latitude}
        onChange={typed(latitude.onChange)}
        label={t('staffIntake.outreach.latitude')}
        description={t('staffIntake.outreach.latitudeHint')}
        autoComplete="off"
        required
      />
      <TextInput
        key={form.key('details.longitude')}
        {...longitude}
        onChange={typed(longitude.onChange)}
        label={t('staffIntake.outreach.longitude')}
        description={t('staffIntake.outreach.longitudeHint')}
        autoComplete="off"
        required
      />
    </SimpleGrid>
  );
}

/** What the last "Ambil lokasi" did, announced to screen readers; the way to type it when it failed. */
function LocateStatus({ state, accuracy }: { state: LocateState; accuracy: number | null }) {
  const { t } = useTranslation();
  let message = t('staffIntake.outreach.manual');
  let color = 'dimmed';
  if (state.status === 'locating') message = t('staffIntake.outreach.locating');
  if (state.status === 'located' && accuracy !== null) {
    message = t('staffIntake.outreach.located', { metres: accuracy });
    color = 'green.9';
  }
  if (state.status === 'failed') {
    message = t(`staffIntake.outreach.${state.problem}`);
    color = 'var(--mantine-color-error)';
  }
  return (
    <div role="status" id="intake-locate-status">
      <Paper className="intake-note" p="xs" mt="xs">
        <Text size="sm" c={color} fw={color === 'dimmed' ? 400 : 600}>
          {message}
        </Text>
      </Paper>
    </div>
  );
}
