import { Alert, Stack, Text } from '@mantine/core';
import { IconCalendarExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/client';
import type { ApiQuery } from '../../api/use-api-query';

/** One year the office's holiday calendar does not cover (src/server/modules/offices/calendar-coverage.ts). */
export interface CalendarCoverageWarning {
  year: number;
  coverage: 'missing' | 'incomplete';
  message: string;
  deadlinesAffected: boolean;
}

export function fetchCalendarCoverage(signal: AbortSignal): Promise<{ warnings: CalendarCoverageWarning[] }> {
  return apiRequest('/office/holidays/coverage', { signal });
}

/**
 * A banner per year whose holidays are missing or incomplete: deadlines counted into such a year
 * treat Idulfitri or cuti bersama as working days. Quiet when the check itself fails (the list below
 * still works); nothing to show is the normal case.
 */
export function HolidayCoverageBanner({
  coverage,
}: {
  coverage: ApiQuery<{ warnings: CalendarCoverageWarning[] }>;
}) {
  const { t } = useTranslation();
  const warnings = coverage.data?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs">
      {warnings.map((w) => (
        <Alert
          key={w.year}
          color={w.deadlinesAffected ? 'orange' : 'yellow'}
          variant="light"
          // Orange and yellow titles on their light backgrounds fall below 4.5:1: dark text, coloured icon.
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
          icon={<IconCalendarExclamation aria-hidden />}
          title={t('officeSettings.holidays.coverage.title', { year: w.year })}
        >
          <Text size="sm">{w.message}</Text>
          {w.deadlinesAffected && (
            <Text size="sm" fw={600} mt={4}>
              {t('officeSettings.holidays.coverage.deadlinesAffected')}
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
