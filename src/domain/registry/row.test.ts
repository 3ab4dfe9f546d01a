import { describe, expect, it } from 'vitest';
import { resolveColumns, ZColumnMapping } from './fields';
import { DuplicateNikGuard, type RowContext, readRegistryRow } from './row';

const districts = new Set(['14.72.01', '14.72.02', '14.71.01', '13.10.01']);
const villages = new Set(['14.72.01.1001', '14.72.02.1003', '14.71.01.1001']);
const ctx: RowContext = {
  districtExists: (c) => districts.has(c),
  villageExists: (c) => villages.has(c),
  regencyCode: '14.72',
  today: new Date('2026-11-26T00:00:00Z'),
};

const HEADERS = [
  'IDDTKS',
  'NOKK',
  'NIK',
  'NAMA',
  'TMPT_LHR',
  'TGL_LHR',
  'JNS_KEL',
  'HUB_KEL',
  'ALAMAT',
  'KDPROP',
  'KDKAB',
  'KDKEC',
  'KDDESA',
  'PKH',
  'BPNT',
  'PBI',
  'BLT',
  'DESIL',
];
const GOOD = [
  'D-0001',
  '1472010503150007',
  '1472011708900001',
  'Siti Aminah',
  'Dumai',
  '17-08-1990',
  'P',
  '2',
  'Jl. Merdeka 1',
  '14',
  '72',
  '01',
  '1001',
  '1',
  '0',
  'Ya',
  '',
  '3',
];

function columns(headers = HEADERS, mapping = {}) {
  const resolved = resolveColumns(headers, mapping);
  if (!resolved.ok) throw new Error(resolved.message);
  return resolved;
}

function row(changes: Record<string, string | number | Date>) {
  const cells: (string | number | Date)[] = [...GOOD];
  for (const [header, value] of Object.entries(changes)) cells[HEADERS.indexOf(header)] = value;
  return readRegistryRow(cells, columns(), 7, ctx);
}

describe('reading a registry row', () => {
  it('reads a good SIKS-NG row with default column names', () => {
    expect(row({})).toEqual({
      ok: true,
      record: {
        householdRef: 'D-0001',
        kk: '1472010503150007',
        nik: '1472011708900001',
        name: 'Siti Aminah',
        birthPlace: 'Dumai',
        birthDate: '1990-08-17',
        sex: 'female',
        relation: 'spouse',
        address: 'Jl. Merdeka 1',
        villageCode: '14.72.01.1001',
        programmes: { pkh: true, bpnt: false, pbiJkn: true, blt: false },
        decile: 3,
      },
    });
  });

  it('refuses a NIK a spreadsheet turned into 1.31E+15, naming line, column and reason', () => {
    const result = row({ NIK: '1.31E+15' });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ line: 7, column: 'NIK', field: 'nik', reason: 'nik_scientific' })],
    });
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/notasi ilmiah/);
  });

  it('refuses a NIK kept as a number that lost its 16th digit, accepts an exact one', () => {
    expect(row({ NIK: 1472011708900000 })).toMatchObject({
      ok: false,
      errors: [{ reason: 'nik_precision' }],
    });
    expect(row({ NIK: 1472011708900001 })).toMatchObject({ ok: true, record: { nik: '1472011708900001' } });
  });

  it.each([
    ['147201170890001', 'nik_format'],
    ['9999011708900001', 'nik_district'],
    ['1472013208900001', 'nik_birth_date'],
    ['', 'required'],
  ])('refuses the NIK %j (%s)', (nik, reason) => {
    expect(row({ NIK: nik })).toMatchObject({ ok: false, errors: [{ field: 'nik', reason }] });
  });

  it('reports every faulty cell of a row, not only the first', () => {
    const result = row({
      NOKK: '1,47E+15',
      TGL_LHR: '31-02-1990',
      JNS_KEL: 'X',
      DESIL: '11',
      PKH: 'mungkin',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.reason)).toEqual(['kk_scientific', 'date', 'sex', 'flag', 'decile']);
  });

  it('refuses an unknown village and a village of another city', () => {
    expect(row({ KDDESA: '9999' })).toMatchObject({
      ok: false,
      errors: [{ reason: 'region_unknown', column: 'KDDESA' }],
    });
    expect(row({ KDKAB: '71' })).toMatchObject({ ok: false, errors: [{ reason: 'region_outside' }] });
  });

  it('reads region parts written with their parents, and a full code column', () => {
    expect(row({ KDKAB: '1472', KDKEC: '147201', KDDESA: '1472011001' })).toMatchObject({ ok: true });
    const headers = ['NIK', 'NO KK', 'Nama Lengkap', 'Kode Wilayah'];
    const resolved = columns(headers);
    const result = readRegistryRow(
      ['1472011708900001', '1472010503150007', 'Budi', '1472021003'],
      resolved,
      2,
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      record: { villageCode: '14.72.02.1003', householdRef: '1472010503150007', decile: null },
    });
  });

  it('reads dates as exports write them', () => {
    for (const date of ['1990-08-17', '17/08/1990', '17 Agustus 1990', '33102', new Date('1990-08-17')])
      expect(row({ TGL_LHR: date })).toMatchObject({ ok: true, record: { birthDate: '1990-08-17' } });
    expect(row({ TGL_LHR: '17-08-2030' })).toMatchObject({ ok: false, errors: [{ reason: 'date_future' }] });
  });

  it('reads relations as BPS codes and as words', () => {
    expect(row({ HUB_KEL: '1' })).toMatchObject({ record: { relation: 'head' } });
    expect(row({ HUB_KEL: 'Kepala Keluarga' })).toMatchObject({ record: { relation: 'head' } });
    expect(row({ HUB_KEL: 'Menantu' })).toMatchObject({ record: { relation: 'child_in_law' } });
    expect(row({ HUB_KEL: 'tetangga' })).toMatchObject({ ok: false, errors: [{ reason: 'relation' }] });
  });
});

describe('duplicates in a file', () => {
  it('loads the first row of a NIK and refuses the next, naming the first line', () => {
    const guard = new DuplicateNikGuard();
    const first = row({});
    if (!first.ok) throw new Error('expected a good row');
    expect(guard.check(first.record, 2, 'NIK')).toBeNull();
    expect(guard.check(first.record, 9, 'NIK')).toMatchObject({
      line: 9,
      reason: 'duplicate',
      message: expect.stringContaining('baris 2'),
    });
  });
});

describe('column mapping', () => {
  it("uses the office's mapping before the common names", () => {
    const resolved = resolveColumns(['No Induk', 'No Kartu Keluarga', 'Nama', 'Kode Wilayah'], {
      nik: 'No Induk',
      kk: 'no kartu keluarga',
    });
    expect(resolved).toMatchObject({ ok: true, index: { nik: 0, kk: 1, name: 2, regionCode: 3 } });
  });

  it('names the required columns it cannot find', () => {
    const resolved = resolveColumns(['NAMA', 'ALAMAT']);
    expect(resolved).toMatchObject({ ok: false, missing: ['nik', 'kk', 'regionCode'] });
    if (!resolved.ok) expect(resolved.message).toContain('NIK, Nomor KK');
  });

  it('refuses one column mapped to two fields', () => {
    const parsed = ZColumnMapping.safeParse({ nik: 'NIK', kk: 'nik' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['kk']);
  });
});
