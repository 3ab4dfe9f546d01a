import type { TUser } from '../../../domain/auth/schemas';
import type { TDistrictUnit } from '../../../domain/offices/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { fetchUser } from './api';
import { UserForm } from './user-form';

interface UserEditFormProps {
  /** The account as the list has it (its contact masked). */
  user: TUser;
  districtUnits: TDistrictUnit[];
  onSaved: (user: TUser) => void;
  onCancel: () => void;
}

/** Edits an account with its phone and e-mail in full: read anew, since the list holds them masked. */
export function UserEditForm({ user, districtUnits, onSaved, onCancel }: UserEditFormProps) {
  const full = useApiQuery(`user-${user.id}`, (signal) => fetchUser(user.id, signal));
  if (full.error) return <ErrorAlert error={full.error} onRetry={full.reload} />;
  if (!full.data) return <PageLoader />;
  return <UserForm user={full.data} districtUnits={districtUnits} onSaved={onSaved} onCancel={onCancel} />;
}
