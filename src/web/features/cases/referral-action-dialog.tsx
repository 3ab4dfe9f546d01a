import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ZReferralAction } from '../../../domain/cases/referral';
import type { TReferralView } from '../../../domain/cases/views';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { FormActions } from '../../app/ui/form-actions';
import { postReferralAction } from './api';
import { type ReferralActionType, toReferralAction } from './referral-values';

export interface ReferralDialogState {
  referral: TReferralView;
  action: ReferralActionType;
}

interface ReferralFormValues {
  text: string;
}

/** The one field's label and hint, by action. */
function fieldText(t: TFunction, action: ReferralActionType): { label: string; hint?: string } {
  if (action === 'decline') return { label: t('cases.referrals.declineReasonField') };
  if (action === 'complete')
    return { label: t('cases.referrals.reportField'), hint: t('cases.referrals.reportHint') };
  return { label: t('cases.referrals.note'), hint: t('cases.referrals.noteHint') };
}

const resolveAction = schemaResolver(ZReferralAction, { sync: true });
const FIELD_OF: Record<ReferralActionType, string> = {
  accept: 'note',
  decline: 'reason',
  complete: 'report',
};

interface ReferralActionDialogProps {
  state: ReferralDialogState | null;
  opened: boolean;
  onClose: () => void;
  onDone: (referral: TReferralView, action: ReferralActionType) => void;
}

/** Accept (with an optional note), decline (with a reason) or report the result of a referral. */
export function ReferralActionDialog({ state, opened, onClose, onDone }: ReferralActionDialogProps) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(`cases.referrals.${state.action}Title`, { ticket: state.referral.ticket })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <ReferralActionForm
        key={`${state.referral.id}:${state.action}`}
        state={state}
        onCancel={onClose}
        onDone={onDone}
      />
    </Modal>
  );
}

function ReferralActionForm({
  state,
  onCancel,
  onDone,
}: {
  state: ReferralDialogState;
  onCancel: () => void;
  onDone: ReferralActionDialogProps['onDone'];
}) {
  const { t } = useTranslation();
  const { action, referral } = state;
  const field = FIELD_OF[action];
  const form = useForm<ReferralFormValues>({
    initialValues: { text: '' },
    validate: (values) => {
      const errors = resolveAction(toReferralAction(action, values.text));
      return errors[field] ? { text: errors[field] } : {};
    },
  });
  const { failure, submitting, handleSubmit } = useFormSubmission(
    form,
    async (values: ReferralFormValues) =>
      onDone(await postReferralAction(referral.id, toReferralAction(action, values.text)), action),
    { pathOf: (serverField) => (serverField === field ? 'text' : null) },
  );
  const { label, hint } = fieldText(t, action);
  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        <Text size="sm">{referral.reason}</Text>
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        <Textarea
          label={label}
          description={hint}
          required={action !== 'accept'}
          autosize
          minRows={3}
          maxLength={4000}
          data-autofocus
          {...form.getInputProps('text')}
        />
        <FormActions
          onCancel={onCancel}
          submitting={submitting}
          submitLabel={t(`cases.referrals.${action}`)}
        />
      </Stack>
    </form>
  );
}
