import { Button, FileButton, Group, List, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProposalStage, STAGE_LABELS } from '../../../domain/registry/proposal';
import type { TProposalStageInput, TProposalView } from '../../../domain/registry/proposal-schemas';
import { type ApiError, toApiError } from '../../api/client';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { ReadableBadge } from '../letters/readable-badge';
import { recordProposalStage, uploadProposalDocument } from './api';

type Update = (next: TProposalView) => void;

/** The five documents, each received or waiting for its file. */
function Documents({ proposal, onUpdate }: { proposal: TProposalView; onUpdate: Update }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const upload = async (code: string, file: File | null) => {
    if (!file) return;
    setError(null);
    try {
      onUpdate(await uploadProposalDocument(proposal.ticket, code, file));
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('registry.proposals.documentsHeading')}
      </Title>
      {error && <ErrorAlert error={error} otherMessages={Object.values(error.fields)} />}
      {proposal.documents.map((d) => (
        <Group key={d.code} gap="sm" wrap="wrap">
          <ReadableBadge color={d.attachmentId ? 'teal' : 'gray'}>
            {d.attachmentId ? t('registry.proposals.received') : t('registry.proposals.missing')}
          </ReadableBadge>
          <Text>{d.label}</Text>
          {proposal.status === 'in_progress' && (
            <FileButton
              accept="image/jpeg,image/png,image/webp,application/pdf"
              onChange={(file) => upload(d.code, file)}
            >
              {(props) => (
                <Button
                  {...props}
                  size="compact-sm"
                  variant="default"
                  aria-label={t('registry.proposals.upload', { document: d.label })}
                >
                  {t('registry.proposals.uploadShort')}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
      ))}
    </Stack>
  );
}

interface StageValues {
  eligible: '' | 'yes' | 'no';
  psmName: string;
  date: string;
  reference: string;
  note: string;
}

/** The form of the stage the proposal is at: what that stage asks for. */
function StageForm({
  proposal,
  stage,
  onUpdate,
}: {
  proposal: TProposalView;
  stage: Exclude<ProposalStage, 'documents'>;
  onUpdate: Update;
}) {
  const { t } = useTranslation();
  const form = useForm<StageValues>({
    initialValues: { eligible: '', psmName: '', date: '', reference: '', note: '' },
  });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (v: StageValues) => {
    const body: TProposalStageInput = {
      stage,
      ...(v.eligible ? { eligible: v.eligible === 'yes' } : {}),
      psmName: v.psmName || null,
      date: v.date || null,
      reference: v.reference || null,
      note: v.note || null,
    };
    onUpdate(await recordProposalStage(proposal.ticket, body));
    form.reset();
  });
  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-labelledby="stage-form-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="stage-form-heading">
          {t('registry.proposals.recordHeading', { stage: STAGE_LABELS[stage] })}
        </Title>
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        {stage !== 'siks_entry' && (
          <Radio.Group label={t('registry.proposals.eligible')} required {...form.getInputProps('eligible')}>
            <Group gap="md" mt={4}>
              <Radio value="yes" label={t('registry.proposals.eligibleYes')} />
              <Radio value="no" label={t('registry.proposals.eligibleNo')} />
            </Group>
          </Radio.Group>
        )}
        {stage === 'psm_verification' && (
          <TextInput label={t('registry.proposals.psmName')} required {...form.getInputProps('psmName')} />
        )}
        {(stage === 'village_deliberation' || stage === 'siks_entry') && (
          <TextInput
            type="date"
            label={t('registry.proposals.date')}
            required
            {...form.getInputProps('date')}
          />
        )}
        {(stage === 'village_deliberation' || stage === 'siks_entry') && (
          <TextInput label={t('registry.proposals.reference')} {...form.getInputProps('reference')} />
        )}
        <TextInput label={t('registry.proposals.note')} {...form.getInputProps('note')} />
        <div>
          <Button type="submit" loading={submitting}>
            {t('registry.proposals.record')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** One proposal: its documents, its stages with the days each took, and the form of the current stage. */
export function ProposalDetail({ proposal, onUpdate }: { proposal: TProposalView; onUpdate: Update }) {
  const { t } = useTranslation();
  const current = proposal.stage;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="proposal-heading">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} size="h3" id="proposal-heading">
            {`${proposal.ticket} · ${proposal.personName}`}
          </Title>
          <ReadableBadge
            color={proposal.status === 'rejected' ? 'red' : proposal.status === 'accepted' ? 'teal' : 'blue'}
          >
            {t(`registry.proposals.status.${proposal.status}`)}
          </ReadableBadge>
          {proposal.overdue && <ReadableBadge color="red">{t('registry.proposals.overdue')}</ReadableBadge>}
        </Group>
        <Text size="sm">{t('registry.proposals.due', { date: proposal.dueOn })}</Text>
        <Documents proposal={proposal} onUpdate={onUpdate} />
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('registry.proposals.stagesHeading')}
          </Title>
          <List type="ordered" spacing={4}>
            {proposal.stages.map((s) => (
              <List.Item key={s.stage} fw={s.stage === current ? 700 : undefined}>
                {s.label}
                {s.record &&
                  ` — ${[
                    s.record.eligible === null
                      ? null
                      : s.record.eligible
                        ? t('registry.proposals.eligibleYes')
                        : t('registry.proposals.eligibleNo'),
                    s.record.psmName,
                    s.record.reference,
                    s.record.note,
                    t('registry.proposals.by', { by: s.record.by, date: s.record.at.slice(0, 10) }),
                    s.daysTaken === null ? null : t('registry.proposals.daysTaken', { days: s.daysTaken }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}`}
              </List.Item>
            ))}
          </List>
        </Stack>
        {current && current !== 'documents' && (
          <StageForm key={current} proposal={proposal} stage={current} onUpdate={onUpdate} />
        )}
      </Stack>
    </Paper>
  );
}
