import { Button, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { normalizeTicket } from '../../../domain/intake/ticket';
import { type ApiError, toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { fetchServices } from '../catalogue-admin/api';
import { SuccessNotice } from '../office-settings/success-notice';
import { recordSurvey } from './api';
import { SkmFields, skmFieldId } from './skm-fields';
import {
  EMPTY_SKM_VALUES,
  firstFieldInError,
  type SkmFormValues,
  skmProblems,
  toSkmAnswer,
} from './skm-values';

const ID_PREFIX = 'loket';
// Hints under the inputs, so the ticket and the service line up whatever the hints' length.
const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];
const TICKET_ERRORS: ReadonlySet<string> = new Set([
  'CASE_NOT_FOUND',
  'SURVEY_NOT_OPEN',
  'SURVEY_ALREADY_ANSWERED',
]);

/**
 * `/staff/survey-desk?tiket=…`: a front-desk officer enters a satisfaction survey answered on paper
 * or a tablet, for a ticket, for a service, or general. After a save the form clears for the next
 * respondent; on an error nothing entered is lost and focus goes to the first field in error.
 */
export default function SurveyDeskPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const desk = useDeskForm();
  const services = useApiQuery('catalogue-services', fetchServices);
  const problemCount = Object.values(desk.errors).filter(Boolean).length;

  return (
    <Stack gap="lg">
      <PageTitle>{t('survey.desk.title')}</PageTitle>
      <div>
        <Title order={1}>{t('survey.desk.title')}</Title>
        <Text c="dimmed">{t('survey.desk.intro', { office: user.office.name })}</Text>
      </div>
      <form onSubmit={desk.submit} noValidate aria-labelledby="survey-desk-heading">
        <Stack gap="lg">
          <Paper withBorder p="md" component="section" aria-labelledby="survey-desk-heading">
            <Title order={2} size="h3" id="survey-desk-heading" mb="sm">
              {t('survey.desk.subjectHeading')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                ref={desk.ticketInput}
                id={skmFieldId(ID_PREFIX, 'ticket')}
                label={t('survey.desk.ticket')}
                description={t('survey.desk.ticketHint')}
                inputWrapperOrder={HINT_BELOW}
                placeholder="DUM-7K3F-9QXA"
                autoComplete="off"
                spellCheck={false}
                maxLength={20}
                value={desk.ticket}
                onChange={(event) => desk.setTicket(event.currentTarget.value)}
                error={desk.errors.ticket}
              />
              <NativeSelect
                id={skmFieldId(ID_PREFIX, 'serviceCode')}
                label={t('survey.desk.service')}
                description={t('survey.desk.serviceHint')}
                inputWrapperOrder={HINT_BELOW}
                value={desk.serviceCode}
                onChange={(event) => desk.setServiceCode(event.currentTarget.value)}
                error={desk.errors.serviceCode}
                disabled={desk.ticket.trim() !== ''}
                data={[
                  { value: '', label: t('survey.desk.generalService') },
                  ...(services.data?.items ?? []).map((s) => ({ value: s.code, label: s.name })),
                ]}
              />
            </SimpleGrid>
            {services.error && <ErrorAlert error={services.error} onRetry={services.reload} />}
          </Paper>
          <Paper
            withBorder
            p="md"
            component="section"
            aria-labelledby="survey-answers-heading"
            className="skm-wide"
          >
            <Title order={2} size="h3" id="survey-answers-heading" mb="sm">
              {t('survey.desk.answersHeading')}
            </Title>
            <Stack gap="md">
              <SkmFields
                idPrefix={ID_PREFIX}
                values={desk.values}
                errors={desk.errors}
                onChange={desk.setValues}
              />
            </Stack>
          </Paper>
          {desk.failure && <ErrorAlert error={desk.failure} />}
          {problemCount > 0 && !desk.failure && (
            <Text c="red.8" size="sm" role="status">
              {t('survey.desk.problems', { count: problemCount })}
            </Text>
          )}
          <SuccessNotice message={desk.notice} onClose={() => desk.setNotice(null)} />
          <div>
            <Button
              type="submit"
              loading={desk.sending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {t('survey.desk.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}

function useDeskForm() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const ticketInput = useRef<HTMLInputElement>(null);
  const [ticket, setTicket] = useState(params.get('tiket') ?? '');
  const [serviceCode, setServiceCode] = useState('');
  const [values, setValues] = useState<SkmFormValues>(EMPTY_SKM_VALUES);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ field: string } | null>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(skmFieldId(ID_PREFIX, focusTarget.field))?.focus();
  }, [focusTarget]);

  const showErrors = (fields: Record<string, string | undefined>) => {
    setErrors(fields);
    const first = firstFieldInError(fields);
    if (first) setFocusTarget({ field: first });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    const problems = skmProblems(values);
    if (Object.keys(problems).length > 0)
      return showErrors(Object.fromEntries(Object.entries(problems).map(([f, key]) => [f, t(`skm.${key}`)])));
    setErrors({});
    setSending(true);
    const typedTicket = ticket.trim() ? (normalizeTicket(ticket) ?? ticket.trim().toUpperCase()) : undefined;
    try {
      const saved = await recordSurvey({
        ...toSkmAnswer(values),
        ...(typedTicket ? { ticket: typedTicket } : serviceCode ? { serviceCode } : {}),
      });
      setValues(EMPTY_SKM_VALUES);
      setTicket('');
      setServiceCode('');
      setNotice(
        saved.ticket ? t('survey.desk.savedForTicket', { ticket: saved.ticket }) : t('survey.desk.saved'),
      );
      ticketInput.current?.focus();
    } catch (error) {
      const apiError = toApiError(error);
      if (Object.keys(apiError.fields).length > 0) showErrors(apiError.fields);
      // Not found, not ended yet, already answered: all about the ticket, so said beside it.
      else if (typedTicket && TICKET_ERRORS.has(apiError.code)) showErrors({ ticket: apiError.message });
      else setFailure(apiError);
    } finally {
      setSending(false);
    }
  };
  return {
    ticketInput,
    ticket,
    setTicket,
    serviceCode,
    setServiceCode,
    values,
    setValues,
    errors,
    failure,
    notice,
    setNotice,
    sending,
    submit,
  };
}
