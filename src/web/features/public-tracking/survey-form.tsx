import { Button, Stack, Text, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TTrackingView } from '../../../domain/intake/report';
import { type ApiError, toApiError } from '../../api/client';
import { ErrorAlert } from '../../app/ui/error-alert';
import { SkmFields, skmFieldId } from '../survey/skm-fields';
import {
  draftFrom,
  firstFieldInError,
  type SkmFormValues,
  skmProblems,
  toSkmAnswer,
} from '../survey/skm-values';
import { answerSurvey } from './api';
import { browserStore, readJson } from './local-store';

interface SurveyFormProps {
  ticket: string;
  /** Opened from the closing notice's link (`?dari=pesan`), or found on the tracking page. */
  via: 'tracking' | 'notice_link';
  onAnswered: (view: TTrackingView) => void;
  /** Called once the questions are on screen (the section then jumps into view if asked to). */
  onShown: () => void;
}

const ID_PREFIX = 'survei';
/** The answers (never the phone) are kept on the phone until sent, so a reload or a lost signal loses nothing. */
const draftKey = (ticket: string) => `satu-atap.survey-draft.${ticket}`;

/**
 * The reporter's satisfaction survey, a chunk of its own loaded only when a case has ended: the 9
 * questions, the comment, the profile and the phone check. Checked here without the schema library;
 * the server checks again with ZSurveyAnswer and its messages land on the same fields.
 */
export default function SurveyForm({ ticket, via, onAnswered, onShown }: SurveyFormProps) {
  const { t } = useTranslation();
  const survey = useSurvey(ticket, via, onAnswered);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the form first shows
  useEffect(() => onShown(), []);
  const problemCount = Object.values(survey.errors).filter(Boolean).length;
  return (
    <form onSubmit={survey.submit} noValidate aria-label={t('publicTracking.survey.heading')}>
      <Stack gap="md" mt="sm">
        <SkmFields
          idPrefix={ID_PREFIX}
          values={survey.values}
          errors={survey.errors}
          onChange={survey.setValues}
        />
        <TextInput
          id={skmFieldId(ID_PREFIX, 'phone')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          label={t('publicTracking.survey.phone')}
          description={t('publicTracking.survey.phoneHint')}
          required
          maxLength={20}
          value={survey.phone}
          onChange={(event) => survey.setPhone(event.currentTarget.value)}
          error={survey.errors.phone}
        />
        {survey.failure && <ErrorAlert error={survey.failure} />}
        {problemCount > 0 && !survey.failure && (
          <Text c="red.8" size="sm" role="status">
            {t('publicTracking.survey.problems', { count: problemCount })}
          </Text>
        )}
        <div>
          <Button
            type="submit"
            size="md"
            loading={survey.sending}
            leftSection={<IconSend size={18} aria-hidden />}
          >
            {t('publicTracking.survey.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function useSurvey(ticket: string, via: SurveyFormProps['via'], onAnswered: SurveyFormProps['onAnswered']) {
  const { t } = useTranslation();
  const [values, setStoredValues] = useState<SkmFormValues>(() =>
    draftFrom(readJson(browserStore(), draftKey(ticket))),
  );
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ field: string } | null>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(skmFieldId(ID_PREFIX, focusTarget.field))?.focus();
  }, [focusTarget]);

  const setValues = (next: SkmFormValues) => {
    setStoredValues(next);
    try {
      browserStore().setItem(draftKey(ticket), JSON.stringify(next));
    } catch {
      // A full phone storage only costs the draft; the form itself keeps working.
    }
  };

  const showErrors = (fields: Record<string, string | undefined>) => {
    setErrors(fields);
    const first = firstFieldInError(fields);
    if (first) setFocusTarget({ field: first });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const local: Record<string, string | undefined> = Object.fromEntries(
      Object.entries(skmProblems(values)).map(([field, key]) => [field, t(`skm.${key}`)]),
    );
    if (phone.trim().length < 8) local.phone = t('publicTracking.survey.phoneRequired');
    if (Object.keys(local).length > 0) return showErrors(local);
    setErrors({});
    setSending(true);
    try {
      const view = await answerSurvey(ticket, { ...toSkmAnswer(values), phone: phone.trim(), via });
      browserStore().removeItem(draftKey(ticket));
      onAnswered(view);
    } catch (error) {
      const apiError = toApiError(error);
      if (Object.keys(apiError.fields).length > 0) showErrors(apiError.fields);
      else setFailure(apiError);
    } finally {
      setSending(false);
    }
  };
  return { values, setValues, phone, setPhone, errors, failure, sending, submit };
}
