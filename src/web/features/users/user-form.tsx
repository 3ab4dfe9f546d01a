import { Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../domain/auth/roles';
import {
  type TUser,
  type TUserCreate,
  type TUserUpdate,
  ZUserCreate,
  ZUserUpdate,
} from '../../../domain/auth/schemas';
import type { TDistrictUnit } from '../../../domain/offices/schemas';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { FormActions } from '../../app/ui/form-actions';
import { createUser, updateUser } from './api';
import { StaffContactFields } from './staff-contact-fields';
import { TemporaryPasswordInput } from './temporary-password-input';

interface UserFormValues {
  username: string;
  fullName: string;
  role: Role;
  districtCode: string | null;
  partnerName: string;
  /** Where staff alerts reach the officer; empty: none. */
  phone: string;
  email: string;
  password: string;
}

/** Only the fields the chosen role uses: a district for a district operator, a name for a partner. */
function roleFields(
  values: UserFormValues,
): Pick<TUserCreate, 'districtCode' | 'partnerName' | 'phone' | 'email'> {
  return {
    districtCode: values.role === 'district_operator' ? values.districtCode : null,
    partnerName: values.role === 'partner' ? values.partnerName.trim() || null : null,
    phone: values.phone,
    email: values.email,
  };
}

function toCreatePayload(values: UserFormValues): TUserCreate {
  const { username, fullName, role, password } = values;
  return { username, fullName, role, password, ...roleFields(values) };
}

function toUpdatePayload(values: UserFormValues): TUserUpdate {
  return { fullName: values.fullName, role: values.role, ...roleFields(values) };
}

const validateCreate = schemaResolver(ZUserCreate, { sync: true });
const validateUpdate = schemaResolver(ZUserUpdate, { sync: true });

interface UserFormProps {
  /** The user to edit, in full (its phone and e-mail unmasked); without it the form creates one. */
  user?: TUser;
  districtUnits: TDistrictUnit[];
  onSaved: (user: TUser) => void;
  onCancel: () => void;
}

/** Create or edit a staff account; the server's field messages land beside the inputs. */
export function UserForm({ user, districtUnits, onSaved, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const form = useForm<UserFormValues>({
    initialValues: {
      username: user?.username ?? '',
      fullName: user?.fullName ?? '',
      role: user?.role ?? 'front_office',
      districtCode: user?.districtCode ?? null,
      partnerName: user?.partnerName ?? '',
      phone: user?.phone ?? '',
      email: user?.email ?? '',
      password: '',
    },
    validate: (values) => ({
      ...(user ? validateUpdate(toUpdatePayload(values)) : validateCreate(toCreatePayload(values))),
      ...(values.role === 'district_operator' && !values.districtCode
        ? { districtCode: t('users.districtRequired') }
        : {}),
    }),
  });

  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: UserFormValues) =>
    onSaved(
      user ? await updateUser(user.id, toUpdatePayload(values)) : await createUser(toCreatePayload(values)),
    ),
  );

  const role = form.getValues().role;
  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        {user ? (
          <Text size="sm">
            {t('users.fields.username')}: <strong>{user.username}</strong>
          </Text>
        ) : (
          <TextInput
            label={t('users.fields.username')}
            description={t('users.usernameHint')}
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            required
            data-autofocus
            {...form.getInputProps('username')}
          />
        )}
        <TextInput label={t('users.fields.fullName')} required {...form.getInputProps('fullName')} />
        <Select
          label={t('users.fields.role')}
          placeholder={t('users.rolePlaceholder')}
          data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('role')}
        />
        {role === 'district_operator' && (
          <Select
            label={t('users.fields.district')}
            placeholder={t('users.districtPlaceholder')}
            data={districtUnits.map((unit) => ({ value: unit.districtCode, label: unit.districtName }))}
            searchable
            required
            {...form.getInputProps('districtCode')}
          />
        )}
        {role === 'partner' && (
          <TextInput label={t('users.fields.partnerName')} {...form.getInputProps('partnerName')} />
        )}
        <StaffContactFields form={form} />
        {!user && (
          <TemporaryPasswordInput
            label={t('users.fields.password')}
            description={t('users.temporaryPasswordHint')}
            required
            {...form.getInputProps('password')}
          />
        )}
        <FormActions onCancel={onCancel} submitting={submitting} />
      </Stack>
    </form>
  );
}
