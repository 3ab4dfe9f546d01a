/**
 * Kota Bekasi's performance indicators (004_d7b0e8581f687c6e.txt, lines 80 and 112): "Penanganan
 * Orang Terlantar (anak jalanan, disabilitas, gelandangan pengemis dan lansia), Data Terpadu
 * Kesejahteraan Sosial (DTKS), Bantuan Sosial Tunai dan Rujukan Penanganan Sosial". Each is a set of
 * cases: those of the office's services named here, or of the PPKS categories named here, or (for
 * referrals) those referred to a partner or a social pillar. The mapping is data, per office; the
 * other offices' documents do not name indicators, so theirs follow the same four by analogy.
 * Plain lists (no zod): the staff page imports them.
 */
export const PERFORMANCE_INDICATORS = ['neglected_persons', 'dtks', 'cash_aid', 'social_referrals'] as const;
export type PerformanceIndicator = (typeof PERFORMANCE_INDICATORS)[number];

export const INDICATOR_LABELS: Record<PerformanceIndicator, string> = {
  neglected_persons: 'Penanganan Orang Terlantar',
  dtks: 'Data Terpadu Kesejahteraan Sosial (DTKS)',
  cash_aid: 'Bantuan Sosial Tunai',
  social_referrals: 'Rujukan Penanganan Sosial',
};

export interface IndicatorRule {
  /** Service codes of the office's catalogue. */
  services?: readonly string[];
  /** PPKS category codes (src/domain/intake/ppks.ts). */
  categories?: readonly string[];
  /** Cases with at least one referral. */
  referred?: boolean;
  /** Where the mapping comes from, shown beside the figure. */
  basis: string;
}

export type IndicatorRules = Partial<Record<PerformanceIndicator, IndicatorRule>>;

/** "anak jalanan, disabilitas, gelandangan pengemis dan lansia", with the neglected children beside them. */
export const NEGLECTED_PERSON_CATEGORIES = [
  'anak-balita-terlantar',
  'anak-terlantar',
  'anak-jalanan',
  'anak-disabilitas',
  'penyandang-disabilitas',
  'gelandangan',
  'pengemis',
  'lansia-terlantar',
] as const;

const REFERRALS: IndicatorRule = {
  referred: true,
  basis: 'Kasus yang dirujuk ke instansi mitra atau pilar sosial',
};

/** For an office the table below does not know: categories for neglected persons, and referrals. */
export const DEFAULT_INDICATOR_RULES: IndicatorRules = {
  neglected_persons: {
    categories: NEGLECTED_PERSON_CATEGORIES,
    basis: 'Kategori PPKS anak terlantar/jalanan, disabilitas, gelandangan, pengemis dan lansia terlantar',
  },
  social_referrals: REFERRALS,
};

export const OFFICE_INDICATOR_RULES: Readonly<Record<string, IndicatorRules>> = {
  // The document's own indicators, on its own Plaza Pelayanan Sosial services.
  bekasi: {
    neglected_persons: {
      services: ['pengaduan-orang-terlantar'],
      basis: 'Layanan Pengaduan Orang Terlantar (anak jalanan, disabilitas, gelandangan pengemis dan lansia)',
    },
    dtks: { services: ['dtks'], basis: 'Layanan Data Terpadu Kesejahteraan Sosial (DTKS)' },
    // BPNT and E-warung are non-cash food aid; the social aid service's product includes cash grants.
    cash_aid: {
      services: ['bantuan-sosial'],
      basis:
        'Layanan Bantuan Sosial Perorangan/Kelembagaan (termasuk hibah uang); BPNT non tunai tidak termasuk',
    },
    social_referrals: REFERRALS,
  },
  dumai: {
    neglected_persons: {
      services: [
        'orang-terlantar',
        'lansia-terlantar-lksl',
        'anak-terlantar-panti',
        'disabilitas-fisik',
        'odgj',
      ],
      basis:
        'Standar pelayanan orang terlantar, lansia terlantar, anak terlantar, disabilitas fisik dan ODGJ',
    },
    dtks: {
      services: ['dtks-pengusulan', 'rekom-dtks'],
      basis: 'Standar pelayanan pengusulan DTKS dan pengecekan/rekomendasi DTKS',
    },
    // The KKS card and savings book are how PKH cash aid reaches its recipients.
    cash_aid: {
      services: ['kks-hilang-rusak'],
      basis: 'Standar pelayanan KKS/buku tabungan hilang atau rusak (penyaluran bansos tunai)',
    },
    social_referrals: REFERRALS,
  },
  pekanbaru: {
    dtks: { services: ['dtks-rekomendasi'], basis: 'Standar pelayanan pengecekan dan rekomendasi DTKS' },
    social_referrals: REFERRALS,
  },
  // Si-PULAU PANDHA's services are its channels: the PPKS category tells what a case is about.
  dharmasraya: DEFAULT_INDICATOR_RULES,
};

export function indicatorRulesFor(officeSlug: string): IndicatorRules {
  return OFFICE_INDICATOR_RULES[officeSlug] ?? DEFAULT_INDICATOR_RULES;
}

/** The indicators a case belongs to, as bits in PERFORMANCE_INDICATORS order. */
export function indicatorMask(
  rules: IndicatorRules,
  c: { serviceCode: string | null; ppksCategory: string; referred: boolean },
): number {
  let mask = 0;
  PERFORMANCE_INDICATORS.forEach((code, bit) => {
    const rule = rules[code];
    if (!rule) return;
    const matches =
      (c.serviceCode !== null && (rule.services ?? []).includes(c.serviceCode)) ||
      (rule.categories ?? []).includes(c.ppksCategory) ||
      (rule.referred === true && c.referred);
    if (matches) mask |= 1 << bit;
  });
  return mask;
}

export function indicatorsIn(mask: number): PerformanceIndicator[] {
  return PERFORMANCE_INDICATORS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}
