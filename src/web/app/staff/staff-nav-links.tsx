import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSignedInUser } from '../../features/auth/session';
import { navItemsFor } from './staff-navigation';

/** The links of the staff menu for the signed-in user's role; the current page is marked for screen readers. */
export function StaffNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { pathname } = useLocation();
  return (
    <>
      {navItemsFor(user).map(({ key, path, icon: ItemIcon }) => {
        const active =
          path === '/staff' ? pathname === '/staff' || pathname === '/staff/' : pathname.startsWith(path);
        return (
          <NavLink
            key={key}
            component={Link}
            to={path}
            label={t(`staff.nav.${key}`)}
            leftSection={<ItemIcon size={18} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </>
  );
}
