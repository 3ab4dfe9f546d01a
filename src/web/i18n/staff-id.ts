import { casesId } from '../features/cases/messages';
import { catalogueAdminId } from '../features/catalogue-admin/messages';
import { dashboardId } from '../features/dashboard/messages';
import { guestBookId } from '../features/guest-book/messages';
import { lettersId } from '../features/letters/messages';
import { monitoringId } from '../features/monitoring/messages';
import { officeSettingsId } from '../features/office-settings/messages';
import { outboxId } from '../features/outbox/messages';
import { ppksMapId } from '../features/ppks-map/messages';
import { ppksRegisterId } from '../features/ppks-register/messages';
import { privacyId } from '../features/privacy/messages';
import { registryId } from '../features/registry/messages';
import { staffIntakeId } from '../features/staff-intake/messages';
import { staffNotificationsId } from '../features/staff-notifications/messages';
import { surveyId } from '../features/survey/messages';
import { skmId } from '../features/survey/skm-messages';
import { contactMessagesId } from '../features/users/contact-messages';

/** Bahasa Indonesia for the staff pages: loaded with the staff app (see staff-messages.ts). */
export const idStaff = {
  users: {
    title: 'Pengguna',
    intro: 'Akun petugas {{office}}.',
    add: 'Tambah pengguna',
    search: 'Cari pengguna',
    count: 'Jumlah pengguna: {{count}}',
    empty: 'Tidak ada pengguna yang cocok.',
    you: 'Anda',
    locked: 'Terkunci',
    lockedUntil: 'sampai {{time}}',
    lockedForReset: 'Hanya dibuka oleh administrator',
    slowedDown: 'Ditahan sementara',
    unlock: 'Buka kunci',
    unlockTitle: 'Buka kunci {{username}}',
    unlockConfirm:
      'Akun {{name}} dikunci atau ditahan karena percobaan masuk yang gagal berulang kali. Setelah dibuka, ia masuk dengan kata sandinya sendiri. Bila kata sandinya mungkin diketahui orang lain, pilih Atur ulang kata sandi.',
    unlocked: 'Kunci akun {{username}} dibuka.',
    never: 'Belum pernah',
    columns: {
      username: 'Nama pengguna',
      fullName: 'Nama lengkap',
      role: 'Peran',
      district: 'Kecamatan',
      status: 'Status',
      lastLogin: 'Terakhir masuk',
      actions: 'Tindakan',
    },
    edit: 'Ubah data',
    deactivate: 'Nonaktifkan',
    activate: 'Aktifkan',
    resetPassword: 'Atur ulang kata sandi',
    createTitle: 'Tambah pengguna',
    editTitle: 'Ubah pengguna {{username}}',
    resetTitle: 'Atur ulang kata sandi {{username}}',
    toggleTitle: 'Ubah status {{username}}',
    fields: {
      username: 'Nama pengguna',
      fullName: 'Nama lengkap',
      role: 'Peran',
      district: 'Kecamatan',
      partnerName: 'Nama mitra / pilar sosial',
      password: 'Kata sandi sementara',
    },
    districtRequired: 'Operator kecamatan wajib memilih kecamatan',
    districtPlaceholder: 'Pilih kecamatan',
    rolePlaceholder: 'Pilih peran',
    usernameHint: 'Huruf kecil, angka, titik, garis bawah atau strip.',
    temporaryPasswordHint: 'Sampaikan kepada pengguna; ia wajib menggantinya saat pertama masuk.',
    generatePassword: 'Buat kata sandi acak',
    resetNotice:
      'Pengguna keluar dari semua perangkat, kunci akunnya dibuka, dan ia wajib mengganti kata sandi saat masuk.',
    deactivateConfirm: '{{name}} langsung keluar dan tidak dapat masuk sampai diaktifkan kembali.',
    activateConfirm: '{{name}} dapat masuk kembali dengan kata sandinya.',
    created: 'Pengguna {{username}} dibuat.',
    saved: 'Perubahan pada {{username}} disimpan.',
    passwordReset: 'Kata sandi {{username}} diatur ulang.',
    deactivated: '{{username}} dinonaktifkan.',
    activated: '{{username}} diaktifkan.',
  },
  audit: {
    title: 'Log Audit',
    intro: 'Catatan setiap perubahan data di {{office}}, terbaru di atas.',
    filtersHeading: 'Saring catatan',
    action: 'Tindakan',
    actionHint: 'Awal kode tindakan, misalnya user. atau auth.login',
    actor: 'Pelaku (nama pengguna)',
    actorHint: 'Nama pengguna lengkap, misalnya dumai.admin',
    targetType: 'Jenis data',
    targetTypeHint: 'Misalnya user atau district_unit',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    apply: 'Terapkan',
    reset: 'Hapus saringan',
    count: 'Jumlah catatan: {{count}}',
    empty: 'Tidak ada catatan yang cocok.',
    withheld: 'Tentang laporan yang tidak dapat Anda buka: data dan rinciannya disembunyikan.',
    columns: {
      at: 'Waktu',
      actor: 'Pelaku',
      action: 'Tindakan',
      target: 'Data',
      ip: 'Alamat IP',
      details: 'Rincian',
    },
    system: 'Sistem',
    showDetails: 'Lihat rincian',
    hideDetails: 'Sembunyikan rincian',
    changes: 'Yang berubah',
    before: 'Sebelum',
    after: 'Sesudah',
    noValue: '(tidak ada)',
    pagination: 'Halaman log audit',
    page: 'Halaman {{page}}',
    previousPage: 'Halaman sebelumnya',
    nextPage: 'Halaman berikutnya',
    firstPage: 'Halaman pertama',
    lastPage: 'Halaman terakhir',
  },
  districtUnits: {
    title: 'Unit Kecamatan',
    intro: 'Unit layanan sosial di tiap kecamatan wilayah {{office}}.',
    introOwn: 'Unit layanan kecamatan tempat Anda bertugas.',
    count: 'Jumlah unit: {{count}}',
    empty: 'Belum ada unit kecamatan.',
    columns: {
      district: 'Kecamatan',
      name: 'Nama unit',
      address: 'Alamat',
      phone: 'Telepon',
      status: 'Status',
      actions: 'Tindakan',
    },
    fields: {
      name: 'Nama unit',
      address: 'Alamat',
      phone: 'Telepon',
      active: 'Unit aktif melayani',
    },
    edit: 'Ubah',
    editFor: 'Ubah unit {{district}}',
    editTitle: 'Ubah unit Kecamatan {{district}}',
    saved: 'Unit Kecamatan {{district}} disimpan.',
  },
  officeSettings: officeSettingsId,
  catalogueAdmin: catalogueAdminId,
  guestBook: guestBookId,
  outbox: outboxId,
  staffIntake: staffIntakeId,
  cases: casesId,
  registry: registryId,
  letters: lettersId,
  monitoring: monitoringId,
  dashboard: dashboardId,
  ppksRegister: ppksRegisterId,
  ppksMap: ppksMapId,
  survey: surveyId,
  skm: skmId,
  staffNotifications: staffNotificationsId,
  usersContact: contactMessagesId,
  privacy: privacyId,
  // Merged into the shell's `staff` messages (id.ts) when the staff app loads: the menu entry.
  staff: {
    nav: { notifications: 'Notifikasi', privacy: 'Privasi Data' },
    navDescriptions: {
      notifications: 'Penugasan, rujukan, tenggat dan eskalasi untuk Anda.',
      privacy: 'Siapa melihat data seseorang, penghapusan data atas permintaan (UU PDP), masa simpan.',
    },
  },
};
