// Plain lists with no zod, so public pages can import them without loading the schema library.

/**
 * What a submission is about. Only a PPKS report concerns a person in need and enters the PPKS
 * register and map; the others are about the office itself or an institution (issue 17).
 * - ppks_report: the Si-PULAU PANDHA form ("D. Aplikasi"): one person in need (or several, a family
 *   or the victims of a disaster, listed on the case).
 * - service_complaint: a complaint about the office's own service (Dumai standard 12 "Pengaduan":
 *   KTP/KK, identity, phone and the complaint; nothing else).
 * - information_request: a consultation or an urgent information call (Si-PULAU PANDHA C).
 * - opinion: an opinion or a poll answer (Bekasi "Polling Masyarakat").
 * - institution_application: an LKS/yayasan applying (Bekasi c, "Surat Keterangan Terdaftar").
 */
export const SUBMISSION_KINDS = [
  'ppks_report',
  'service_complaint',
  'information_request',
  'opinion',
  'institution_application',
] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export const SUBMISSION_KIND_NAMES: Record<SubmissionKind, string> = {
  ppks_report: 'Laporan PPKS',
  service_complaint: 'Pengaduan layanan',
  information_request: 'Permintaan informasi / konsultasi',
  opinion: 'Pendapat / polling',
  institution_application: 'Permohonan lembaga (LKS/yayasan)',
};

/** Only these enter the PPKS register and map. */
export const isPersonInNeedKind = (kind: SubmissionKind): boolean => kind === 'ppks_report';

/** Sex as the outreach call asks it (Si-PULAU PANDHA A.1 "Jenis Kelamin"). */
export const SEXES = ['laki_laki', 'perempuan'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_NAMES: Record<Sex, string> = { laki_laki: 'Laki-laki', perempuan: 'Perempuan' };

/** Legal forms an applying institution may have (Bekasi c: LKS / yayasan). */
export const INSTITUTION_FORMS = ['lks', 'yayasan', 'perkumpulan', 'lainnya'] as const;
export type InstitutionForm = (typeof INSTITUTION_FORMS)[number];
export const INSTITUTION_FORM_NAMES: Record<InstitutionForm, string> = {
  lks: 'Lembaga Kesejahteraan Sosial (LKS)',
  yayasan: 'Yayasan',
  perkumpulan: 'Perkumpulan',
  lainnya: 'Lainnya',
};
