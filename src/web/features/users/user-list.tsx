import type { ComponentProps } from 'react';
import { useIsWide } from '../../app/ui/use-is-wide';
import { UserCards } from './user-cards';
import { UsersTable } from './users-table';

/** A table where there is room, cards on a phone. */
export function UserList(props: ComponentProps<typeof UsersTable>) {
  return useIsWide() ? <UsersTable {...props} /> : <UserCards {...props} />;
}
