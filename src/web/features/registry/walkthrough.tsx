import { Alert, Anchor, Button, Group, List, Paper, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCertificate, IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TLetterView } from '../../../domain/letters/schemas';
import { PROGRAMMES, type Programme, questionsFor } from '../../../domain/registry/decisions';
import type { TDecision, TDecisionRequest, TRegistryCheckResult } from '../../../domain/registry/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { decide, issueLetter } from './api';

interface WalkValues {
  programme: Programme | '';
  ill: '' | 'yes' | 'no';
  pbiInactiveSince: string;
}

function requestOf(
  check: TRegistryCheckResult,
  memberId: string | null,
  values: WalkValues,
): TDecisionRequest {
  return {
    checkId: check.checkId,
    ...(memberId ? { memberId } : {}),
    programme: values.programme as Programme,
    ill: values.ill === '' ? null : values.ill === 'yes',
    pbiInactiveSince: values.pbiInactiveSince || null,
  };
}

/** The rule's answer, and the letter it gives: issued on the officer's click, from the same request. */
function DecisionPanel({ decision, request }: { decision: TDecision; request: TDecisionRequest }) {
  const { t } = useTranslation();
  const [letter, setLetter] = useState<TLetterView | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [issueError, setIssueError] = useState<ApiError | null>(null);
  const issue = async () => {
    setIssuing(true);
    setIssueError(null);
    try {
      setLetter(await issueLetter(request));
    } catch (error) {
      setIssueError(toApiError(error));
    } finally {
      setIssuing(false);
    }
  };
  return (
    <Stack gap="sm" mt="md" aria-live="polite">
      <Title order={3} size="h4">
        {t('registry.walkthrough.decisionHeading')}
      </Title>
      <Alert color={decision.letter ? 'teal' : 'yellow'} variant="light">
        {decision.letter
          ? t('registry.walkthrough.letter', { addressee: decision.addressee ?? '-' })
          : t('registry.walkthrough.noLetter')}
        <List size="sm" mt="xs">
          {decision.stampKk && <List.Item>{t('registry.walkthrough.stampKk')}</List.Item>}
          {decision.guidance.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Alert>
      {issueError && <ErrorAlert error={issueError} otherMessages={Object.values(issueError.fields)} />}
      {decision.letter && !letter && (
        <div>
          <Button onClick={issue} loading={issuing} leftSection={<IconCertificate size={18} aria-hidden />}>
            {t('registry.walkthrough.issue')}
          </Button>
        </div>
      )}
      {letter && (
        <Alert color="teal" variant="light" role="status">
          {t('registry.walkthrough.issued', { number: letter.number })}{' '}
          <Anchor component={Link} to={`/staff/letters/${letter.id}`}>
            {t('registry.walkthrough.openLetter')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * The standard's rules, step by step: what the citizen came for, the questions that rule asks, then
 * the decision the server takes from the stored check, and the letter when there is one.
 */
export function Walkthrough({ check, memberId }: { check: TRegistryCheckResult; memberId: string | null }) {
  const { t } = useTranslation();
  const [decided, setDecided] = useState<{ decision: TDecision; request: TDecisionRequest } | null>(null);
  const form = useForm<WalkValues>({ initialValues: { programme: '', ill: '', pbiInactiveSince: '' } });
  const values = form.getValues();
  const questions = values.programme ? questionsFor(values.programme, check.registered) : [];
  form.watch('programme', () => setDecided(null));
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (v: WalkValues) => {
    setDecided(null);
    const request = requestOf(check, memberId, v);
    setDecided({ decision: await decide(request), request });
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="walkthrough-heading">
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="walkthrough-heading">
            {t('registry.walkthrough.heading')}
          </Title>
          {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
          <Radio.Group
            label={t('registry.walkthrough.programme')}
            required
            {...form.getInputProps('programme')}
          >
            <Stack gap={6} mt={4}>
              {PROGRAMMES.map((p) => (
                <Radio key={p} value={p} label={t(`registry.walkthrough.programmes.${p}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {questions.includes('ill') && (
            <Radio.Group label={t('registry.walkthrough.ill')} required {...form.getInputProps('ill')}>
              <Group gap="md" mt={4}>
                <Radio value="yes" label={t('registry.walkthrough.yes')} />
                <Radio value="no" label={t('registry.walkthrough.no')} />
              </Group>
            </Radio.Group>
          )}
          {questions.includes('pbiInactiveSince') && (
            <TextInput
              type="date"
              label={t('registry.walkthrough.pbiInactiveSince')}
              required
              {...form.getInputProps('pbiInactiveSince')}
            />
          )}
          <div>
            <Button
              type="submit"
              variant="light"
              loading={submitting}
              disabled={!values.programme}
              leftSection={<IconChecklist size={18} aria-hidden />}
            >
              {t('registry.walkthrough.decide')}
            </Button>
          </div>
        </Stack>
      </form>
      {decided && <DecisionPanel key={JSON.stringify(decided.request)} {...decided} />}
    </Paper>
  );
}
