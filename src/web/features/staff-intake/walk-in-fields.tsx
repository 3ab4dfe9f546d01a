import { Anchor, Button, Group, NativeSelect, Paper, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TGuestBookEntry } from '../../../domain/intake/staff-intake';
import { useApiQuery } from '../../api/use-api-query';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { fetchGuestBook } from '../guest-book/api';
import { formatTimeOfDay } from '../guest-book/format-time';
import type { ReportForm } from '../public-report/use-report-form';
import { reporterFromGuest } from './intake-payload';
import type { DetailsForm } from './use-staff-intake';

interface WalkInFieldsProps {
  form: DetailsForm;
  reportForm: ReportForm;
}

/**
 * Which of today's visitors this report is for (preselected from the guest book's "Buat laporan"
 * link), shown back with their purpose and time of arrival; the visitor becomes the reporter.
 */
export function WalkInFields({ form, reportForm }: WalkInFieldsProps) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const guests = useApiQuery('intake-guest-book', fetchGuestBook);
  const chosenId = form.useWatchValue('details.guestBookEntryId');
  const items = guests.data?.items ?? [];
  const chosen = items.find((guest) => guest.id === chosenId);
  useReporterFromGuest(chosen, reportForm);

  const options = [
    { value: '', label: t('staffIntake.walkIn.noGuest') },
    ...items.map((guest) => {
      const values = { time: formatTimeOfDay(guest.timeIn, timeZone), name: guest.visitorName };
      return {
        value: guest.id,
        label: guest.ticket
          ? t('staffIntake.walkIn.guestOptionReported', { ...values, ticket: guest.ticket })
          : t('staffIntake.walkIn.guestOption', values),
      };
    }),
  ];
  // An entry from the link that today's list lacks (the list is loading, or it is from yesterday).
  if (chosenId && !chosen)
    options.push({
      value: chosenId,
      label: guests.loading ? t('common.loading') : t('staffIntake.walkIn.linkedGuest'),
    });

  return (
    <>
      <NativeSelect
        label={t('staffIntake.walkIn.guest')}
        description={t('staffIntake.walkIn.guestHint')}
        data={options}
        value={chosenId}
        onChange={(event) =>
          form.setFieldValue('details.guestBookEntryId', event.currentTarget.value, { forceUpdate: false })
        }
        error={form.errors['details.guestBookEntryId']}
        data-path="details.guestBookEntryId"
      />
      {chosen && <GuestNote guest={chosen} timeZone={timeZone} />}
      {guests.error && (
        <Group gap="xs">
          <Text size="sm" c="var(--mantine-color-error)">
            {t('staffIntake.walkIn.loadFailed')} {guests.error.message}
          </Text>
          <Button size="xs" variant="light" onClick={guests.reload}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
      {!chosenId && (
        <Anchor component={Link} to="/staff/guest-book" size="sm">
          {t('staffIntake.walkIn.recordFirst')}
        </Anchor>
      )}
    </>
  );
}

function GuestNote({ guest, timeZone }: { guest: TGuestBookEntry; timeZone: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Paper className="intake-note" p="sm" withBorder>
      <Text fw={700}>{guest.visitorName}</Text>
      <Text size="sm">
        {t('staffIntake.walkIn.arrived', { time: formatTimeOfDay(guest.timeIn, timeZone) })}
      </Text>
      <Text size="sm">{t('staffIntake.walkIn.purpose', { purpose: guest.purpose })}</Text>
      {guest.visitorPhone && (
        <Text size="sm">{t('staffIntake.walkIn.phone', { phone: guest.visitorPhone })}</Text>
      )}
      {guest.ticket && (
        <Text size="sm" mt={4} c="red.9" fw={600}>
          {t('staffIntake.walkIn.alreadyReported', { ticket: guest.ticket })}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The visitor is the reporter: their name and phone fill the reporter fields while those are
 * empty or still hold the previous visitor's (never over what the officer typed).
 */
function useReporterFromGuest(guest: TGuestBookEntry | undefined, reportForm: ReportForm): void {
  const filled = useRef({ name: '', phone: '' });
  const formRef = useRef(reportForm);
  formRef.current = reportForm;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly chosen visitor is the trigger, not a re-render
  useEffect(() => {
    if (!guest) return;
    const form = formRef.current;
    const { reporter } = form.getValues();
    const untouched = reporter.name === filled.current.name && reporter.phone === filled.current.phone;
    if (!untouched) return;
    const next = reporterFromGuest(guest);
    filled.current = next;
    form.setFieldValue('reporter.name', next.name);
    form.setFieldValue('reporter.phone', next.phone);
  }, [guest?.id]);
}
