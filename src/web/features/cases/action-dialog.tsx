import { Modal, Stack, Text } from '@mantine/core';
import { type ComponentType, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActionType } from '../../../domain/cases/actions';
import type { TCaseDetail } from '../../../domain/cases/views';
import { ErrorAlert } from '../../app/ui/error-alert';
import { FormActions } from '../../app/ui/form-actions';
import { useIsWide } from '../../app/ui/use-is-wide';
import {
  CloseFields,
  DeliverFields,
  type FieldsProps,
  NoteFields,
  NoteOnlyFields,
  OutOfScopeFields,
  ReasonFields,
  RequestDocumentsFields,
  VerifyFields,
} from './action-fields';
import { AssessFields } from './assess-fields';
import { AssignFields } from './assign-fields';
import { ReferFields } from './refer-fields';
import { type ActionDraft, focusFirstInvalid, useActionForm } from './use-action-form';

type SimpleFields = { [T in Exclude<CaseActionType, 'assess'>]: ComponentType<FieldsProps<T>> };
const FIELDS: SimpleFields = {
  verify: VerifyFields,
  request_documents: RequestDocumentsFields,
  documents_received: NoteOnlyFields,
  approve: NoteOnlyFields,
  refer: ReferFields,
  deliver: DeliverFields,
  close: CloseFields,
  reject: ReasonFields,
  out_of_scope: OutOfScopeFields,
  reopen: ReasonFields,
  note: NoteFields,
  assign: AssignFields,
};

interface ActionDialogProps {
  type: CaseActionType | null;
  opened: boolean;
  detail: TCaseDetail;
  draftOf: (type: CaseActionType) => ActionDraft;
  onClose: () => void;
  onDone: (next: TCaseDetail, type: CaseActionType) => void;
}

/** One action's form in a dialog: full screen on a phone, where the assessment needs the room. */
export function ActionDialog({ type, opened, detail, draftOf, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation();
  const isWide = useIsWide();
  if (!type) return null;
  const label = t(`cases.actions.labels.${type}`);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('cases.actions.dialogTitle', { action: label, ticket: detail.ticket })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      fullScreen={!isWide}
      size={type === 'assess' || type === 'refer' ? 'lg' : 'md'}
    >
      <ActionForm
        key={type}
        type={type}
        detail={detail}
        draft={draftOf(type)}
        onCancel={onClose}
        onDone={onDone}
      />
    </Modal>
  );
}

interface ActionFormProps<T extends CaseActionType> {
  type: T;
  detail: TCaseDetail;
  draft: ActionDraft;
  onCancel: () => void;
  onDone: (next: TCaseDetail, type: CaseActionType) => void;
}

function ActionForm<T extends CaseActionType>({ type, detail, draft, onCancel, onDone }: ActionFormProps<T>) {
  const { t } = useTranslation();
  const container = useRef<HTMLFormElement>(null);
  const { form, failure, submitting, handleSubmit, photos, setPhoto, photoErrors } = useActionForm(
    type,
    detail,
    draft,
    onDone,
  );
  useEffect(() => {
    if (failure) focusFirstInvalid(container.current);
  }, [failure]);
  const Fields =
    type === 'assess' ? null : (FIELDS[type as Exclude<T, 'assess'>] as ComponentType<FieldsProps<T>>);

  return (
    <form
      ref={container}
      onSubmit={form.onSubmit(handleSubmit, () => focusFirstInvalid(container.current))}
      noValidate
    >
      <Stack gap="md">
        <Text size="sm">{t(`cases.actions.intros.${type}`)}</Text>
        {failure && (
          <ErrorAlert
            error={failure.error}
            otherMessages={failure.otherMessages.filter(
              (message) => !Object.values(photoErrors).includes(message),
            )}
          />
        )}
        {Fields ? (
          <Fields form={form} detail={detail} />
        ) : (
          <AssessFields
            // `type` is 'assess' here, so the form is the assessment's; TypeScript cannot narrow T.
            form={form as unknown as FieldsProps<'assess'>['form']}
            detail={detail}
            photos={photos}
            photoErrors={photoErrors}
            onPhotoChange={setPhoto}
          />
        )}
        <FormActions
          onCancel={onCancel}
          submitting={submitting}
          submitLabel={t(`cases.actions.labels.${type}`)}
        />
      </Stack>
    </form>
  );
}
