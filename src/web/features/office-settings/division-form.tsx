import { Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ZDivisionInput, ZDivisionUpdate } from '../../../domain/offices/settings';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { FormActions } from '../../app/ui/form-actions';
import { createDivision, type TDivision, updateDivision } from './api';
import { textOrNull } from './settings-payload';

interface DivisionValues {
  code: string;
  name: string;
  description: string;
  active: boolean;
}

function toInput(values: DivisionValues) {
  return { code: values.code.trim(), name: values.name.trim(), description: textOrNull(values.description) };
}

function toUpdate(values: DivisionValues) {
  return { name: values.name.trim(), description: textOrNull(values.description), active: values.active };
}

const validateInput = schemaResolver(ZDivisionInput, { sync: true });
const validateUpdate = schemaResolver(ZDivisionUpdate, { sync: true });

interface DivisionFormProps {
  /** The division to edit; without it the form adds one. */
  division?: TDivision;
  onSaved: (division: TDivision) => void;
  onCancel: () => void;
}

/** Add a division (its code is fixed from then on) or rename, describe and (de)activate one. */
export function DivisionForm({ division, onSaved, onCancel }: DivisionFormProps) {
  const { t } = useTranslation();
  const form = useForm<DivisionValues>({
    initialValues: {
      code: division?.code ?? '',
      name: division?.name ?? '',
      description: division?.description ?? '',
      active: division?.active ?? true,
    },
    validate: (values) => (division ? validateUpdate(toUpdate(values)) : validateInput(toInput(values))),
  });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: DivisionValues) =>
    onSaved(
      division
        ? await updateDivision(division.code, toUpdate(values))
        : await createDivision(toInput(values)),
    ),
  );

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        <TextInput
          label={t('officeSettings.divisions.code')}
          description={t('officeSettings.divisions.codeHint')}
          disabled={division !== undefined}
          required={division === undefined}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          data-autofocus={division === undefined ? true : undefined}
          {...form.getInputProps('code')}
        />
        <TextInput
          label={t('officeSettings.divisions.name')}
          required
          data-autofocus={division !== undefined ? true : undefined}
          {...form.getInputProps('name')}
        />
        <Textarea
          label={t('officeSettings.divisions.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        {division && (
          <Switch
            label={t('officeSettings.divisions.active')}
            description={t('officeSettings.divisions.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}
        <FormActions onCancel={onCancel} submitting={submitting} />
      </Stack>
    </form>
  );
}
