import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { THoliday } from '../../../domain/offices/settings';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { deleteHoliday, fetchHolidays } from './api';
import { ConfirmDialog } from './confirm-dialog';
import { fetchCalendarCoverage, HolidayCoverageBanner } from './holiday-coverage';
import { formatCalendarDate, yearChoices } from './holiday-dates';
import { HolidayForm } from './holiday-form';
import { HolidayImport, type HolidayImportResult } from './holiday-import';
import { HolidayList } from './holiday-list';
import { SuccessNotice } from './success-notice';

function byDate(a: THoliday, b: THoliday): number {
  return a.date.localeCompare(b.date);
}

/** The year an import most likely targets: next year from October (when the SKB comes out), else this one. */
function likelyImportYear(today: Date): number {
  return today.getMonth() >= 9 ? today.getFullYear() + 1 : today.getFullYear();
}

/** Section 6: the holidays of one year, with adding, importing and deleting for admins. */
export function HolidaysSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { holidays, notice, setNotice, handleAdded, handleDelete } = useHolidayYear(year);
  const [deleting, setDeleting] = useState<THoliday | null>(null);
  const coverage = useApiQuery('office-holiday-coverage', fetchCalendarCoverage);
  const handleImported = (result: HolidayImportResult) => {
    coverage.reload();
    if (result.year === year) holidays.reload();
    else setYear(result.year);
  };

  const items = [...(holidays.data?.items ?? [])].sort(byDate);
  return (
    <Stack gap="md">
      <HolidayCoverageBanner coverage={coverage} />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {!readOnly && (
        <HolidayForm
          onAdded={(added) => {
            handleAdded(added);
            coverage.reload();
          }}
        />
      )}
      {!readOnly && <HolidayImport initialYear={likelyImportYear(new Date())} onImported={handleImported} />}
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('officeSettings.holidays.listHeading', { year })}
        </Title>
        <Select
          label={t('officeSettings.holidays.year')}
          data={yearChoices(thisYear).map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={120}
        />
      </Group>
      {holidays.error && <ErrorAlert error={holidays.error} onRetry={holidays.reload} />}
      {holidays.loading && !holidays.data ? (
        <PageLoader />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('officeSettings.holidays.count', { count: items.length })}
          </Text>
          {items.length === 0 ? (
            <Text>{t('officeSettings.holidays.empty')}</Text>
          ) : (
            <HolidayList holidays={items} onDelete={readOnly ? undefined : setDeleting} />
          )}
        </>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('officeSettings.holidays.deleteTitle')}
        message={
          deleting
            ? t('officeSettings.holidays.deleteConfirm', {
                name: deleting.name,
                date: formatCalendarDate(deleting.date, false),
              })
            : ''
        }
        confirmLabel={t('officeSettings.holidays.delete')}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await handleDelete(deleting);
          setDeleting(null);
          coverage.reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}

/** One year's holidays, kept in step with what is added and deleted, and what to tell the admin. */
function useHolidayYear(year: number) {
  const { t } = useTranslation();
  const holidays = useApiQuery(`office-holidays:${year}`, (signal) => fetchHolidays(year, signal));
  const [notice, setNotice] = useState<string | null>(null);
  const handleAdded = (added: THoliday) => {
    const addedYear = Number(added.date.slice(0, 4));
    const date = formatCalendarDate(added.date, false);
    if (addedYear === year) {
      holidays.setData((current) => ({ items: [...(current?.items ?? []), added].sort(byDate) }));
      setNotice(t('officeSettings.holidays.added', { name: added.name, date }));
    } else {
      setNotice(t('officeSettings.holidays.addedOtherYear', { name: added.name, date, year: addedYear }));
    }
  };
  /** Throws on failure, for the confirmation dialog to show. */
  const handleDelete = async (holiday: THoliday) => {
    await deleteHoliday(holiday.date);
    holidays.setData((current) => ({
      items: (current?.items ?? []).filter((item) => item.date !== holiday.date),
    }));
    setNotice(t('officeSettings.holidays.deleted', { name: holiday.name }));
  };

  return { holidays, notice, setNotice, handleAdded, handleDelete };
}
