import { Button, Stack, TextInput } from '@mantine/core';
import { IconBellOff } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest, toApiError } from '../../api/client';
import { ErrorAlert } from '../../app/ui/error-alert';

/**
 * Stops the office's notices to the reporter's phone (and e-mail address). 400 names `phone` (not
 * the number they reported with), 404 an unknown ticket, 429 too many tries.
 */
function stopNotices(ticket: string, phone: string): Promise<{ stopped: true }> {
  return apiRequest(`/track/${encodeURIComponent(ticket)}/stop`, { method: 'POST', body: { phone } });
}

interface StopNoticesFormProps {
  ticket: string;
  onStopped: () => void;
}

/**
 * The phone the reporter wrote in the report, checked here only for being there (the server
 * compares it, any way of writing the same number), its message beside the field.
 */
export default function StopNoticesForm({ ticket, onStopped }: StopNoticesFormProps) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (phone.trim().length < 8) {
      setPhoneError(t('publicTracking.stop.phoneRequired'));
      return;
    }
    setPhoneError(null);
    setSending(true);
    try {
      await stopNotices(ticket, phone.trim());
      onStopped();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.fields.phone) setPhoneError(apiError.fields.phone);
      else if (apiError.status === 429)
        setFailure(new ApiError(429, apiError.code, t('publicTracking.rateLimited')));
      else setFailure(apiError);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('publicTracking.stop.summary')}>
      <Stack gap="sm" mt="sm">
        {failure && <ErrorAlert error={failure} />}
        <TextInput
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          label={t('publicTracking.stop.phone')}
          description={t('publicTracking.stop.phoneHint')}
          required
          maxLength={20}
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
          error={phoneError}
        />
        <div>
          <Button
            type="submit"
            variant="default"
            loading={sending}
            leftSection={<IconBellOff size={18} aria-hidden />}
          >
            {t('publicTracking.stop.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
