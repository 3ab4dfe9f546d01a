import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRetentionSettings } from '../../../domain/privacy/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { useSignedInUser } from '../auth/session';
import { fetchRetention, saveRetention } from './api';

const FIELDS = ['closedCaseYears', 'registryCheckMonths', 'outboxDays', 'sessionDays'] as const;

/** The office's retention periods: the admin edits them, the Kadis reads them. */
export function RetentionPanel() {
  const query = useApiQuery('privacy-retention', fetchRetention);
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (!query.data) return <PageLoader />;
  return <RetentionForm initial={query.data} />;
}

function RetentionForm({ initial }: { initial: TRetentionSettings }) {
  const { t } = useTranslation();
  const editable = useSignedInUser().role === 'admin';
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      setValues(await saveRetention(values));
      setSaved(true);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm" maw={560}>
        <Text c="dimmed">{t('privacy.retention.intro')}</Text>
        {FIELDS.map((field) => (
          <NumberInput
            key={field}
            label={t(`privacy.retention.${field}`)}
            value={values[field]}
            min={1}
            allowDecimal={false}
            readOnly={!editable}
            error={error?.fields[field]}
            onChange={(v) => setValues((current) => ({ ...current, [field]: Number(v) || 0 }))}
          />
        ))}
        {error && Object.keys(error.fields).length === 0 && <ErrorAlert error={error} />}
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('privacy.retention.saved')}
          </Alert>
        )}
        {editable ? (
          <Group>
            <Button type="submit" loading={busy}>
              {t('privacy.retention.save')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('privacy.retention.readOnly')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
