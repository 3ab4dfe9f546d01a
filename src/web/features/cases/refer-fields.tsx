import {
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, PILLAR_KINDS, SHAREABLE_FIELDS } from '../../../domain/cases/referral';
import { useApiQuery } from '../../api/use-api-query';
import type { FieldsProps } from './action-fields';
import { fetchAssignees } from './api';

/**
 * Where the case goes (a partner agency, optionally its account, or the district's social pillar),
 * why, which data goes with it, and the person's consent or the reason to share without it.
 */
export function ReferFields({ form }: FieldsProps<'refer'>) {
  const { t } = useTranslation();
  const values = form.getValues();
  const choose = { value: '', label: t('cases.actions.fields.choose'), disabled: true };
  return (
    <>
      <Radio.Group label={t('cases.actions.refer.targetKind')} required {...form.getInputProps('targetKind')}>
        <Group gap="md" mt={4}>
          <Radio value="partner" label={t('cases.actions.refer.targetKinds.partner')} />
          <Radio value="pillar" label={t('cases.actions.refer.targetKinds.pillar')} />
        </Group>
      </Radio.Group>
      {values.targetKind === 'partner' ? (
        <PartnerFields form={form} />
      ) : (
        <NativeSelect
          label={t('cases.actions.refer.pillarKind')}
          description={t('cases.actions.refer.pillarHint')}
          required
          data={[choose, ...PILLAR_KINDS.map((kind) => ({ value: kind.code, label: kind.label }))]}
          {...form.getInputProps('pillarKind')}
        />
      )}
      <Textarea
        label={t('cases.actions.refer.reason')}
        required
        autosize
        minRows={3}
        maxLength={2000}
        {...form.getInputProps('reason')}
      />
      <Checkbox.Group
        label={t('cases.actions.refer.fieldsShared')}
        description={t('cases.actions.refer.fieldsSharedHint')}
        {...form.getInputProps('fieldsShared')}
      >
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" mt="xs">
          {SHAREABLE_FIELDS.map((field) => (
            <Checkbox key={field.code} value={field.code} label={field.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <ConsentFields form={form} />
      <NumberInput
        label={t('cases.actions.refer.dueDays')}
        description={t('cases.actions.refer.dueDaysHint')}
        min={1}
        max={60}
        allowDecimal={false}
        allowNegative={false}
        maw={200}
        {...form.getInputProps('dueDays')}
      />
    </>
  );
}

function PartnerFields({ form }: Pick<FieldsProps<'refer'>, 'form'>) {
  const { t } = useTranslation();
  const assignees = useApiQuery('case-assignees', fetchAssignees);
  const choose = { value: '', label: t('cases.actions.fields.choose'), disabled: true };
  const partners = (assignees.data?.partners ?? []).map((partner) => ({
    value: partner.userId,
    label: partner.partnerName,
  }));
  return (
    <>
      <NativeSelect
        label={t('cases.actions.refer.partnerKind')}
        required
        data={[choose, ...PARTNER_KINDS.map((kind) => ({ value: kind.code, label: kind.label }))]}
        {...form.getInputProps('partnerKind')}
      />
      <NativeSelect
        label={t('cases.actions.refer.partnerId')}
        description={t('cases.actions.refer.partnerIdHint')}
        data={[{ value: '', label: t('cases.actions.refer.anyPartner') }, ...partners]}
        {...form.getInputProps('partnerId')}
      />
    </>
  );
}

function ConsentFields({ form }: Pick<FieldsProps<'refer'>, 'form'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Radio.Group label={t('cases.actions.refer.consent')} required {...form.getInputProps('consent')}>
        <Stack gap={6} mt={4}>
          <Radio value="yes" label={t('cases.actions.refer.consentYes')} />
          <Radio value="no" label={t('cases.actions.refer.consentNo')} />
        </Stack>
      </Radio.Group>
      {form.getValues().consent === 'no' && (
        <Textarea
          label={t('cases.actions.refer.overrideReason')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps('overrideReason')}
        />
      )}
    </Stack>
  );
}
