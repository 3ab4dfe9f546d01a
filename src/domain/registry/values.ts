import { isCalendarDate } from '../identity/nik';

// Readers for one cell of a registry export. Each answers the value, null for a blank cell, or a
// problem code the row check turns into an Indonesian message.

export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (problem: string): CellResult<never> => ({ ok: false, problem });

/**
 * A number a spreadsheet showed in scientific notation (`1.31E+15`, `1,31E+15`): the digits after
 * the first 15 (or 3) are gone and cannot be read back.
 */
export function isScientificNotation(cell: string): boolean {
  return /^[+-]?\d+([.,]\d+)?e[+-]?\d+$/i.test(cell.trim());
}

/**
 * A NIK or KK a spreadsheet kept as a number. Spreadsheets keep 15 significant digits, so a 16-digit
 * number typed in lost its last digit (now 0); past 2^53 a number is not exact at all.
 */
export function identityFromNumber(value: number): CellResult<string> {
  if (!Number.isSafeInteger(value) || value % 10 === 0) return fail('precision');
  return ok(String(value));
}

/** The 16 digits of a NIK or KK cell, or why it is not one (the identity rules check the rest). */
export function readIdentityNumber(cell: string): CellResult<string> {
  const text = cell.trim();
  if (isScientificNotation(text)) return fail('scientific');
  // Exports sometimes quote numbers as text with a leading apostrophe or wrap them in ="…".
  const digits = text.replace(/^'|^="?|"$/g, '').replace(/[\s.-]/g, '');
  return ok(digits);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  peb: 2,
  mar: 3,
  apr: 4,
  mei: 5,
  may: 5,
  jun: 6,
  jul: 7,
  agu: 8,
  agt: 8,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  nop: 11,
  des: 12,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): CellResult<string> {
  return isCalendarDate(year, month, day) ? ok(`${year}-${pad(month)}-${pad(day)}`) : fail('date');
}

/** Days from 1899-12-30, the day spreadsheets count their date serials from. */
function fromSerial(serial: number): CellResult<string> {
  if (serial < 1 || serial > 80000) return fail('date');
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return ok(date.toISOString().slice(0, 10));
}

/** Reads the date formats exports use; null when the text is none of them. */
function parseDateText(text: string): CellResult<string> {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const words = /^(\d{1,2})[\s-]+([a-z]+)[\s-]+(\d{4})$/i.exec(text);
  if (words) {
    const month = MONTHS[(words[2] ?? '').slice(0, 3).toLowerCase()];
    return month ? isoDate(Number(words[3]), month, Number(words[1])) : fail('date');
  }
  if (/^\d{1,5}(\.\d+)?$/.test(text)) return fromSerial(Number(text));
  return fail('date');
}

/**
 * A birth date as exports write it: `1990-08-17`, `17-08-1990`, `17/08/1990`, `17 Agustus 1990`,
 * or a spreadsheet's day serial. Dates are day first, as Indonesian forms write them.
 */
export function readDate(cell: string, today: Date): CellResult<string | null> {
  const text = cell.trim();
  if (!text) return ok(null);
  const result = parseDateText(text);
  if (result.ok && result.value > today.toISOString().slice(0, 10)) return fail('date_future');
  return result;
}

/** Sex: L/P, Laki-laki/Perempuan, 1/2 (BPS coding), male/female. */
export function readSex(cell: string): CellResult<'male' | 'female' | null> {
  const text = cell.trim().toLowerCase();
  if (!text) return ok(null);
  if (['l', 'lk', 'laki-laki', 'laki laki', 'pria', '1', 'male', 'm'].includes(text)) return ok('male');
  if (['p', 'pr', 'perempuan', 'wanita', '2', 'female', 'f'].includes(text)) return ok('female');
  return fail('sex');
}

/** Relation to the head of the family (SHDK), as codes 1-8 (BPS) or words. */
export const RELATIONS = [
  'head',
  'spouse',
  'child',
  'child_in_law',
  'grandchild',
  'parent',
  'household_helper',
  'other',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_LABELS: Record<Relation, string> = {
  head: 'Kepala keluarga',
  spouse: 'Istri/suami',
  child: 'Anak',
  child_in_law: 'Menantu',
  grandchild: 'Cucu',
  parent: 'Orang tua/mertua',
  household_helper: 'Pembantu rumah tangga',
  other: 'Lainnya',
};

const RELATION_WORDS: [RegExp, Relation][] = [
  [/^kepala/, 'head'],
  [/^(istri|isteri|suami)/, 'spouse'],
  [/^menantu/, 'child_in_law'],
  [/^anak/, 'child'],
  [/^cucu/, 'grandchild'],
  [/^(orang ?tua|ortu|mertua|ayah|ibu)/, 'parent'],
  [/^pembantu/, 'household_helper'],
  [/^(famili|lain)/, 'other'],
];

export function readRelation(cell: string): CellResult<Relation | null> {
  const text = cell.trim().toLowerCase();
  if (!text) return ok(null);
  const code = Number(text);
  if (Number.isInteger(code) && code >= 1 && code <= 8) return ok(RELATIONS[code - 1] ?? 'other');
  const found = RELATION_WORDS.find(([pattern]) => pattern.test(text));
  return found ? ok(found[1]) : fail('relation');
}

/** A programme flag: 1/0, Y/T, Ya/Tidak, true/false; blank is "not a recipient". */
export function readFlag(cell: string): CellResult<boolean> {
  const text = cell.trim().toLowerCase();
  if (['', '0', 't', 'n', 'no', 'tidak', 'false', '-', 'bukan'].includes(text)) return ok(false);
  if (['1', 'y', 'ya', 'yes', 'true', 'penerima', 'aktif'].includes(text)) return ok(true);
  return fail('flag');
}

/** DTSEN's welfare decile, 1 (poorest) to 10. */
export function readDecile(cell: string): CellResult<number | null> {
  const text = cell.trim();
  if (!text) return ok(null);
  const decile = Number(text);
  return Number.isInteger(decile) && decile >= 1 && decile <= 10 ? ok(decile) : fail('decile');
}

/** A full village code, dotted (`14.72.01.1001`) or as 10 digits, in the dotted form. */
export function readRegionCode(cell: string): CellResult<string> {
  const digits = cell.trim().replace(/[.\s]/g, '');
  if (!/^\d{10}$/.test(digits)) return fail('region_format');
  return ok(`${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`);
}

/**
 * The village code from four columns. Exports write each part alone (`72`) or with its parents
 * (`1472`); both read the same.
 */
export function readRegionParts(parts: readonly [string, string, string, string]): CellResult<string> {
  const own = [2, 2, 2, 4];
  let digits = '';
  for (const [i, part] of parts.entries()) {
    const value = part.trim().replace(/[.\s]/g, '');
    const length = own[i] ?? 0;
    const full = digits.length + length;
    if (value.length === full && value.startsWith(digits) && /^\d+$/.test(value)) digits = value;
    else if (/^\d+$/.test(value) && value.length <= length) digits += value.padStart(length, '0');
    else return fail('region_format');
  }
  return readRegionCode(digits);
}
