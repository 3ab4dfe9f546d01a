// Letter numbers in an office's own format, e.g. `400.9.2/{seq:4}/Dinsos/{year}` → `400.9.2/0123/Dinsos/2026`.
// The sequence runs per office, letter type and year; a number once given is never given again.

const TOKEN = /\{(seq(?::(\d))?|year|month|roman)\}/g;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export interface NumberParts {
  sequence: number;
  year: number;
  /** 1-12, for `{month}` and `{roman}` (letters numbered `…/XI/2026`). */
  month: number;
}

/** The number of a letter: each token of the format replaced. */
export function formatLetterNumber(format: string, parts: NumberParts): string {
  return format.replace(TOKEN, (_match, token: string, width: string | undefined) => {
    if (token.startsWith('seq')) return String(parts.sequence).padStart(Number(width ?? 1), '0');
    if (token === 'year') return String(parts.year);
    if (token === 'month') return String(parts.month).padStart(2, '0');
    return ROMAN[parts.month - 1] ?? '';
  });
}

/**
 * Why a number format cannot be used, or null. It must hold the sequence and the year (numbers run
 * per year), and nothing that is not a token may sit in braces.
 */
export function numberFormatProblem(format: string): string | null {
  if (!/\{seq(:\d)?\}/.test(format)) return 'Format nomor harus memuat {seq} (nomor urut), mis. {seq:4}';
  if (!format.includes('{year}')) return 'Format nomor harus memuat {year} (tahun)';
  const leftover = format.replace(TOKEN, '');
  if (/[{}]/.test(leftover)) return 'Token yang dikenal: {seq}, {seq:4}, {year}, {month}, {roman}';
  if (format.length > 120) return 'Format nomor paling panjang 120 karakter';
  return null;
}
