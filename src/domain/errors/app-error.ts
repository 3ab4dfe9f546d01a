/** Stable error codes with their HTTP status and Indonesian message: the one error model of Satu Atap. */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: 'Data yang dikirim belum benar. Periksa isian yang ditandai.' },
  UNAUTHENTICATED: { status: 401, message: 'Silakan masuk terlebih dahulu.' },
  // One answer for a wrong password, an unknown username, a locked account and a throttled address.
  LOGIN_FAILED: {
    status: 401,
    message: 'Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan. Coba lagi nanti.',
  },
  CSRF_INVALID: { status: 403, message: 'Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.' },
  FORBIDDEN: { status: 403, message: 'Anda tidak berwenang melakukan tindakan ini.' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Ganti kata sandi Anda terlebih dahulu.' },
  NOT_FOUND: { status: 404, message: 'Data tidak ditemukan.' },
  OFFICE_NOT_FOUND: { status: 404, message: 'Kantor dinas tidak ditemukan.' },
  REGION_NOT_FOUND: { status: 404, message: 'Wilayah tidak ditemukan.' },
  USER_NOT_FOUND: { status: 404, message: 'Pengguna tidak ditemukan.' },
  DISTRICT_UNIT_NOT_FOUND: { status: 404, message: 'Unit layanan kecamatan tidak ditemukan.' },
  CASE_NOT_FOUND: { status: 404, message: 'Tiket tidak ditemukan. Periksa kembali nomor tiket Anda.' },
  SERVICE_NOT_FOUND: { status: 404, message: 'Layanan tidak ditemukan.' },
  SERVICE_VERSION_NOT_FOUND: { status: 404, message: 'Versi standar layanan tidak ditemukan.' },
  DIVISION_NOT_FOUND: { status: 404, message: 'Bidang tidak ditemukan.' },
  HOLIDAY_NOT_FOUND: { status: 404, message: 'Hari libur tidak ditemukan.' },
  LOGO_NOT_FOUND: { status: 404, message: 'Logo belum diunggah.' },
  SERVICE_CODE_TAKEN: { status: 409, message: 'Kode layanan sudah dipakai.' },
  DIVISION_CODE_TAKEN: { status: 409, message: 'Kode bidang sudah dipakai.' },
  HOLIDAY_EXISTS: { status: 409, message: 'Tanggal itu sudah tercatat sebagai hari libur.' },
  NOTICE_ACTION_NOT_ALLOWED: {
    status: 409,
    message: 'Tindakan ini tidak dapat dilakukan pada status pesan sekarang.',
  },
  CASE_ACTION_NOT_ALLOWED: {
    status: 409,
    message: 'Tindakan ini tidak dapat dilakukan pada status kasus sekarang.',
  },
  DISPUTE_WINDOW_CLOSED: {
    status: 409,
    message:
      'Batas waktu keberatan sudah lewat: keberatan diajukan paling lambat 14 hari setelah kasus selesai.',
  },
  REFERRAL_ACTION_NOT_ALLOWED: {
    status: 409,
    message: 'Tindakan ini tidak dapat dilakukan pada status rujukan sekarang.',
  },
  LETTER_ACTION_NOT_ALLOWED: {
    status: 409,
    message: 'Tindakan ini tidak dapat dilakukan pada status surat sekarang.',
  },
  LETTER_NOT_APPLICABLE: {
    status: 409,
    message: 'Menurut standar pelayanan, keadaan ini tidak menghasilkan surat rekomendasi.',
  },
  SURVEY_NOT_OPEN: {
    status: 409,
    message: 'Survei kepuasan dapat diisi setelah laporan selesai ditangani.',
  },
  SURVEY_ALREADY_ANSWERED: {
    status: 409,
    message: 'Survei kepuasan untuk tiket ini sudah diisi. Terima kasih atas penilaian Anda.',
  },
  ERASURE_NOT_PENDING: { status: 409, message: 'Permintaan penghapusan ini sudah diputuskan.' },
  ERASURE_ON_HOLD: {
    status: 409,
    message: 'Data belum dapat dihapus: masih ada kasus yang berjalan atau masih dalam masa sanggah.',
  },
  ERASURE_SECOND_OFFICER: {
    status: 403,
    message:
      'Penghapusan harus dikonfirmasi oleh Administrator atau Kepala Dinas lain, bukan yang mencatat permintaan.',
  },
  LOGO_INVALID: { status: 400, message: 'Logo harus berkas PNG, JPEG atau WebP, paling besar 256 KB.' },
  PDF_ACTIVE_CONTENT: {
    status: 400,
    message:
      'PDF ini memuat JavaScript, tindakan otomatis atau berkas sisipan, sehingga tidak dapat diterima. Simpan ulang sebagai PDF biasa (Cetak → Simpan sebagai PDF) atau kirim foto dokumennya.',
  },
  PDF_UNREADABLE: {
    status: 400,
    message:
      'PDF ini tidak dapat diperiksa (rusak, terpotong atau dilindungi kata sandi). Kirim PDF tanpa kata sandi atau foto dokumennya.',
  },
  USERNAME_TAKEN: { status: 409, message: 'Nama pengguna sudah dipakai.' },
  PASSWORD_WRONG: { status: 400, message: 'Kata sandi lama salah.' },
  REGISTRY_CHECK_LIMIT: {
    status: 429,
    message:
      'Batas pemeriksaan data terpadu untuk akun Anda dalam satu jam sudah tercapai. Coba lagi nanti; pemeriksaan di atas batas dicatat dalam log audit.',
  },
  RATE_LIMITED: { status: 429, message: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.' },
  INTERNAL: { status: 500, message: 'Terjadi kesalahan pada server. Silakan coba lagi.' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: 'Layanan sedang tidak dapat mengakses basis data. Coba lagi sebentar lagi.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Field name → Indonesian message, shown beside the input. */
export type FieldErrors = Record<string, string>;

/** The shape every failed API call answers with. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

/** The one error type: a stable code, an HTTP status and a message a citizen can read. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldErrors | undefined;

  constructor(code: ErrorCode, options: { message?: string; fields?: FieldErrors } = {}) {
    super(options.message ?? ERROR_CATALOGUE[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.fields = options.fields;
  }

  toBody(): ErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

/** Shorthand for a 400 that names the faulty fields. */
export function validationError(fields: FieldErrors): AppError {
  return new AppError('VALIDATION_FAILED', { fields });
}
