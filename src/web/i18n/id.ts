import { ROLE_LABELS } from '../../domain/auth/roles';
import { letterVerifyId } from '../features/letters/verify-messages';
import { publicCatalogueId } from '../features/public-catalogue/messages';
import { publicReportId } from '../features/public-report/messages';
import { publicTrackingId } from '../features/public-tracking/messages';
import { publicTransparencyId } from '../features/public-transparency/messages';
import type { idStaff } from './staff-id';

/**
 * Bahasa Indonesia, the default language and the source of every key: what the public pages need.
 * The staff pages' messages are in staff-id.ts and come with the staff app's chunk, so a citizen's
 * phone never downloads them.
 */
export const idPublic = {
  app: {
    name: 'Satu Atap',
    tagline: 'Layanan sosial dan pengaduan satu pintu',
    skipToContent: 'Langsung ke konten utama',
    footer: 'Satu Atap · layanan sosial dan pengaduan Dinas Sosial',
    version: 'Versi {{version}}',
  },
  language: {
    switchTo: 'English',
  },
  demo: {
    banner: 'Mode demo: data contoh, bukan data asli.',
  },
  common: {
    loading: 'Memuat…',
    retry: 'Coba lagi',
    save: 'Simpan',
    cancel: 'Batal',
    close: 'Tutup',
    active: 'Aktif',
    inactive: 'Nonaktif',
    empty: '—',
    errorTitle: 'Terjadi masalah',
    successTitle: 'Berhasil',
  },
  errors: {
    pageTitle: 'Halaman gagal dimuat',
    page: 'Bagian aplikasi ini tidak dapat dimuat, mungkin karena koneksi terputus atau ada versi baru.',
    reload: 'Muat ulang halaman',
    network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.',
    unexpected: 'Server memberi jawaban yang tidak dikenali. Silakan coba lagi nanti.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.',
    officeBody: 'Kami tidak menemukan dinas sosial dengan alamat “{{slug}}”. Periksa kembali alamatnya.',
    backHome: 'Lihat daftar dinas sosial',
  },
  publicOffices: {
    listTitle: 'Layanan Sosial Satu Atap',
    listIntro:
      'Layanan sosial dan pengaduan dinas sosial kabupaten/kota dalam satu pintu. Pilih dinas sosial di daerah Anda.',
    listHeading: 'Dinas sosial',
    empty: 'Belum ada dinas sosial yang terdaftar.',
    programme: 'Program: {{name}}',
    backToList: 'Semua dinas sosial',
    comingSoonTitle: 'Layanan daring segera hadir',
    comingSoon:
      'Pengaduan dan permohonan layanan secara daring sedang disiapkan. Untuk sementara, silakan datang ke kantor dinas sosial.',
    contactHeading: 'Kontak',
    address: 'Alamat',
    phone: 'Telepon',
    email: 'Surel',
    website: 'Situs web',
    divisionsHeading: 'Bidang',
    noDivisions: 'Daftar bidang belum tersedia.',
    officialsHeading: 'Pejabat',
    officialVacant: 'Belum diisi',
    staffHeading: 'Untuk petugas',
    staffIntro: 'Petugas dinas masuk untuk menangani layanan dan pengaduan.',
    staffLogin: 'Masuk petugas',
  },
  auth: {
    loginTitle: 'Masuk Petugas',
    loginIntro: 'Masuk dengan akun dari administrator dinas Anda.',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    demoHintTitle: 'Akun demo',
    demoUsername: 'Nama pengguna:',
    demoExample: 'misalnya',
    demoPassword: 'Kata sandi:',
    demoPattern: '<dinas>.<peran>',
    sessionExpired: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    backToPublic: 'Kembali ke situs publik',
    logout: 'Keluar',
    passwordTitle: 'Ganti Kata Sandi',
    forcedNotice: 'Demi keamanan, ganti kata sandi sementara Anda sebelum melanjutkan.',
    currentPassword: 'Kata sandi lama',
    newPassword: 'Kata sandi baru',
    confirmPassword: 'Ulangi kata sandi baru',
    confirmMismatch: 'Kata sandi baru tidak sama',
    passwordHint: 'Minimal {{min}} karakter. Gabungan beberapa kata mudah diingat dan sulit ditebak.',
    passwordChanged: 'Kata sandi berhasil diganti.',
    submitPassword: 'Ganti kata sandi',
  },
  roles: ROLE_LABELS,
  staff: {
    navLabel: 'Navigasi petugas',
    openNavigation: 'Buka menu navigasi',
    closeNavigation: 'Tutup menu navigasi',
    signedInAs: 'Masuk sebagai',
    nav: {
      home: 'Beranda',
      dashboard: 'Dasbor Kinerja',
      intake: 'Catat laporan',
      cases: 'Kotak masuk kasus',
      workload: 'Beban kerja',
      referrals: 'Rujukan',
      catalogue: 'Katalog Layanan',
      users: 'Pengguna',
      audit: 'Log Audit',
      districtUnits: 'Unit Kecamatan',
      settings: 'Pengaturan Dinas',
      guestBook: 'Buku Tamu',
      outbox: 'Kotak Keluar',
      registryCheck: 'Cek DTKS',
      letters: 'Surat Rekomendasi',
      letterTemplates: 'Templat Surat',
      register: 'Register PPKS',
      ppksMap: 'Peta PPKS',
      registryProposals: 'Usulan DTKS',
      registryImport: 'Impor DTKS',
      surveyDesk: 'Survei Kepuasan',
      ikm: 'Indeks Kepuasan (IKM)',
      password: 'Ganti Kata Sandi',
    },
    navDescriptions: {
      home: 'Ringkasan akun Anda.',
      dashboard: 'Lihat kasus masuk, selesai, tepat waktu, tunggakan, beban kerja dan indikator kinerja.',
      intake: 'Catat laporan dari tamu, telepon, pesan, jemput bola, surat instansi atau SP4N-LAPOR!',
      cases: 'Tangani layanan dan pengaduan: verifikasi, asesmen, rujukan, sampai selesai.',
      workload: 'Lihat beban kerja setiap petugas dan pindahkan kasus bila perlu.',
      referrals: 'Terima, tolak dan laporkan hasil rujukan kasus.',
      catalogue: 'Lihat standar pelayanan setiap layanan dan pengaduan; administrator dapat mengubahnya.',
      users: 'Tambah akun petugas, ubah peran, nonaktifkan, atur ulang kata sandi.',
      audit: 'Telusuri siapa mengubah apa, dan kapan.',
      districtUnits: 'Lihat unit layanan kecamatan dan data kontaknya.',
      settings: 'Kop surat, pejabat, bidang, jam kerja dan hari libur dinas.',
      guestBook: 'Catat tamu yang datang hari ini dan mulai laporan dari buku tamu.',
      outbox:
        'Pantau pemberitahuan WhatsApp, SMS dan email: menunggu, terkirim, gagal; coba lagi atau kirim manual.',
      registryCheck: 'Cek warga di DTKS dengan NIK, KK atau nama, lalu terapkan aturan rekomendasi.',
      letters: 'Setujui, tandatangani dan lihat surat rekomendasi.',
      letterTemplates: 'Ubah kata-kata, format nomor dan rantai persetujuan surat rekomendasi.',
      register:
        'Cari orang di register PPKS: identitas, foto, jenis PPKS dari waktu ke waktu, kasus dan bantuan.',
      ppksMap: 'Lihat sebaran PPKS dan kasus di peta dan tabel per kecamatan, desa, jenis dan status.',
      registryProposals: 'Ikuti usulan DTKS: berkas, PSM, Musyawarah Kelurahan, SIKS-NG, validasi akhir.',
      registryImport: 'Muat ekspor DTKS/DTSEN dan lihat riwayat impor.',
      surveyDesk: 'Catat jawaban survei kepuasan masyarakat dari loket (kertas atau tablet).',
      ikm: 'Lihat Indeks Kepuasan Masyarakat per layanan, per unsur dan per bulan.',
      password: 'Ganti kata sandi akun Anda.',
    },
    welcome: 'Selamat datang, {{name}}',
    profileHeading: 'Akun Anda',
    yourRole: 'Peran',
    yourOffice: 'Kantor',
    yourDistrict: 'Kecamatan',
    yourUsername: 'Nama pengguna',
    whatYouCanDo: 'Yang dapat Anda lakukan',
    forbiddenTitle: 'Akses tidak diizinkan',
    forbiddenBody: 'Halaman ini tidak tersedia untuk peran Anda.',
    backHome: 'Kembali ke beranda',
  },
  publicCatalogue: publicCatalogueId,
  publicReport: publicReportId,
  publicTracking: publicTrackingId,
  publicTransparency: publicTransparencyId,
  letterVerify: letterVerifyId,
};

/** Every key of the app: the public ones above, and the staff pages' (loaded with the staff app). */
export type AllMessages = typeof idPublic & typeof idStaff;
/** The shape every language must fill: the same keys as Indonesian, any string as value. */
export type PublicMessages = MessageShape<typeof idPublic>;
export type StaffMessages = MessageShape<typeof idStaff>;
type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };
