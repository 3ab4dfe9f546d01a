import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { THoliday } from '../../../domain/offices/settings';
import { ApiError, apiRequest, toApiError } from '../../api/client';
import { ErrorAlert } from '../../app/ui/error-alert';
import { yearChoices } from './holiday-dates';

/** What POST /office/holidays/import answers (src/server/modules/offices/holiday-import.ts). */
export interface HolidayImportResult {
  year: number;
  added: THoliday[];
  skipped: { line: number; date: string; name: string }[];
}

const MAX_FILE_BYTES = 100_000;

function importHolidayList(year: number, text: string, fileName: string): Promise<HolidayImportResult> {
  const format = fileName.toLowerCase().endsWith('.json') ? 'json' : undefined;
  return apiRequest('/office/holidays/import', { method: 'POST', body: { year, text, format } });
}

/** The refused rows, "baris N" → reason, in line order. */
function refusedLines(error: ApiError): string[] {
  return Object.entries(error.fields)
    .sort(([a], [b]) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))
    .map(([line, reason]) => `${line.charAt(0).toUpperCase()}${line.slice(1)}: ${reason}`);
}

/** Imports a year's list (the SKB as published, or the office's own) from a CSV or JSON file. */
export function HolidayImport({
  initialYear,
  onImported,
}: {
  initialYear: number;
  onImported: (result: HolidayImportResult) => void;
}) {
  const { t } = useTranslation();
  const [year, setYear] = useState(initialYear);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<HolidayImportResult | null>(null);

  const submit = async () => {
    if (!file) return;
    setError(null);
    setResult(null);
    if (file.size > MAX_FILE_BYTES) {
      setError(new ApiError(0, 'VALIDATION_FAILED', t('officeSettings.holidays.import.tooLarge')));
      return;
    }
    setBusy(true);
    try {
      const answer = await importHolidayList(year, await file.text(), file.name);
      setResult(answer);
      setFile(null);
      onImported(answer);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const refused = error ? refusedLines(error) : [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5" id="holiday-import-heading">
          {t('officeSettings.holidays.import.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('officeSettings.holidays.import.hint')}
        </Text>
        {error && (
          <ErrorAlert
            error={error}
            otherMessages={
              refused.length > 0 ? [t('officeSettings.holidays.import.refused'), ...refused] : []
            }
          />
        )}
        {result && (
          <Alert color="green" variant="light" role="status">
            {t('officeSettings.holidays.import.result', {
              year: result.year,
              added: result.added.length,
              skipped: result.skipped.length,
            })}
            {result.skipped.length > 0 && (
              <List size="sm" mt="xs">
                {result.skipped.map((s) => (
                  <List.Item key={s.line}>{t('officeSettings.holidays.import.skippedLine', s)}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('officeSettings.holidays.import.year')}
            data={yearChoices(new Date().getFullYear()).map(String)}
            value={String(year)}
            onChange={(value) => value && setYear(Number(value))}
            allowDeselect={false}
          />
          <FileInput
            label={t('officeSettings.holidays.import.file')}
            placeholder={t('officeSettings.holidays.import.placeholder')}
            accept=".csv,.json,text/csv,application/json"
            value={file}
            onChange={setFile}
            clearable
            style={{ gridColumn: 'span 2' }}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            onClick={submit}
            loading={busy}
            disabled={!file}
            leftSection={<IconFileImport size={18} aria-hidden />}
          >
            {t('officeSettings.holidays.import.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
