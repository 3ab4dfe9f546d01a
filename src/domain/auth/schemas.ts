import { normalizePhone, PHONE_MESSAGE } from '../identity/phone';
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

export const STAFF_PHONE_MOBILE_MESSAGE = 'Nomor HP petugas harus nomor seluler';

/**
 * An officer's mobile number for staff alerts (WhatsApp), stored as +62…; empty clears it. A
 * landline cannot take WhatsApp, so it is refused.
 */
export const ZStaffPhone = z
  .string()
  .trim()
  .max(30, PHONE_MESSAGE)
  .transform((value, ctx) => {
    if (value === '') return null;
    const result = normalizePhone(value);
    if (!result.ok || result.kind !== 'mobile') {
      ctx.addIssue({ code: 'custom', message: result.ok ? STAFF_PHONE_MOBILE_MESSAGE : PHONE_MESSAGE });
      return z.NEVER;
    }
    return result.value;
  })
  .nullable();

/** An officer's e-mail address for staff alerts, lower-cased; empty clears it. */
export const ZStaffEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(200, 'Alamat email terlalu panjang')
  .transform((value, ctx) => {
    if (value === '') return null;
    if (!z.email().safeParse(value).success) {
      ctx.addIssue({ code: 'custom', message: 'Alamat email tidak valid; tulis seperti nama@contoh.id' });
      return z.NEVER;
    }
    return value;
  })
  .nullable();

/**
 * A staff account as the admin page has it. `phone` and `email` are masked in the list and in the
 * answers to a create or an edit (they land in the list); `GET /users/:id` gives them in full to
 * the admin, who manages the account.
 */
export const ZUser = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: ZRole,
  districtCode: z.string().nullable(),
  partnerName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  /** End of the slow-down after repeated failed logins (the account waits, then may try again). */
  lockedUntil: z.string().nullable(),
  /** Locked after too many failed logins: opens only by the administrator's unlock or password reset. */
  lockedAt: z.string().nullable(),
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
  phone: ZStaffPhone.optional(),
  email: ZStaffEmail.optional(),
  password: ZNewPassword,
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({
  fullName: ZFullName.optional(),
  role: ZRole.optional(),
  districtCode: ZDistrictCode.nullable().optional(),
  partnerName: z.string().trim().max(120).nullable().optional(),
  active: z.boolean().optional(),
  /** Absent: unchanged; null or empty: removed. */
  phone: ZStaffPhone.optional(),
  email: ZStaffEmail.optional(),
  password: ZNewPassword.optional().describe(
    'Set to reset the password; the user must change it at next login',
  ),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

/** The signed-in officer's own contact for staff alerts (`PUT /auth/me/contact`): both sent, each may be empty. */
export const ZStaffContact = z.object({ phone: ZStaffPhone, email: ZStaffEmail });
export type TStaffContactInput = z.input<typeof ZStaffContact>;

/** The officer's own contact, in full: it is theirs. */
export const ZStaffContactView = z.object({ phone: z.string().nullable(), email: z.string().nullable() });
export type TStaffContact = z.infer<typeof ZStaffContactView>;
