/** The public verification page's text: it ships with the public site (`letterVerify`), not the staff app. */
export const letterVerifyId = {
  title: 'Verifikasi Surat',
  intro: 'Keaslian surat yang diterbitkan dinas sosial melalui Satu Atap.',
  valid: 'Surat SAH',
  revoked: 'Surat DICABUT',
  pending: 'Surat belum ditandatangani',
  void: 'Surat dibatalkan',
  number: 'Nomor',
  date: 'Tanggal',
  type: 'Jenis',
  office: 'Diterbitkan oleh',
  person: 'Atas nama',
  signedBy: 'Ditandatangani',
  notFound: 'Surat dengan kode ini tidak ditemukan. Periksa kembali tautan atau kode QR.',
};

export const letterVerifyEn: typeof letterVerifyId = {
  title: 'Letter Verification',
  intro: 'Authenticity of a letter issued by a social affairs office through Satu Atap.',
  valid: 'VALID letter',
  revoked: 'REVOKED letter',
  pending: 'Letter not signed yet',
  void: 'Letter cancelled',
  number: 'Number',
  date: 'Date',
  type: 'Type',
  office: 'Issued by',
  person: 'For',
  signedBy: 'Signed',
  notFound: 'No letter has this code. Check the link or the QR code.',
};
