import { KK_MESSAGES, parseKk } from '../identity/kk';
import { NIK_MESSAGES, parseNik } from '../identity/nik';
import { FIELD_LABELS, type RegistryField, type ResolvedColumns } from './fields';
import {
  type CellResult,
  identityFromNumber,
  type Relation,
  readDate,
  readDecile,
  readFlag,
  readIdentityNumber,
  readRegionCode,
  readRegionParts,
  readRelation,
  readSex,
} from './values';

/** One member of a registry household, as a row of the export gives it. */
export interface RegistryRecord {
  /** The export's own id of the household (IDDTKS…); the KK stands in when there is none. */
  householdRef: string;
  kk: string;
  nik: string;
  name: string;
  birthPlace: string | null;
  birthDate: string | null;
  sex: 'male' | 'female' | null;
  relation: Relation | null;
  address: string | null;
  /** Dotted village code, `14.72.01.1001`. */
  villageCode: string;
  programmes: { pkh: boolean; bpnt: boolean; pbiJkn: boolean; blt: boolean };
  decile: number | null;
}

/** A cell as a reader gives it: CSV cells are text, XLSX cells may be numbers or dates. */
export type Cell = string | number | Date | null | undefined;

/** Why a row was refused, by line (1 is the header) and column, in words the administrator can act on. */
export interface RowError {
  line: number;
  column: string;
  field: RegistryField | null;
  reason: string;
  message: string;
}

export interface RowContext {
  districtExists: (districtCode: string) => boolean;
  villageExists: (villageCode: string) => boolean;
  /** The office's regency (`14.72`): a row of another regency is refused. Null accepts any. */
  regencyCode: string | null;
  today: Date;
}

export type RowResult = { ok: true; record: RegistryRecord } | { ok: false; errors: RowError[] };

const MESSAGES: Record<string, string> = {
  required: 'wajib diisi',
  scientific:
    'berubah menjadi notasi ilmiah (mis. 1.31E+15) oleh spreadsheet; digit terakhirnya hilang. Ekspor ulang dengan kolom ini sebagai teks',
  precision:
    'tersimpan sebagai angka di spreadsheet, yang hanya menyimpan 15 digit; simpan kolom ini sebagai teks lalu ekspor ulang',
  date: 'bukan tanggal yang valid (tulis 17-08-1990 atau 1990-08-17)',
  date_future: 'tanggal lahir tidak boleh setelah hari ini',
  sex: 'tulis L atau P',
  relation: 'tidak dikenal (tulis kode 1-8 atau Kepala Keluarga, Istri, Anak, …)',
  flag: 'tulis 1/0 atau Ya/Tidak',
  decile: 'desil harus angka 1 sampai 10',
  region_format: 'kode wilayah harus 10 angka (mis. 1472011001)',
  region_unknown: 'kode wilayah desa/kelurahan tidak dikenal',
  region_outside: 'wilayah berada di luar kabupaten/kota dinas ini',
  name_length: 'nama harus 2 sampai 200 huruf',
};

/** Normalises one cell to text; numbers and dates only where a reader kept them as such. */
function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

interface RowReader {
  cell(field: RegistryField): Cell;
  fail(field: RegistryField, reason: string, message?: string): void;
  errors: RowError[];
}

function rowReader(cells: readonly Cell[], columns: Extract<ResolvedColumns, { ok: true }>, line: number) {
  const errors: RowError[] = [];
  const reader: RowReader = {
    errors,
    cell: (field) => {
      const at = columns.index[field];
      return at === undefined ? null : cells[at];
    },
    fail: (field, reason, message) => {
      const at = columns.index[field];
      const column = at === undefined ? FIELD_LABELS[field] : (columns.headers[at] ?? FIELD_LABELS[field]);
      errors.push({
        line,
        column,
        field,
        reason,
        message: `${FIELD_LABELS[field]}: ${message ?? MESSAGES[reason] ?? reason}`,
      });
    },
  };
  return reader;
}

/** Takes a cell's value when it read well, records the problem otherwise. */
function take<T>(r: RowReader, field: RegistryField, result: CellResult<T>, fallback: T): T {
  if (result.ok) return result.value;
  r.fail(field, result.problem);
  return fallback;
}

