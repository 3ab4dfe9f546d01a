import { Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type TDistrictUnit,
  type TDistrictUnitUpdate,
  ZDistrictUnitUpdate,
} from '../../../domain/offices/schemas';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { FormActions } from '../../app/ui/form-actions';
import { updateDistrictUnit } from './api';

interface DistrictUnitFormValues {
  name: string;
  address: string;
  phone: string;
  active: boolean;
}

/** An empty address or phone means "none", which the API spells null. */
function toUpdate(values: DistrictUnitFormValues): TDistrictUnitUpdate {
  return {
    name: values.name,
    address: values.address.trim() || null,
    phone: values.phone.trim() || null,
    active: values.active,
  };
}

const validateUpdate = schemaResolver(ZDistrictUnitUpdate, { sync: true });

interface DistrictUnitFormProps {
  unit: TDistrictUnit;
  onSaved: (unit: TDistrictUnit) => void;
  onCancel: () => void;
}

export function DistrictUnitForm({ unit, onSaved, onCancel }: DistrictUnitFormProps) {
  const { t } = useTranslation();
  const form = useForm<DistrictUnitFormValues>({
    initialValues: {
      name: unit.name,
      address: unit.address ?? '',
      phone: unit.phone ?? '',
      active: unit.active,
    },
    validate: (values) => validateUpdate(toUpdate(values)),
  });

  const { failure, submitting, handleSubmit } = useFormSubmission(
    form,
    async (values: DistrictUnitFormValues) =>
      onSaved(await updateDistrictUnit(unit.districtCode, toUpdate(values))),
  );

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        <TextInput
          label={t('districtUnits.fields.name')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput label={t('districtUnits.fields.address')} {...form.getInputProps('address')} />
        <TextInput label={t('districtUnits.fields.phone')} type="tel" {...form.getInputProps('phone')} />
        <Switch
          label={t('districtUnits.fields.active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions onCancel={onCancel} submitting={submitting} />
      </Stack>
    </form>
  );
}
