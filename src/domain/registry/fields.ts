import { z } from '../zod';

// The fields of a social registry export (DTKS from SIKS-NG today, DTSEN tomorrow) and how an
// office's file columns map onto them. Plain lists first, so the web can read them cheaply.

/** Every field a registry row can carry, in the order the import page lists them. */
export const REGISTRY_FIELDS = [
  'householdRef',
  'kk',
  'nik',
  'name',
  'birthPlace',
  'birthDate',
  'sex',
  'relation',
  'address',
  'regionCode',
  'provinceCode',
  'regencyCode',
  'districtCode',
  'villageCode',
  'pkh',
  'bpnt',
  'pbiJkn',
  'blt',
  'decile',
] as const;
export type RegistryField = (typeof REGISTRY_FIELDS)[number];

/** Without these a row means nothing: who (NIK, name) and which family (KK). */
export const REQUIRED_FIELDS: readonly RegistryField[] = ['nik', 'kk', 'name'];

/** The village is given either as one full code or as its four parts. */
export const REGION_PART_FIELDS = ['provinceCode', 'regencyCode', 'districtCode', 'villageCode'] as const;

/** Indonesian names of the fields, for the mapping form and the error report. */
export const FIELD_LABELS: Record<RegistryField, string> = {
  householdRef: 'ID rumah tangga / keluarga',
  kk: 'Nomor KK',
  nik: 'NIK',
  name: 'Nama',
  birthPlace: 'Tempat lahir',
  birthDate: 'Tanggal lahir',
  sex: 'Jenis kelamin',
  relation: 'Hubungan dengan kepala keluarga',
  address: 'Alamat',
  regionCode: 'Kode wilayah desa/kelurahan (lengkap)',
  provinceCode: 'Kode provinsi',
  regencyCode: 'Kode kabupaten/kota',
  districtCode: 'Kode kecamatan',
  villageCode: 'Kode desa/kelurahan',
  pkh: 'PKH',
  bpnt: 'BPNT',
  pbiJkn: 'PBI-JKN',
  blt: 'BLT',
  decile: 'Desil',
};

/**
 * Column headers SIKS-NG and DTSEN exports commonly use, compared without case, spaces or
 * punctuation. An office whose file differs saves its own mapping.
 */
export const DEFAULT_ALIASES: Record<RegistryField, readonly string[]> = {
  householdRef: ['IDDTKS', 'ID_DTKS', 'IDKELUARGA', 'ID_KELUARGA', 'IDRUTA', 'ID_RUMAH_TANGGA', 'IDDTSEN'],
  kk: ['NOKK', 'NO_KK', 'KK', 'NOMOR_KK', 'NOMORKK'],
  nik: ['NIK', 'NO_NIK', 'NOMOR_NIK', 'NIK_ART'],
  name: ['NAMA', 'NAMA_ART', 'NAMA_LENGKAP', 'NAME'],
  birthPlace: ['TMPT_LHR', 'TEMPAT_LAHIR', 'TMP_LAHIR', 'TEMPATLAHIR'],
  birthDate: ['TGL_LHR', 'TANGGAL_LAHIR', 'TGL_LAHIR', 'TANGGALLAHIR'],
  sex: ['JNS_KEL', 'JENIS_KELAMIN', 'JK', 'SEX'],
  relation: ['HUB_KEL', 'HUBUNGAN_KELUARGA', 'HUB_KRT', 'HUBUNGAN', 'SHDK'],
  address: ['ALAMAT', 'ALAMAT_LENGKAP'],
  regionCode: ['KODE_WILAYAH', 'KODE_DESA_LENGKAP', 'KODE_KELURAHAN', 'KDWILAYAH'],
  provinceCode: ['KDPROP', 'KD_PROP', 'KODE_PROVINSI', 'KDPROV'],
  regencyCode: ['KDKAB', 'KD_KAB', 'KODE_KABUPATEN', 'KDKOTA'],
  districtCode: ['KDKEC', 'KD_KEC', 'KODE_KECAMATAN'],
  villageCode: ['KDDESA', 'KD_DESA', 'KODE_DESA', 'KDKEL'],
  pkh: ['PKH', 'STATUS_PKH', 'BANSOS_PKH'],
  bpnt: ['BPNT', 'STATUS_BPNT', 'SEMBAKO', 'BANSOS_BPNT'],
  pbiJkn: ['PBI', 'PBI_JKN', 'PBIJKN', 'STATUS_PBI'],
  blt: ['BLT', 'BLT_DD', 'STATUS_BLT'],
  decile: ['DESIL', 'DESIL_NASIONAL', 'DECILE', 'PERINGKAT_DESIL'],
};

/** How headers are compared: `No. KK` and `NO_KK` are the same column. */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** A mapping: registry field → the header of the file column that holds it. */
export const ZColumnMapping = z
  .partialRecord(z.enum(REGISTRY_FIELDS), z.string().trim().min(1).max(100))
  .superRefine((mapping, ctx) => {
    const used = new Map<string, string>();
    for (const [field, header] of Object.entries(mapping)) {
      if (!header) continue;
      const key = headerKey(header);
      const other = used.get(key);
      if (other)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `Kolom "${header}" sudah dipakai untuk ${FIELD_LABELS[other as RegistryField]}`,
        });
      used.set(key, field);
    }
  });
export type TColumnMapping = z.infer<typeof ZColumnMapping>;

/** Column index of each field in a file, once the header row has been read. */
export type ColumnIndex = Partial<Record<RegistryField, number>>;

export type ResolvedColumns =
  | { ok: true; index: ColumnIndex; headers: readonly string[] }
  | { ok: false; missing: RegistryField[]; message: string };

/**
 * Finds each field's column in the header row: the office's mapping first, then the common
 * aliases. Fails, naming them, when a required field or the village code has no column.
 */
export function resolveColumns(headers: readonly string[], mapping: TColumnMapping = {}): ResolvedColumns {
  const positions = new Map(headers.map((h, i) => [headerKey(h), i] as const));
  const index: ColumnIndex = {};
  for (const field of REGISTRY_FIELDS) {
    const mapped = mapping[field];
    const candidates = mapped ? [mapped] : DEFAULT_ALIASES[field];
    for (const candidate of candidates) {
      const at = positions.get(headerKey(candidate));
      if (at !== undefined) {
        index[field] = at;
        break;
      }
    }
  }
  const missing = REQUIRED_FIELDS.filter((f) => index[f] === undefined);
  const hasRegion = index.regionCode !== undefined || REGION_PART_FIELDS.every((f) => index[f] !== undefined);
  if (!hasRegion) missing.push('regionCode');
  if (missing.length === 0) return { ok: true, index, headers };
  return {
    ok: false,
    missing,
    message: `Kolom tidak ditemukan: ${missing.map((f) => FIELD_LABELS[f]).join(', ')}. Atur pemetaan kolom.`,
  };
}