function readIdentity(r: RowReader, field: 'nik' | 'kk', ctx: RowContext): string {
  const cell = r.cell(field);
  const raw = typeof cell === 'number' ? identityFromNumber(cell) : readIdentityNumber(text(cell));
  if (!raw.ok) {
    r.fail(field, `${field}_${raw.problem}`, MESSAGES[raw.problem]);
    return '';
  }
  if (!raw.value) {
    r.fail(field, 'required');
    return '';
  }
  const options = { districtExists: ctx.districtExists, today: ctx.today };
  if (field === 'nik') {
    const nik = parseNik(raw.value, options);
    if (!nik.ok) r.fail(field, `nik_${nik.problem}`, NIK_MESSAGES[nik.problem]);
    return nik.ok ? nik.value.nik : '';
  }
  const kk = parseKk(raw.value, options);
  if (!kk.ok) r.fail(field, `kk_${kk.problem}`, KK_MESSAGES[kk.problem]);
  return kk.ok ? kk.value.kk : '';
}

function readVillage(r: RowReader, ctx: RowContext, hasFullCode: boolean): string {
  const field: RegistryField = hasFullCode ? 'regionCode' : 'villageCode';
  const code = hasFullCode
    ? readRegionCode(text(r.cell('regionCode')))
    : readRegionParts([
        text(r.cell('provinceCode')),
        text(r.cell('regencyCode')),
        text(r.cell('districtCode')),
        text(r.cell('villageCode')),
      ]);
  if (!code.ok) {
    r.fail(field, code.problem);
    return '';
  }
  if (!ctx.villageExists(code.value)) r.fail(field, 'region_unknown');
  else if (ctx.regencyCode && !code.value.startsWith(`${ctx.regencyCode}.`)) r.fail(field, 'region_outside');
  return code.value;
}

const optional = (value: string, max: number) => (value ? value.slice(0, max) : null);

/**
 * Checks one row of a registry export and reads it into a record. Every faulty cell is reported,
 * not only the first, so one pass over the report fixes the file.
 */
export function readRegistryRow(
  cells: readonly Cell[],
  columns: Extract<ResolvedColumns, { ok: true }>,
  line: number,
  ctx: RowContext,
): RowResult {
  const r = rowReader(cells, columns, line);
  const nik = readIdentity(r, 'nik', ctx);
  const kk = readIdentity(r, 'kk', ctx);
  const name = text(r.cell('name')).replace(/\s+/g, ' ');
  if (!name) r.fail('name', 'required');
  else if (name.length < 2 || name.length > 200) r.fail('name', 'name_length');
  const birthDate = take(r, 'birthDate', readDate(text(r.cell('birthDate')), ctx.today), null);
  const sex = take(r, 'sex', readSex(text(r.cell('sex'))), null);
  const relation = take(r, 'relation', readRelation(text(r.cell('relation'))), null);
  const villageCode = readVillage(r, ctx, columns.index.regionCode !== undefined);
  const flag = (field: 'pkh' | 'bpnt' | 'pbiJkn' | 'blt') =>
    take(r, field, readFlag(text(r.cell(field))), false);
  const programmes = { pkh: flag('pkh'), bpnt: flag('bpnt'), pbiJkn: flag('pbiJkn'), blt: flag('blt') };
  const decile = take(r, 'decile', readDecile(text(r.cell('decile'))), null);
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return {
    ok: true,
    record: {
      householdRef: optional(text(r.cell('householdRef')), 64) ?? kk,
      kk,
      nik,
      name,
      birthPlace: optional(text(r.cell('birthPlace')), 100),
      birthDate,
      sex,
      relation,
      address: optional(text(r.cell('address')), 300),
      villageCode,
      programmes,
      decile,
    },
  };
}

/**
 * Remembers the NIKs of a file as it is read: the second row with a NIK already seen is refused
 * (the first one loads), naming the line of the first.
 */
export class DuplicateNikGuard {
  private readonly seen = new Map<string, number>();

  check(record: RegistryRecord, line: number, column: string): RowError | null {
    const first = this.seen.get(record.nik);
    if (first === undefined) {
      this.seen.set(record.nik, line);
      return null;
    }
    return {
      line,
      column,
      field: 'nik',
      reason: 'duplicate',
      message: `NIK: sama dengan NIK pada baris ${first}; baris ini dilewati`,
    };
  }
}
