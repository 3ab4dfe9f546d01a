import { z } from '../zod';
import { ROLES } from './roles';

export const ZRole = z.enum(ROLES);

export const PASSWORD_MIN_LENGTH = 10;

const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter`)
  .max(200, 'Kata sandi terlalu panjang');

const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Nama pengguna minimal 3 karakter')
  .max(60, 'Nama pengguna maksimal 60 karakter')
  .regex(/^[a-z0-9._-]+$/, 'Nama pengguna hanya boleh huruf kecil, angka, titik, garis bawah atau strip');

export const ZLoginRequest = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nama pengguna wajib diisi').max(60),
  password: z.string().min(1, 'Kata sandi wajib diisi').max(200),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

/** Who is signed in, as the staff app needs it. */
export const ZSessionUser = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: ZRole,
  districtCode: z.string().nullable(),
  mustChangePassword: z.boolean(),
  office: z.object({ code: z.string(), slug: z.string(), name: z.string() }),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

export const ZSessionResponse = z.object({ user: ZSessionUser, csrfToken: z.string() });
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZPasswordChange = z.object({
  currentPassword: z.string().min(1, 'Kata sandi lama wajib diisi'),
  newPassword: ZNewPassword,
});
export type TPasswordChange = z.infer<typeof ZPasswordChange>;

/** A staff account as the admin page lists it. */
export const ZUser = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: ZRole,
  districtCode: z.string().nullable(),
  partnerName: z.string().nullable(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

const ZFullName = z.string().trim().min(3, 'Nama lengkap minimal 3 karakter').max(120);
const ZDistrictCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Pilih kecamatan');

export const ZUserCreate = z.object({
  username: ZUsername,
  fullName: ZFullName,
  role: ZRole,
  districtCode: ZDistrictCode.nullable().optional(),
  partnerName: z.string().trim().max(120).nullable().optional(),
  password: ZNewPassword,
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({
  fullName: ZFullName.optional(),
  role: ZRole.optional(),
  districtCode: ZDistrictCode.nullable().optional(),
  partnerName: z.string().trim().max(120).nullable().optional(),
  active: z.boolean().optional(),
  password: ZNewPassword.optional().describe(
    'Set to reset the password; the user must change it at next login',
  ),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;
