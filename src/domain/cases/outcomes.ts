// Plain lists with no zod, so public pages can import them without loading the schema library.

/**
 * Follow-up outcomes of Si-PULAU PANDHA: "Proses tindak lanjut : terminasi/rujukan/reunifikasi yang
 * berupa pelayanan jasa, administrasi maupun barang" (000_32934761c3844c36.txt, BAB IV A.6 and B.7).
 */
export const CASE_OUTCOMES = ['terminasi', 'rujukan', 'reunifikasi'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  terminasi: 'Terminasi',
  rujukan: 'Rujukan',
  reunifikasi: 'Reunifikasi',
};

/** The form the outcome is delivered in ("pelayanan jasa, administrasi maupun barang"). */
export const DELIVERY_FORMS = ['jasa', 'administrasi', 'barang'] as const;
export type DeliveryForm = (typeof DELIVERY_FORMS)[number];

export const DELIVERY_FORM_LABELS: Record<DeliveryForm, string> = {
  jasa: 'Pelayanan jasa',
  administrasi: 'Pelayanan administrasi',
  barang: 'Pelayanan barang',
};
