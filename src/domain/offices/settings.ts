import type { OfficeCalendar, WorkingHours } from '../calendar/due-at';
import { z } from '../zod';

/** Indonesia's three time zones. */
export const OFFICE_TIME_ZONES = [
  { zone: 'Asia/Jakarta', label: 'WIB' },
  { zone: 'Asia/Makassar', label: 'WITA' },
  { zone: 'Asia/Jayapura', label: 'WIT' },
] as const;
export const ZTimeZone = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'], {
  error: 'Zona waktu harus WIB, WITA atau WIT',
});

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const ZWorkingHours = z
  .object({
    start: z.string().regex(HHMM, 'Jam harus berbentuk JJ:MM'),
    end: z.string().regex(HHMM, 'Jam harus berbentuk JJ:MM'),
  })
  .refine((h) => h.start < h.end, { message: 'Jam selesai harus setelah jam mulai', path: ['end'] });

/** Hours per ISO weekday ("1" = Monday); a missing day is closed. */
export const ZWeekHours = z
  .partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), ZWorkingHours)
  .refine((week) => Object.keys(week).length > 0, { message: 'Minimal satu hari kerja' });
export type TWeekHours = z.infer<typeof ZWeekHours>;

export const DEFAULT_WEEK_HOURS: TWeekHours = {
  '1': { start: '08:00', end: '16:00' },
  '2': { start: '08:00', end: '16:00' },
  '3': { start: '08:00', end: '16:00' },
  '4': { start: '08:00', end: '16:00' },
  '5': { start: '08:00', end: '16:30' },
};

export const HOLIDAY_KINDS = ['national', 'joint_leave', 'local'] as const;
export const ZHoliday = z.object({
  date: z.iso.date('Tanggal harus berbentuk TTTT-BB-HH'),
  name: z.string().trim().min(2, 'Nama hari libur minimal 2 karakter').max(120),
  kind: z.enum(HOLIDAY_KINDS),
});
export type THoliday = z.infer<typeof ZHoliday>;

export const ZOfficialEntry = z.object({
  position: z.string().trim().min(2, 'Jabatan wajib diisi').max(200),
  name: z.string().trim().max(200).nullable(),
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, 'NIP harus 18 angka')
    .nullable(),
});
export type TOfficialEntry = z.infer<typeof ZOfficialEntry>;

const optionalText = (max: number) => z.string().trim().max(max).nullable();

/** Everything an admin sets about the office, besides divisions, units and holidays (own lists). */
export const ZOfficeSettingsUpdate = z.object({
  name: z.string().trim().min(5, 'Nama dinas minimal 5 karakter').max(250),
  shortName: z.string().trim().min(3, 'Nama singkat minimal 3 karakter').max(120),
  programmeName: optionalText(200),
  address: optionalText(300),
  phone: optionalText(40),
  email: z.email('Alamat email tidak valid').max(200).nullable(),
  website: z
    .url({ protocol: /^https?$/, error: 'Alamat situs harus diawali http:// atau https://' })
    .nullable(),
  timeZone: ZTimeZone,
  workingHours: ZWeekHours,
  officials: z.array(ZOfficialEntry).max(30),
});
export type TOfficeSettingsUpdate = z.infer<typeof ZOfficeSettingsUpdate>;

export const ZOfficeSettings = ZOfficeSettingsUpdate.extend({
  code: z.string(),
  slug: z.string(),
  regionName: z.string(),
  hasLogo: z.boolean(),
});
export type TOfficeSettings = z.infer<typeof ZOfficeSettings>;

export const ZDivisionInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Kode bidang hanya huruf kecil, angka dan tanda hubung')
    .max(40),
  name: z.string().trim().min(3, 'Nama bidang minimal 3 karakter').max(200),
  description: optionalText(500),
});
/** A division as the settings page lists it. */
export const ZDivisionEntry = ZDivisionInput.extend({ active: z.boolean() });
export type TDivisionEntry = z.infer<typeof ZDivisionEntry>;

export const ZDivisionUpdate = ZDivisionInput.omit({ code: true }).extend({ active: z.boolean() });

/** The office's calendar for deadlines, from its settings and holiday list. */
export function officeCalendar(
  settings: { timeZone: string; workingHours: TWeekHours },
  holidayDates: readonly string[],
): OfficeCalendar {
  const hours: OfficeCalendar['hours'] = {};
  for (const [day, value] of Object.entries(settings.workingHours)) {
    hours[Number(day) as 1] = value as WorkingHours;
  }
  return { timeZone: settings.timeZone, hours, holidays: holidayDates };
}
