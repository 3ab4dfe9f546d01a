import { Group, Paper, Radio, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, type UseFormReturnType, useForm } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OFFICE_TIME_ZONES,
  type TOfficeSettings,
  type TWeekHours,
  WEEKDAYS,
  ZOfficeSettingsUpdate,
} from '../../../domain/offices/settings';
import { SectionForm } from './section-form';
import { focusFirstInvalid, normalizeClock } from './settings-payload';
import { useSectionSave } from './use-section-save';

type Weekday = keyof TWeekHours;
type TimeZone = TOfficeSettings['timeZone'];

interface DayHours {
  open: boolean;
  start: string;
  end: string;
}

interface HoursValues {
  timeZone: TimeZone;
  /** Every day, open or not, so a closed day keeps its hours while the switch is off. */
  workingHours: Record<Weekday, DayHours>;
}

const DAY_KEYS = WEEKDAYS.map((day) => String(day) as Weekday);

function valuesOf(settings: TOfficeSettings): HoursValues {
  const workingHours = {} as Record<Weekday, DayHours>;
  for (const day of DAY_KEYS) {
    const hours = settings.workingHours[day];
    workingHours[day] = {
      open: hours !== undefined,
      start: hours?.start ?? '08:00',
      end: hours?.end ?? '16:00',
    };
  }
  return { timeZone: settings.timeZone, workingHours };
}

function toPatch(values: HoursValues): Pick<TOfficeSettings, 'timeZone' | 'workingHours'> {
  const workingHours: TWeekHours = {};
  for (const day of DAY_KEYS) {
    const hours = values.workingHours[day];
    if (hours.open)
      workingHours[day] = { start: normalizeClock(hours.start), end: normalizeClock(hours.end) };
  }
  return { timeZone: values.timeZone, workingHours };
}

const validatePatch = schemaResolver(ZOfficeSettingsUpdate.pick({ timeZone: true, workingHours: true }), {
  sync: true,
});

interface WorkingHoursFormProps {
  settings: TOfficeSettings;
  readOnly: boolean;
  onSaved: (settings: TOfficeSettings) => void;
}

/** Section 5: when the office is open each weekday, and in which of Indonesia's time zones. */
export function WorkingHoursForm({ settings, readOnly, onSaved }: WorkingHoursFormProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const form = useForm<HoursValues>({
    initialValues: valuesOf(settings),
    validate: (values) => validatePatch(toPatch(values)),
  });
  const { failure, submitting, handleSubmit, notice } = useSectionSave({
    form,
    settings,
    toPatch,
    valuesOf,
    onSaved,
  });
  const weekError = form.errors.workingHours;

  return (
    <div ref={container}>
      <SectionForm
        readOnly={readOnly}
        submitting={submitting}
        failure={failure}
        notice={notice}
        onSubmit={form.onSubmit(handleSubmit, () => focusFirstInvalid(container.current))}
        onReset={form.reset}
      >
        <Radio.Group label={t('officeSettings.hours.timeZone')} required {...form.getInputProps('timeZone')}>
          <Stack gap="xs" mt="xs">
            {OFFICE_TIME_ZONES.map(({ zone }) => (
              <Radio key={zone} value={zone} label={t(`officeSettings.hours.zones.${zone}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Title order={3} size="h5" mt="sm">
          {t('officeSettings.hours.weekHeading')}
        </Title>
        {weekError && (
          <Text c="var(--mantine-color-error)" size="sm" role="alert">
            {weekError}
          </Text>
        )}
        <Stack gap="xs">
          {DAY_KEYS.map((day) => (
            <DayRow key={day} day={day} form={form} />
          ))}
        </Stack>
      </SectionForm>
    </div>
  );
}

function DayRow({ day, form }: { day: Weekday; form: UseFormReturnType<HoursValues> }) {
  const { t } = useTranslation();
  const dayName = t(`officeSettings.hours.days.${day}`);
  const hours = form.getValues().workingHours[day];
  return (
    <Paper withBorder p="xs" px="sm">
      <Group gap="md" align="flex-start" wrap="wrap">
        <Group gap="sm" w={{ base: '100%', xs: 190 }} mih={36} wrap="nowrap">
          <Text fw={600} w={70}>
            {dayName}
          </Text>
          <Switch
            label={t('officeSettings.hours.open')}
            aria-label={t('officeSettings.hours.openOn', { day: dayName })}
            {...form.getInputProps(`workingHours.${day}.open`, { type: 'checkbox' })}
          />
        </Group>
        {!hours.open && (
          <Text c="dimmed" size="sm" mt={8}>
            {t('officeSettings.hours.closed')}
          </Text>
        )}
        {hours.open && (
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <ClockInput
              form={form}
              path={`workingHours.${day}.start`}
              label={t('officeSettings.hours.start')}
              name={t('officeSettings.hours.startOn', { day: dayName })}
            />
            <ClockInput
              form={form}
              path={`workingHours.${day}.end`}
              label={t('officeSettings.hours.end')}
              name={t('officeSettings.hours.endOn', { day: dayName })}
            />
          </Group>
        )}
      </Group>
    </Paper>
  );
}

interface ClockInputProps {
  form: UseFormReturnType<HoursValues>;
  path: `workingHours.${Weekday}.${'start' | 'end'}`;
  label: string;
  /** The full name for screen readers, with the day. */
  name: string;
}

/** A 24-hour HH:MM text (a native time input would show AM/PM on an English phone); tidied on leaving it. */
function ClockInput({ form, path, label, name }: ClockInputProps) {
  const { t } = useTranslation();
  const inputProps = form.getInputProps(path);
  return (
    <TextInput
      w={110}
      label={label}
      aria-label={name}
      placeholder={t('officeSettings.hours.clockPlaceholder')}
      inputMode="decimal"
      autoComplete="off"
      maxLength={5}
      {...inputProps}
      onBlur={(event) => {
        inputProps.onBlur?.(event);
        form.setFieldValue(path, normalizeClock(event.currentTarget.value));
      }}
    />
  );
}
