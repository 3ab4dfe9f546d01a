/**
 * The PPKS categories of the Si-PULAU PANDHA intake flowchart (000_32934761c3844c36.txt, "D. Aplikasi"),
 * in its order and words, with every sub-category it lists: 26 categories and "Lainnya".
 */
export interface PpksSubcategory {
  code: string;
  name: string;
}

export interface PpksCategory {
  code: string;
  name: string;
  /** The flowchart's question for the sub-category, when it asks one. */
  subcategoryLabel?: string;
  subcategories?: readonly PpksSubcategory[];
  /** Confidential by default: who the person is must not travel beyond the officers handling it. */
  sensitive: boolean;
}

const DISABILITY_TYPES: readonly PpksSubcategory[] = [
  { code: 'tuna-netra', name: 'Tuna netra (buta)' },
  { code: 'tuna-rungu', name: 'Tuna rungu (tuli)' },
  { code: 'tuna-wicara', name: 'Tuna wicara (bisu)' },
  { code: 'tuna-daksa', name: 'Tuna daksa (fisik)' },
  { code: 'tuna-laras', name: 'Tuna laras / kehilangan keseimbangan (ODGJ)' },
  { code: 'tuna-grahita', name: 'Tuna grahita (keterbelakangan mental)' },
  { code: 'tuna-ganda', name: 'Tuna ganda (kombinasi)' },
];

/** ODGJ (tuna laras) is handled as confidential, like the sensitive categories. */
export const SENSITIVE_SUBCATEGORIES = new Set(['tuna-laras']);

export const PPKS_CATEGORIES: readonly PpksCategory[] = [
  { code: 'anak-balita-terlantar', name: 'Anak balita terlantar', sensitive: false },
  { code: 'anak-terlantar', name: 'Anak terlantar', sensitive: false },
  { code: 'anak-berhadapan-hukum', name: 'Anak yang berhadapan dengan hukum', sensitive: true },
  { code: 'anak-jalanan', name: 'Anak jalanan', sensitive: false },
  {
    code: 'anak-disabilitas',
    name: 'Anak dengan kedisabilitasan',
    subcategoryLabel: 'Jenis disabilitas',
    subcategories: DISABILITY_TYPES,
    sensitive: false,
  },
  {
    code: 'anak-korban-kekerasan',
    name: 'Anak yang menjadi korban tindak kekerasan/diperlakukan salah',
    sensitive: true,
  },
  { code: 'anak-perlindungan-khusus', name: 'Anak yang memerlukan perlindungan khusus', sensitive: true },
  {
    code: 'lansia-terlantar',
    name: 'Lanjut usia terlantar',
    subcategoryLabel: 'Tinggal bersama',
    subcategories: [
      { code: 'tinggal-sendiri', name: 'Tinggal sendiri' },
      { code: 'bersama-pasangan', name: 'Tinggal bersama pasangan' },
      { code: 'bersama-keluarga', name: 'Tinggal bersama keluarga' },
    ],
    sensitive: false,
  },
  {
    code: 'penyandang-disabilitas',
    name: 'Penyandang disabilitas',
    subcategoryLabel: 'Jenis disabilitas',
    subcategories: DISABILITY_TYPES,
    sensitive: false,
  },
  { code: 'eks-tuna-susila', name: 'Eks tuna susila', sensitive: true },
  { code: 'gelandangan', name: 'Gelandangan', sensitive: false },
  { code: 'pengemis', name: 'Pengemis', sensitive: false },
  { code: 'pemulung', name: 'Pemulung', sensitive: false },
  { code: 'kelompok-minoritas', name: 'Kelompok minoritas', sensitive: false },
  {
    code: 'bekas-warga-binaan-lp',
    name: 'Bekas warga binaan lembaga pemasyarakatan',
    sensitive: false,
  },
  { code: 'odha', name: 'Orang dengan HIV/AIDS', sensitive: true },
  {
    code: 'korban-napza',
    name: 'Korban penyalahgunaan NAPZA',
    subcategoryLabel: 'Berapa kali',
    subcategories: [
      { code: 'satu-kali', name: '1 kali' },
      { code: 'lebih-satu-kali', name: 'Lebih dari 1 kali' },
      { code: 'sering', name: 'Sering' },
    ],
    sensitive: true,
  },
  { code: 'korban-trafficking', name: 'Korban trafficking', sensitive: true },
  { code: 'korban-tindak-kekerasan', name: 'Korban tindak kekerasan', sensitive: true },
  { code: 'pekerja-migran-bermasalah', name: 'Pekerja migran bermasalah sosial', sensitive: false },
  { code: 'korban-bencana-alam', name: 'Korban bencana alam', sensitive: false },
  { code: 'korban-bencana-sosial', name: 'Korban bencana sosial', sensitive: false },
  { code: 'perempuan-rawan-sosial-ekonomi', name: 'Perempuan rawan sosial ekonomi', sensitive: false },
  { code: 'keluarga-fakir-miskin', name: 'Keluarga fakir miskin', sensitive: false },
  {
    code: 'keluarga-bermasalah-sosial-psikologis',
    name: 'Keluarga bermasalah sosial psikologis',
    sensitive: false,
  },
  { code: 'komunitas-adat-terpencil', name: 'Komunitas adat terpencil', sensitive: false },
  { code: 'lainnya', name: 'Lainnya', sensitive: false },
];

