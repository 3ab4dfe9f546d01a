/**
 * NIK (Nomor Induk Kependudukan), the 16-digit national ID number:
 * PP RR DD | DDMMYY | SSSS — province, regency, district of first registration, birth date
 * (day + 40 for women), then a sequence number.
 */
export type Sex = 'male' | 'female';

export interface ParsedNik {
  nik: string;
  /** Kemendagri district code, `13.10.01`. */
  districtCode: string;
  sex: Sex;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string;
  sequence: string;
}

export type NikProblem = 'format' | 'district' | 'birth_date';

export type NikResult = { ok: true; value: ParsedNik } | { ok: false; problem: NikProblem };

/** Indonesian messages for each problem, shown next to the field. */
export const NIK_MESSAGES: Record<NikProblem, string> = {
  format: 'NIK harus 16 angka',
  district: 'Kode kecamatan pada 6 angka pertama NIK tidak dikenal',
  birth_date: 'Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak valid',
};

/** Strips the spaces, dots and dashes people type between digit groups. */
export function cleanDigits(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** `131001` → `13.10.01`. */
export function districtCodeOf(sixDigits: string): string {
  return `${sixDigits.slice(0, 2)}.${sixDigits.slice(2, 4)}.${sixDigits.slice(4, 6)}`;
}

/** A real calendar date (rejects 31 April, 29 February outside leap years). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Two-digit years: the most recent year not after `today` (a NIK holder is born, not to be born).
 * `today` is a parameter so the rule stays pure and testable.
 */
function fullYear(twoDigits: number, today: Date): number {
  const thisYear = today.getUTCFullYear();
  const candidate = Math.floor(thisYear / 100) * 100 + twoDigits;
  return candidate > thisYear ? candidate - 100 : candidate;
}

export interface NikOptions {
  /** Whether a district code (`13.10.01`) exists; from the regions table or idn-area-data. */
  districtExists: (districtCode: string) => boolean;
  today?: Date;
}

export function parseNik(input: string, options: NikOptions): NikResult {
  const nik = cleanDigits(input);
  if (!/^\d{16}$/.test(nik)) return { ok: false, problem: 'format' };

  const districtCode = districtCodeOf(nik.slice(0, 6));
  if (!options.districtExists(districtCode)) return { ok: false, problem: 'district' };

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const sex: Sex = rawDay > 40 ? 'female' : 'male';
  const day = sex === 'female' ? rawDay - 40 : rawDay;
  const today = options.today ?? new Date();
  const year = fullYear(Number(nik.slice(10, 12)), today);
  if (!isCalendarDate(year, month, day)) return { ok: false, problem: 'birth_date' };
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  if (birthDate > today.toISOString().slice(0, 10)) return { ok: false, problem: 'birth_date' };

  return { ok: true, value: { nik, districtCode, sex, birthDate, sequence: nik.slice(12) } };
}
