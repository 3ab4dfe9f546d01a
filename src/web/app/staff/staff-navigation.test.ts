import { describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/auth/roles';
import type { TSessionUser } from '../../../domain/auth/schemas';
import { CASE_ROLES as DOMAIN_CASE_ROLES } from '../../../domain/cases/permissions';
import { REGISTER_ROLES } from '../../../domain/ppks-register/roles';
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
    expect(keysFor('partner')).toEqual(['home', 'notifications', 'referrals', 'password']);
  });
});

describe('notifications navigation', () => {
  it('offers every role its own notifications list', () => {
    for (const role of [
      'admin',
      'kadis',
      'kabid',
      'coordinator',
      'front_office',
      'social_worker',
      'partner',
    ] as const)
      expect(keysFor(role)).toContain('notifications');
  });
});

describe('satisfaction survey navigation', () => {
  it('offers the desk form to the front desk and the index to leaders and the administrator', () => {
    expect(keysFor('front_office')).toContain('surveyDesk');
    expect(keysFor('coordinator')).toEqual(expect.arrayContaining(['surveyDesk', 'ikm']));
    expect(keysFor('kadis')).toContain('ikm');
    expect(keysFor('admin')).toContain('ikm');
    expect(keysFor('front_office')).not.toContain('ikm');
    expect(keysFor('social_worker')).not.toContain('surveyDesk');
    expect(keysFor('partner')).not.toContain('ikm');
  });
});

describe('PPKS register and map navigation', () => {
  it('offers the register to case staff and the map to every office role, not to partners', () => {
    expect([...REGISTER_ROLES].sort()).toEqual([...DOMAIN_CASE_ROLES].sort());
    expect(keysFor('coordinator')).toEqual(expect.arrayContaining(['register', 'ppksMap']));
    expect(keysFor('district_operator')).toEqual(expect.arrayContaining(['register', 'ppksMap']));
    expect(keysFor('admin')).toContain('ppksMap');
    expect(keysFor('admin')).not.toContain('register');
    expect(keysFor('partner')).not.toContain('register');
    expect(keysFor('partner')).not.toContain('ppksMap');
  });
});

describe('dashboard navigation', () => {
  it('offers the dashboard to heads, coordinators and the administrator only', () => {
    for (const role of ['kadis', 'kabid', 'coordinator', 'admin'] as const)
      expect(keysFor(role)).toContain('dashboard');
    for (const role of ['front_office', 'social_worker', 'district_operator', 'partner'] as const)
      expect(keysFor(role)).not.toContain('dashboard');
  });
});
