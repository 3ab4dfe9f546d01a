import { cleanDigits, districtCodeOf, isCalendarDate } from './nik';

/**
 * KK (Kartu Keluarga) number: 16 digits, PP RR DD | DDMMYY | SSSS — the district where the family
 * card was issued, its issue date (never +40), then a sequence number.
 */
export interface ParsedKk {
  kk: string;
  districtCode: string;
  /** ISO date the card number was issued. */
  issuedOn: string;
}

export type KkProblem = 'format' | 'district' | 'issue_date';
export type KkResult = { ok: true; value: ParsedKk } | { ok: false; problem: KkProblem };

export const KK_MESSAGES: Record<KkProblem, string> = {
  format: 'Nomor KK harus 16 angka',
  district: 'Kode kecamatan pada 6 angka pertama nomor KK tidak dikenal',
  issue_date: 'Tanggal terbit pada nomor KK (angka ke-7 sampai ke-12) tidak valid',
};

export function parseKk(
  input: string,
  options: { districtExists: (districtCode: string) => boolean; today?: Date },
): KkResult {
  const kk = cleanDigits(input);
  if (!/^\d{16}$/.test(kk)) return { ok: false, problem: 'format' };
  const districtCode = districtCodeOf(kk.slice(0, 6));
  if (!options.districtExists(districtCode)) return { ok: false, problem: 'district' };

  const day = Number(kk.slice(6, 8));
  const month = Number(kk.slice(8, 10));
  const today = options.today ?? new Date();
  const twoDigits = Number(kk.slice(10, 12));
  const century = Math.floor(today.getUTCFullYear() / 100) * 100;
  const year = century + twoDigits > today.getUTCFullYear() ? century - 100 + twoDigits : century + twoDigits;
  if (!isCalendarDate(year, month, day)) return { ok: false, problem: 'issue_date' };
  const issuedOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { ok: true, value: { kk, districtCode, issuedOn } };
}
