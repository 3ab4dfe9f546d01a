import { Group, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NIK_MESSAGES } from '../../../domain/identity/nik';
import { currentLocale } from '../../i18n';
import { type NikCheck, useNikCheck } from './use-nik-check';
import type { ReportFormControls } from './use-report-form';

/** "17 Agustus 1990" from an ISO date, without a time zone shifting the day. */
function formatBirthDate(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The NIK, read as it is typed: once complete it says back what it encodes ("Laki-laki, lahir
 * 17 Agustus 1990, Kec. Dumai Barat") or why it cannot be right, and fills an empty birth date.
 */
export function NikField({ form, setLiveError }: ReportFormControls) {
  const { t } = useTranslation();
  const nik = form.useWatchValue('person.nik');
  const check = useNikCheck(nik);

  useEffect(() => {
    setLiveError('person.nik', check.state === 'invalid' ? NIK_MESSAGES[check.problem] : null);
  }, [check, setLiveError]);

  useEffect(() => {
    if (check.state === 'valid' && form.getValues().person.birthDate === '') {
      form.setFieldValue('person.birthDate', check.parsed.birthDate);
    }
  }, [check, form]);

  return (
    <div>
      <TextInput
        key={form.key('person.nik')}
        {...form.getInputProps('person.nik')}
        label={t('publicReport.fields.nik')}
        description={t('publicReport.fields.nikHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={24}
      />
      <NikSummary check={check} />
    </div>
  );
}

function NikSummary({ check }: { check: NikCheck }) {
  const { t } = useTranslation();
  let text = '';
  if (check.state === 'checking') text = t('publicReport.fields.nikChecking');
  if (check.state === 'valid') {
    const sex = t(`publicReport.fields.${check.parsed.sex}`);
    const date = formatBirthDate(check.parsed.birthDate);
    text = check.districtName
      ? t('publicReport.fields.nikSummary', { sex, date, district: check.districtName })
      : t('publicReport.fields.nikSummaryNoDistrict', { sex, date });
  }
  // Always in the page, so a screen reader announces the summary when it appears.
  return (
    <div role="status" className="nik-summary">
      {text && (
        <Group gap={6} mt={6} wrap="nowrap" align="flex-start">
          {check.state === 'valid' && (
            <IconCircleCheck
              size={20}
              color="var(--mantine-color-green-8)"
              aria-hidden
              className="nik-summary-icon"
            />
          )}
          <Text
            size="sm"
            c={check.state === 'valid' ? 'green.9' : 'dimmed'}
            fw={check.state === 'valid' ? 600 : 400}
          >
            {text}
          </Text>
        </Group>
      )}
    </div>
  );
}
