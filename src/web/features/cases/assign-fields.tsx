import { Alert, Group, NativeSelect, Radio, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../domain/auth/roles';
import type { TAssignTarget } from '../../../domain/cases/actions';
import { useApiQuery } from '../../api/use-api-query';
import type { FieldsProps } from './action-fields';
import { fetchAssignees, type TCaseAssignees } from './api';

const KINDS: readonly TAssignTarget['kind'][] = ['officer', 'division', 'district_unit'];

/** Who takes the case: an officer, a division or a district unit, and why (required when reassigning). */
export function AssignFields({ form, detail }: FieldsProps<'assign'>) {
  const { t } = useTranslation();
  const assignees = useApiQuery('case-assignees', fetchAssignees);
  return (
    <>
      {detail.assignee && (
        <Text size="sm">{t('cases.actions.assign.current', { name: detail.assignee.name })}</Text>
      )}
      {assignees.error && (
        <Alert color="red" variant="light">
          {t('cases.actions.assign.loadFailed')} {assignees.error.message}
        </Alert>
      )}
      <Radio.Group label={t('cases.actions.assign.kind')} required {...form.getInputProps('kind')}>
        <Group gap="md" mt={4}>
          {KINDS.map((value) => (
            <Radio key={value} value={value} label={t(`cases.actions.assign.kinds.${value}`)} />
          ))}
        </Group>
      </Radio.Group>
      <TargetSelect form={form} detail={detail} assignees={assignees.data} />
      <Textarea
        label={t('cases.actions.assign.reason')}
        description={t('cases.actions.assign.reasonHint')}
        required={detail.assignee !== null}
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps('reason')}
      />
    </>
  );
}

/** The list for the chosen kind; the officer who holds the case now is left out. */
function TargetSelect({
  form,
  detail,
  assignees,
}: FieldsProps<'assign'> & { assignees: TCaseAssignees | undefined }) {
  const { t } = useTranslation();
  const choose = { value: '', label: t('cases.actions.fields.choose'), disabled: true };
  const { kind } = form.getValues();
  if (kind === 'division')
    return (
      <NativeSelect
        label={t('cases.actions.assign.division')}
        required
        data={[choose, ...(assignees?.divisions ?? []).map((d) => ({ value: d.code, label: d.name }))]}
        {...form.getInputProps('code')}
      />
    );
  if (kind === 'district_unit')
    return (
      <NativeSelect
        label={t('cases.actions.assign.districtUnit')}
        required
        data={[
          choose,
          ...(assignees?.districtUnits ?? []).map((u) => ({ value: u.districtCode, label: u.name })),
        ]}
        {...form.getInputProps('districtCode')}
      />
    );
  const holder = detail.assignee?.kind === 'officer' ? detail.assignee.id : null;
  const officers = (assignees?.officers ?? [])
    .filter((officer) => officer.userId !== holder)
    .map((officer) => ({
      value: officer.userId,
      label: `${officer.name} (${isRole(officer.role) ? t(`roles.${officer.role}`) : officer.role})`,
    }));
  return (
    <NativeSelect
      label={t('cases.actions.assign.officer')}
      required
      data={[choose, ...officers]}
      {...form.getInputProps('userId')}
    />
  );
}
