/** UI text of this feature, Indonesian first; merged into src/web/i18n under `outbox`. */
export const outboxId = {
  title: 'Kotak Keluar Notifikasi',
  intro:
    'Pemberitahuan WhatsApp dan SMS yang dibuat untuk pelapor {{office}}, terbaru di atas. Nomor penerima disamarkan.',
  filterLabel: 'Tampilkan pesan',
  statuses: {
    all: 'Semua',
    pending: 'Menunggu',
    sent: 'Terkirim',
    failed: 'Gagal',
  },
  channels: {
    sms: 'SMS',
    whatsapp: 'WhatsApp',
  },
  templates: {
    caseReceived: 'Laporan diterima',
  },
  columns: {
    createdAt: 'Dibuat',
    recipient: 'Penerima',
    message: 'Pesan',
    status: 'Status',
    ticket: 'Tiket',
  },
  sentAt: 'Terkirim {{time}}',
  trackTicket: 'Lihat perkembangan laporan {{ticket}}',
  count: 'Jumlah pesan: {{count}}',
  empty: 'Belum ada pesan.',
  emptyStatus: 'Tidak ada pesan berstatus “{{status}}”.',
  pagination: 'Halaman kotak keluar',
  page: 'Halaman {{page}}',
  previousPage: 'Halaman sebelumnya',
  nextPage: 'Halaman berikutnya',
  firstPage: 'Halaman pertama',
  lastPage: 'Halaman terakhir',
};

export const outboxEn: typeof outboxId = {
  title: 'Notification Outbox',
  intro:
    'WhatsApp and SMS notices made for the reporters of {{office}}, newest first. Recipients are masked.',
  filterLabel: 'Show messages',
  statuses: {
    all: 'All',
    pending: 'Waiting',
    sent: 'Sent',
    failed: 'Failed',
  },
  channels: {
    sms: 'SMS',
    whatsapp: 'WhatsApp',
  },
  templates: {
    caseReceived: 'Report received',
  },
  columns: {
    createdAt: 'Created',
    recipient: 'Recipient',
    message: 'Message',
    status: 'Status',
    ticket: 'Ticket',
  },
  sentAt: 'Sent {{time}}',
  trackTicket: 'See the progress of report {{ticket}}',
  count: 'Messages: {{count}}',
  empty: 'No messages yet.',
  emptyStatus: 'No messages with status “{{status}}”.',
  pagination: 'Outbox pages',
  page: 'Page {{page}}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  firstPage: 'First page',
  lastPage: 'Last page',
};
