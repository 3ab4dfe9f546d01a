import '../office-settings/read-only-fields.css';
import { Fieldset, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { TServiceStandard } from '../../../domain/catalogue/standard';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import type { TDivision } from '../office-settings/api';
import { focusFirstInvalid } from '../office-settings/settings-payload';
import { createService, updateService } from './api';
import { SaveBar } from './save-bar';
import {
  formPathOfCreateField,
  type ServiceFormValues,
  type ServiceForm as TServiceForm,
  toStandardInput,
  validateServiceValues,
} from './service-form-values';
import { ServiceSections } from './service-sections';

interface ServiceFormProps {
  initialValues: ServiceFormValues;
  isNew: boolean;
  /** Viewers, and anyone looking at an old version, see the inputs disabled and no save. */
  readOnly: boolean;
  divisions: TDivision[];
  currentDivisionName: string | null;
  /** A message to show beside the save button (the last save's result). */
  notice: string | null;
  onSaved: (saved: TServiceStandard) => void;
}

/** A service standard as one form, checked like the server checks it and saved as a new version. */
export function ServiceForm({ initialValues, isNew, readOnly, notice, onSaved, ...lists }: ServiceFormProps) {
  const container = useRef<HTMLFormElement>(null);
  const form = useForm<ServiceFormValues>({
    initialValues,
    validate: (values) => validateServiceValues(values, isNew),
  });
  const save = useServiceSave(form, isNew, onSaved, container);
  useLeaveWarning(!readOnly && form.isDirty());

  return (
    <form ref={container} onSubmit={save.onSubmit} noValidate>
      <Stack gap="lg">
        <Fieldset variant="unstyled" disabled={readOnly} p={0} m={0} miw={0} className="read-only-fields">
          <ServiceSections form={form} isNew={isNew} readOnly={readOnly} {...lists} />
        </Fieldset>
        {save.failure && <ErrorAlert error={save.failure.error} otherMessages={save.failure.otherMessages} />}
        {!readOnly && (
          <SaveBar
            isNew={isNew}
            submitting={save.submitting}
            invalid={save.invalid}
            notice={notice}
            onReset={() => {
              form.reset();
              save.clearInvalid();
            }}
          />
        )}
      </Stack>
    </form>
  );
}

/** Submit: create or new version; a failed check or a refusal takes the admin to the first marked field. */
function useServiceSave(
  form: TServiceForm,
  isNew: boolean,
  onSaved: (saved: TServiceStandard) => void,
  container: RefObject<HTMLFormElement | null>,
) {
  const [invalid, setInvalid] = useState(false);
  const { failure, submitting, handleSubmit } = useFormSubmission(
    form,
    async (values: ServiceFormValues) => {
      const input = toStandardInput(values);
      onSaved(
        isNew ? await createService(values.code.trim(), input) : await updateService(values.code, input),
      );
    },
    { pathOf: isNew ? formPathOfCreateField : undefined },
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new failure is the trigger; the ref is stable
  useEffect(() => {
    if (failure) focusFirstInvalid(container.current);
  }, [failure]);

  const onSubmit = form.onSubmit(
    (values) => {
      setInvalid(false);
      return handleSubmit(values);
    },
    () => {
      setInvalid(true);
      focusFirstInvalid(container.current);
    },
  );
  return { failure, submitting, invalid, onSubmit, clearInvalid: () => setInvalid(false) };
}

/** The browser asks before a reload or a closed tab throws away unsaved edits. */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
