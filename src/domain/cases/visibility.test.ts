import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/roles';
import { type CaseScope, isReferralToBody, maySeeCase, pillarKindOf } from './visibility';

const OFFICE = 'office-1';
const ME = 'user-me';
const base: CaseScope = {
  officeId: OFFICE,
  districtCode: '14.72.01',
  confidential: false,
  assigneeUserId: null,
  lastOfficerId: null,
  createdBy: null,
};
const reader = (role: (typeof ROLES)[number], districtCode: string | null = null) => ({
  role,
  userId: ME,
  officeId: OFFICE,
  districtCode,
});

describe('who may see a case', () => {
  it('never the administrator or a partner, whatever the case', () => {
    for (const role of ['admin', 'partner'] as const) {
      expect(maySeeCase(reader(role), base)).toBe(false);
      expect(maySeeCase(reader(role), { ...base, createdBy: ME, assigneeUserId: ME })).toBe(false);
    }
  });

  it('nobody from another office', () => {
    for (const role of ROLES)
      expect(maySeeCase(reader(role, '14.72.01'), { ...base, officeId: 'other' })).toBe(false);
  });

  it('a confidential case: leaders and social workers, else only whoever holds, last worked on or took it in', () => {
    const secret = { ...base, confidential: true };
    expect(
      ['kadis', 'kabid', 'coordinator', 'social_worker'].every((r) => maySeeCase(reader(r as never), secret)),
    ).toBe(true);
    for (const role of ['front_office', 'complaint_officer', 'service_officer'] as const) {
      expect(maySeeCase(reader(role), secret)).toBe(false);
      expect(maySeeCase(reader(role), { ...secret, assigneeUserId: ME })).toBe(true);
      expect(maySeeCase(reader(role), { ...secret, lastOfficerId: ME })).toBe(true);
      expect(maySeeCase(reader(role), { ...secret, createdBy: ME })).toBe(true);
    }
  });

  it('a district operator: only their district (none without one), confidential ones only if theirs', () => {
    expect(maySeeCase(reader('district_operator', '14.72.01'), base)).toBe(true);
    expect(maySeeCase(reader('district_operator', '14.72.02'), base)).toBe(false);
    expect(maySeeCase(reader('district_operator', null), base)).toBe(false);
    const secret = { ...base, confidential: true };
    expect(maySeeCase(reader('district_operator', '14.72.01'), secret)).toBe(false);
    expect(maySeeCase(reader('district_operator', '14.72.01'), { ...secret, assigneeUserId: ME })).toBe(true);
  });
});

describe('which body a referral went to', () => {
  it('reads the pillar kind from the account name: acronym, long name or code; none when unclear', () => {
    expect(pillarKindOf('TKSK (demo)')).toBe('tksk');
    expect(pillarKindOf('Tenaga Kesejahteraan Sosial Kecamatan Bukit Kapur')).toBe('tksk');
    expect(pillarKindOf('psm kel. ratu sima')).toBe('psm');
    expect(pillarKindOf('Karang Taruna Kelurahan Bagan Besar')).toBe('karang_taruna');
    expect(pillarKindOf('TAGANA Dumai')).toBe('tagana');
    expect(pillarKindOf('Puskesos Desa Makmur')).toBe('puskesos');
    expect(pillarKindOf('RSJ Tampan')).toBeNull();
    expect(pillarKindOf('PSM dan TKSK Dumai Kota')).toBeNull();
    expect(pillarKindOf('TKSKX')).toBeNull();
    expect(pillarKindOf(null)).toBeNull();
  });

  it('a pillar referral: its kind and its district; a partner referral: the body named', () => {
    const tksk = { name: 'TKSK Dumai Kota', districtCode: '14.72.01' };
    const pillar = {
      targetKind: 'pillar' as const,
      bodyKind: 'tksk',
      bodyName: null,
      districtCode: '14.72.01',
    };
    expect(isReferralToBody(tksk, pillar)).toBe(true);
    expect(isReferralToBody(tksk, { ...pillar, bodyKind: 'psm' })).toBe(false);
    expect(isReferralToBody(tksk, { ...pillar, districtCode: '14.72.02' })).toBe(false);
    expect(isReferralToBody({ name: null, districtCode: '14.72.01' }, pillar)).toBe(false);
    const hospital = { name: 'RSJ Tampan', districtCode: null };
    const named = {
      targetKind: 'partner' as const,
      bodyKind: 'rumah_sakit_jiwa',
      bodyName: 'RSJ Tampan',
      districtCode: null,
    };
    expect(isReferralToBody(hospital, named)).toBe(true);
    expect(isReferralToBody({ name: 'Dinas Kesehatan', districtCode: null }, named)).toBe(false);
    expect(isReferralToBody(hospital, { ...named, bodyName: null })).toBe(false);
  });
});