const byCode = new Map(PPKS_CATEGORIES.map((c) => [c.code, c]));

export function ppksCategory(code: string): PpksCategory | undefined {
  return byCode.get(code);
}

/** Whether a report of this category (and sub-category) is confidential by default. */
export function isSensitivePpks(categoryCode: string, subcategoryCode: string | null): boolean {
  return (
    (byCode.get(categoryCode)?.sensitive ?? false) ||
    (subcategoryCode !== null && SENSITIVE_SUBCATEGORIES.has(subcategoryCode))
  );
}

/** DTKS status as the flowchart asks it. */
export const DTKS_STATUSES = [
  { code: 'masuk', name: 'Masuk' },
  { code: 'tidak-masuk', name: 'Tidak masuk' },
  { code: 'tidak-tahu', name: 'Tidak tahu' },
] as const;

/** "Bantuan yang sudah pernah diterima", with BPJS/PBI's own question (Pusat / Daerah / Tidak tahu). */
export const AID_KINDS = [
  { code: 'pkh', name: 'Program Keluarga Harapan (PKH)' },
  { code: 'bpnt-sembako', name: 'BPNT/Sembako' },
  { code: 'blt', name: 'BLT' },
  { code: 'bpjs-pbi', name: 'BPJS/PBI' },
  { code: 'alat-bantu-disabilitas', name: 'Alat bantu penyandang disabilitas' },
  { code: 'lainnya', name: 'Lainnya' },
  { code: 'belum-pernah', name: 'Belum pernah' },
] as const;

export const PBI_SCHEMES = [
  { code: 'pusat', name: 'Pusat' },
  { code: 'daerah', name: 'Daerah' },
  { code: 'tidak-tahu', name: 'Tidak tahu' },
] as const;

/** Education as the civil registry (Dukcapil) records it on the KK. */
export const EDUCATION_LEVELS = [
  { code: 'tidak-sekolah', name: 'Tidak/belum sekolah' },
  { code: 'belum-tamat-sd', name: 'Belum tamat SD/sederajat' },
  { code: 'sd', name: 'Tamat SD/sederajat' },
  { code: 'smp', name: 'SLTP/sederajat' },
  { code: 'sma', name: 'SLTA/sederajat' },
  { code: 'd1-d2', name: 'Diploma I/II' },
  { code: 'd3', name: 'Akademi/Diploma III/Sarjana Muda' },
  { code: 's1-d4', name: 'Diploma IV/Strata I' },
  { code: 's2', name: 'Strata II' },
  { code: 's3', name: 'Strata III' },
] as const;
