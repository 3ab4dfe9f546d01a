/** Every staff role of an office. Order is the order they appear in pickers. */
export const ROLES = [
  'admin',
  'kadis',
  'kabid',
  'coordinator',
  'front_office',
  'complaint_officer',
  'service_officer',
  'social_worker',
  'district_operator',
  'partner',
] as const;

export type Role = (typeof ROLES)[number];

/** Indonesian names of the roles, as an office would call them. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  kadis: 'Kepala Dinas',
  kabid: 'Kepala Bidang',
  coordinator: 'Koordinator',
  front_office: 'Petugas Front Office',
  complaint_officer: 'Petugas Pengaduan',
  service_officer: 'Petugas Pelayanan',
  social_worker: 'Pekerja Sosial / Asesor',
  district_operator: 'Operator Kecamatan',
  partner: 'Mitra / Pilar Sosial',
};

/** Roles whose view is narrowed to one district (kecamatan). */
export const DISTRICT_SCOPED_ROLES: readonly Role[] = ['district_operator'];

/** Groups used by route declarations, so "who may call" reads as a sentence. */
export const ROLE_GROUPS = {
  admins: ['admin'],
  auditors: ['admin', 'kadis'],
  leaders: ['kadis', 'kabid', 'coordinator'],
  officeStaff: [
    'admin',
    'kadis',
    'kabid',
    'coordinator',
    'front_office',
    'complaint_officer',
    'service_officer',
    'social_worker',
    'district_operator',
  ],
  everyone: ROLES,
} as const satisfies Record<string, readonly Role[]>;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
