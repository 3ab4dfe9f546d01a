import { Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type TDistrictUnit,
  type TDistrictUnitUpdate,
  ZDistrictUnitUpdate,
} from '../../../domain/offices/schemas';
import { type FormFailure, showApiErrorOnForm } from '../../api/form-errors';
import { ErrorAlert } from '../../app/ui/error-alert';
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
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<DistrictUnitFormValues>({
    initialValues: {
      name: unit.name,
      address: unit.address ?? '',
      phone: unit.phone ?? '',
      active: unit.active,
    },
    validate: (values) => validateUpdate(toUpdate(values)),
  });

  const handleSubmit = async (values: DistrictUnitFormValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      onSaved(await updateDistrictUnit(unit.districtCode, toUpdate(values)));
    } catch (error) {
      setFailure(showApiErrorOnForm(form, error));
    } finally {
      setSubmitting(false);
    }
  };

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
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
