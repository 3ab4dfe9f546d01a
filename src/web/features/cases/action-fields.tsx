import { NativeSelect, Switch, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CaseActionType } from '../../../domain/cases/actions';
import {
  CASE_OUTCOME_LABELS,
  CASE_OUTCOMES,
  DELIVERY_FORM_LABELS,
  DELIVERY_FORMS,
} from '../../../domain/cases/outcomes';
import type { TCaseDetail } from '../../../domain/cases/views';
import type { ActionValues } from './action-values';

export interface FieldsProps<T extends CaseActionType> {
  form: UseFormReturnType<ActionValues<T>>;
  detail: TCaseDetail;
}

/** What `form.getInputProps(path)` gives: the shared inputs below take it from any action's form. */
type InputProps = ReturnType<UseFormReturnType<object>['getInputProps']>;

function NoteInput(inputProps: InputProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('cases.actions.fields.note')}
      description={t('cases.actions.fields.noteHint')}
      autosize
      minRows={2}
      maxLength={2000}
      {...inputProps}
    />
  );
}

function PublicMessageInput(inputProps: InputProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('cases.actions.fields.publicMessage')}
      description={t('cases.actions.fields.publicMessageHint')}
      autosize
      minRows={2}
      maxLength={500}
      {...inputProps}
    />
  );
}

function ReasonInput(inputProps: InputProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('cases.actions.fields.reason')}
      description={t('cases.actions.fields.reasonPublicHint')}
      required
      autosize
      minRows={3}
      maxLength={2000}
      data-autofocus
      {...inputProps}
    />
  );
}

export function VerifyFields({ form }: FieldsProps<'verify'>) {
  return (
    <>
      <NoteInput {...form.getInputProps('note')} />
      <PublicMessageInput {...form.getInputProps('publicMessage')} />
    </>
  );
}

export function RequestDocumentsFields({ form }: FieldsProps<'request_documents'>) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea
        label={t('cases.actions.fields.missing')}
        description={t('cases.actions.fields.missingHint')}
        required
        autosize
        minRows={3}
        data-autofocus
        {...form.getInputProps('missing')}
      />
      <PublicMessageInput {...form.getInputProps('publicMessage')} />
    </>
  );
}

export function NoteOnlyFields({ form }: FieldsProps<'approve' | 'documents_received'>) {
  return <NoteInput {...form.getInputProps('note')} />;
}

export function DeliverFields({ form }: FieldsProps<'deliver'>) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('cases.actions.fields.product')}
        description={t('cases.actions.fields.productHint')}
        required
        maxLength={300}
        data-autofocus
        {...form.getInputProps('product')}
      />
      <NoteInput {...form.getInputProps('note')} />
      <PublicMessageInput {...form.getInputProps('publicMessage')} />
    </>
  );
}

export function CloseFields({ form }: FieldsProps<'close'>) {
  const { t } = useTranslation();
  const choose = { value: '', label: t('cases.actions.fields.choose'), disabled: true };
  return (
    <>
      <NativeSelect
        label={t('cases.actions.fields.outcome')}
        required
        data={[choose, ...CASE_OUTCOMES.map((value) => ({ value, label: CASE_OUTCOME_LABELS[value] }))]}
        {...form.getInputProps('outcome')}
      />
      <NativeSelect
        label={t('cases.actions.fields.deliveredAs')}
        required
        data={[choose, ...DELIVERY_FORMS.map((value) => ({ value, label: DELIVERY_FORM_LABELS[value] }))]}
        {...form.getInputProps('deliveredAs')}
      />
      <Textarea
        label={t('cases.actions.fields.summary')}
        description={t('cases.actions.fields.summaryHint')}
        required
        autosize
        minRows={3}
        maxLength={4000}
        {...form.getInputProps('summary')}
      />
      <PublicMessageInput {...form.getInputProps('publicMessage')} />
    </>
  );
}

export function ReasonFields({ form }: FieldsProps<'reject' | 'reopen'>) {
  return <ReasonInput {...form.getInputProps('reason')} />;
}

export function OutOfScopeFields({ form }: FieldsProps<'out_of_scope'>) {
  const { t } = useTranslation();
  return (
    <>
      <ReasonInput {...form.getInputProps('reason')} />
      <TextInput
        label={t('cases.actions.fields.referTo')}
        description={t('cases.actions.fields.referToHint')}
        maxLength={200}
        {...form.getInputProps('referTo')}
      />
    </>
  );
}

export function NoteFields({ form }: FieldsProps<'note'>) {
  const { t } = useTranslation();
  const isPublic = form.getValues().public;
  return (
    <>
      <Textarea
        label={t('cases.actions.fields.text')}
        required
        autosize
        minRows={3}
        maxLength={isPublic ? 500 : 2000}
        data-autofocus
        {...form.getInputProps('text')}
      />
      <Switch
        label={t('cases.actions.fields.public')}
        description={t('cases.actions.fields.publicHint')}
        {...form.getInputProps('public', { type: 'checkbox' })}
      />
    </>
  );
}
