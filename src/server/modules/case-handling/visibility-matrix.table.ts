import type { Role } from '../../../domain/auth/roles';

/**
 * The expectation table of visibility-matrix.int.test.ts, written out by hand per reader so the test
 * does not lean on the code it checks: the cases and referrals the fixture makes, who reads, and which
 * roles may call each route at all.
 */
export const D1 = '14.72.01';
export const D2 = '14.72.02';

/** The cases: Dumai's five (two districts, confidential or not, one held by the front office), Bekasi's one. */
export const CASES = ['plainD1', 'plainD2', 'secretD1', 'secretD2', 'heldSecret', 'otherOffice'] as const;
export type CaseKey = (typeof CASES)[number];
export const CONFIDENTIAL: readonly CaseKey[] = ['secretD1', 'secretD2', 'heldSecret'];
export const DISTRICT: Record<CaseKey, string> = {
  plainD1: D1,
  plainD2: D2,
  secretD1: D1,
  secretD2: D2,
  heldSecret: D1,
  otherOffice: '32.75.01',
};

/** The referrals: to the TKSK and the PSM of district 1, the TKSK of district 2, a named hospital. */
export const REFERRALS = ['tkskD1', 'psmD1', 'tkskD2', 'rsj'] as const;
export type ReferralKey = (typeof REFERRALS)[number];
export const REFERRED: Record<ReferralKey, { from: CaseKey; target: object }> = {
  tkskD1: { from: 'plainD1', target: { kind: 'pillar', pillarKind: 'tksk' } },
  psmD1: { from: 'secretD1', target: { kind: 'pillar', pillarKind: 'psm' } },
  tkskD2: { from: 'plainD2', target: { kind: 'pillar', pillarKind: 'tksk' } },
  rsj: { from: 'secretD2', target: { kind: 'partner', partnerKind: 'rumah_sakit_jiwa' } },
};

export type Reader = {
  office: 'dumai' | 'bekasi';
  role: Role;
  districtCode?: string;
  partnerName?: string;
  /** The cases they may open. */
  sees: readonly CaseKey[];
  /** The referrals they list (staff: those of cases they see; a partner: those to its body). */
  referrals: readonly ReferralKey[];
};

export const DUMAI: readonly CaseKey[] = ['plainD1', 'plainD2', 'secretD1', 'secretD2', 'heldSecret'];
export const ALL_REFERRALS = REFERRALS;
export const PLAIN_REFERRALS: readonly ReferralKey[] = ['tkskD1', 'tkskD2'];

/** The expectation table: who sees what. */
export const READERS = {
  admin: { office: 'dumai', role: 'admin', sees: [], referrals: [] },
  kadis: { office: 'dumai', role: 'kadis', sees: DUMAI, referrals: ALL_REFERRALS },
  kabid: { office: 'dumai', role: 'kabid', sees: DUMAI, referrals: ALL_REFERRALS },
  coordinator: { office: 'dumai', role: 'coordinator', sees: DUMAI, referrals: ALL_REFERRALS },
  socialWorker: { office: 'dumai', role: 'social_worker', sees: DUMAI, referrals: ALL_REFERRALS },
  // The front office holds the confidential `heldSecret`: that one it sees, no other confidential case.
  frontOffice: {
    office: 'dumai',
    role: 'front_office',
    sees: ['plainD1', 'plainD2', 'heldSecret'],
    referrals: PLAIN_REFERRALS,
  },
  complaintOfficer: {
    office: 'dumai',
    role: 'complaint_officer',
    sees: ['plainD1', 'plainD2'],
    referrals: PLAIN_REFERRALS,
  },
  serviceOfficer: {
    office: 'dumai',
    role: 'service_officer',
    sees: ['plainD1', 'plainD2'],
    referrals: PLAIN_REFERRALS,
  },
  districtOperator: {
    office: 'dumai',
    role: 'district_operator',
    districtCode: D1,
    sees: ['plainD1'],
    referrals: ['tkskD1'],
  },
  tkskD1: {
    office: 'dumai',
    role: 'partner',
    districtCode: D1,
    partnerName: 'TKSK Kecamatan Dumai Kota',
    sees: [],
    referrals: ['tkskD1'],
  },
  psmD1: {
    office: 'dumai',
    role: 'partner',
    districtCode: D1,
    partnerName: 'PSM Kecamatan Dumai Kota',
    sees: [],
    referrals: ['psmD1'],
  },
  tkskD2: {
    office: 'dumai',
    role: 'partner',
    districtCode: D2,
    partnerName: 'TKSK Kecamatan Dumai Barat',
    sees: [],
    referrals: ['tkskD2'],
  },
  // A pillar account whose name says no kind sees no pillar's referral rather than all of them.
  unnamedPillarD1: { office: 'dumai', role: 'partner', districtCode: D1, sees: [], referrals: [] },
  rsj: { office: 'dumai', role: 'partner', partnerName: 'RSJ Tampan', sees: [], referrals: ['rsj'] },
  otherPartner: { office: 'dumai', role: 'partner', partnerName: 'Dinas Kesehatan', sees: [], referrals: [] },
  otherOfficeCoordinator: { office: 'bekasi', role: 'coordinator', sees: ['otherOffice'], referrals: [] },
  otherOfficeRsj: { office: 'bekasi', role: 'partner', partnerName: 'RSJ Tampan', sees: [], referrals: [] },
} satisfies Record<string, Reader>;
export type ReaderKey = keyof typeof READERS;
export const READER_KEYS = Object.keys(READERS) as ReaderKey[];

/** Who may call each route at all (its `config.access`); anyone else gets 403 before any case is read. */
export const CASE_ROLES: readonly Role[] = [
  'kadis',
  'kabid',
  'coordinator',
  'front_office',
  'complaint_officer',
  'service_officer',
  'social_worker',
  'district_operator',
];
export const INTAKE_ROLES: readonly Role[] = [
  'admin',
  'coordinator',
  'front_office',
  'complaint_officer',
  'service_officer',
  'social_worker',
  'district_operator',
];
export const ACCESS = {
  casePage: CASE_ROLES,
  complaintForm: INTAKE_ROLES,
  attachment: [...CASE_ROLES, 'admin'],
  duplicateCheck: INTAKE_ROLES,
  nikSearch: CASE_ROLES,
  outbox: ['admin', 'coordinator', 'complaint_officer', 'kadis'],
  audit: ['admin', 'kadis'],
  letters: CASE_ROLES,
  register: CASE_ROLES,
  referrals: [...CASE_ROLES, 'partner'],
  referralAction: ['partner', 'social_worker', 'coordinator', 'kabid'],
} satisfies Record<string, readonly Role[]>;
