import { Button, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TTrackingView } from '../../../domain/intake/report';
import { type ApiError, toApiError } from '../../api/client';
import { ErrorAlert } from '../../app/ui/error-alert';
import { type DisputeInput, disputeClosure } from './api';
import { disputeProblems } from './dispute-values';

interface DisputeFormProps {
  ticket: string;
  /** Formatted end of the dispute window, e.g. "Selasa, 8 Desember 2026 pukul 00.00 WIB". */
  until: string;
  onDisputed: (view: TTrackingView) => void;
}

/**
 * "Ajukan keberatan": the reporter of a closed case asks for it to be handled again, within 14 days,
 * with the phone they reported with. Folded behind one button; checked here without the schema
 * library, so the public page stays small (the server checks with ZDispute).
 */
export function DisputeForm({ ticket, until, onDisputed }: DisputeFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dispute = useDispute(ticket, onDisputed);
  return (
    <Paper withBorder p="sm" mt="md" className="dispute-box">
      <Title order={3} size="h5">
        {t('publicTracking.dispute.heading')}
      </Title>
      <Text size="sm" mt={4}>
        {t('publicTracking.dispute.intro', { until })}
      </Text>
      {!open ? (
        <Button
          mt="sm"
          variant="default"
          leftSection={<IconMessageReport size={18} aria-hidden />}
          onClick={() => setOpen(true)}
        >
          {t('publicTracking.dispute.open')}
        </Button>
      ) : (
        <form onSubmit={dispute.submit} noValidate aria-label={t('publicTracking.dispute.heading')}>
          <Stack gap="sm" mt="sm">
            {dispute.failure && <ErrorAlert error={dispute.failure} />}
            <TextInput
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              label={t('publicTracking.dispute.phone')}
              description={t('publicTracking.dispute.phoneHint')}
              required
              maxLength={20}
              value={dispute.values.phone}
              onChange={dispute.set('phone')}
              error={dispute.errors.phone}
              data-autofocus
            />
            <Textarea
              label={t('publicTracking.dispute.reason')}
              description={t('publicTracking.dispute.reasonHint')}
              required
              autosize
              minRows={3}
              maxLength={1000}
              value={dispute.values.reason}
              onChange={dispute.set('reason')}
              error={dispute.errors.reason}
            />
            <div>
              <Button type="submit" loading={dispute.sending}>
                {t('publicTracking.dispute.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

/** The form's values, its checks and the request; the server's field messages land on the fields. */
function useDispute(ticket: string, onDisputed: (view: TTrackingView) => void) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DisputeInput>({ phone: '', reason: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof DisputeInput, string>>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = disputeProblems(values);
    setErrors(
      Object.fromEntries(
        Object.entries(problems).map(([field, key]) => [field, t(`publicTracking.dispute.${key}`)]),
      ),
    );
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      onDisputed(await disputeClosure(ticket, { phone: values.phone.trim(), reason: values.reason.trim() }));
    } catch (error) {
      const apiError = toApiError(error);
      setErrors({ phone: apiError.fields.phone, reason: apiError.fields.reason });
      // A message about a field stands beside it; any other (the window is over) goes above.
      if (!apiError.fields.phone && !apiError.fields.reason) setFailure(apiError);
    } finally {
      setSending(false);
    }
  };
  const set = (field: keyof DisputeInput) => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values, [field]: event.currentTarget.value });
  return { values, errors, failure, sending, submit, set };
}
