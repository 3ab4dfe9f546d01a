import { describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/auth/roles';
import type { TSessionUser } from '../../../domain/auth/schemas';
import { CASE_ROLES as DOMAIN_CASE_ROLES } from '../../../domain/cases/permissions';
import { CASE_ROLES, navItemsFor } from './staff-navigation';

const userWith = (role: Role): TSessionUser => ({
  id: 'u1',
  username: `dumai.${role}`,
  fullName: 'Demo',
  role,
  districtCode: null,
  mustChangePassword: false,
  office: { code: '14.72', slug: 'dumai', name: 'Dinas Sosial Kota Dumai' },
});

const keysFor = (role: Role) => navItemsFor(userWith(role)).map((item) => item.key);

describe('case handling navigation', () => {
  it('offers the inbox to the roles the server lets handle cases', () => {
    expect([...CASE_ROLES].sort()).toEqual([...DOMAIN_CASE_ROLES].sort());
    expect(keysFor('front_office')).toContain('cases');
    expect(keysFor('admin')).not.toContain('cases');
    expect(keysFor('partner')).not.toContain('cases');
  });

  it('shows the workload board to leaders and referrals to partners and coordinators', () => {
    expect(keysFor('coordinator')).toEqual(expect.arrayContaining(['cases', 'workload', 'referrals']));
    expect(keysFor('kadis')).toContain('workload');
    expect(keysFor('front_office')).not.toContain('workload');
    expect(keysFor('partner')).toEqual(['home', 'referrals', 'password']);
  });
});
