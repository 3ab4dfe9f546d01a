/**
 * The community satisfaction index (IKM) of PermenPAN-RB 14/2017: the 9 SKM elements scored 1-4,
 * each element's average (NRR) weighted equally, the weighted sum times 25 gives 25-100, read
 * against the regulation's grade bands.
 *
 * The weight is exactly 1/9. The regulation defines it as "jumlah bobot / jumlah unsur" = 1/9 and
 * prints it rounded (0,11; spreadsheets often use 0,111); the rounded weight would make a perfect
 * score 99.90 instead of the scale's 100 and can drop an index on a band edge to the grade below
 * (88.31 becomes 88.22, a B), so the exact fraction is used and the index alone is rounded.
 */
export const SKM_ELEMENTS = [
  'requirements',
  'procedure',
  'time',
  'cost',
  'product',
  'competence',
  'behaviour',
  'complaints',
  'facilities',
] as const;
export type SkmElement = (typeof SKM_ELEMENTS)[number];
export type SkmScores = Record<SkmElement, number>;

export type IkmGrade = { grade: 'A' | 'B' | 'C' | 'D'; label: string };

/** Sums per element over a set of answers, as SQL hands them back, so no answer list is needed. */
export type SkmTotals = { respondents: number; sums: SkmScores };

export type IkmResult = {
  respondents: number;
  /** Average score (1-4) per element: the regulation's NRR. */
  elementAverages: SkmScores;
  /** The index on the 25-100 scale, rounded to two decimals, and its grade. */
  index: number;
  grade: IkmGrade;
};

const BANDS: { from: number; grade: IkmGrade }[] = [
  { from: 88.31, grade: { grade: 'A', label: 'Sangat Baik' } },
  { from: 76.61, grade: { grade: 'B', label: 'Baik' } },
  { from: 65.0, grade: { grade: 'C', label: 'Kurang Baik' } },
  { from: 25.0, grade: { grade: 'D', label: 'Tidak Baik' } },
];

const LOWEST: IkmGrade = { grade: 'D', label: 'Tidak Baik' };

export function ikmGrade(index: number): IkmGrade {
  return BANDS.find((b) => index >= b.from)?.grade ?? LOWEST;
}

/** The regulation's conversion from the 1-4 scale to 25-100. */
export const IKM_SCALE = 25;

/**
 * The IKM of a set of answers; null when nobody answered. The index is 25 × Σ NRR / 9, computed as
 * one integer fraction (25 × 100 × all scores / (9 × respondents)) and rounded half up to two
 * decimals, so a total that lands exactly on 88.305 reads 88.31 and no float error moves a band edge.
 */
export function computeIkm(totals: SkmTotals): IkmResult | null {
  if (totals.respondents <= 0) return null;
  const elementAverages = Object.fromEntries(
    SKM_ELEMENTS.map((e) => [e, totals.sums[e] / totals.respondents]),
  ) as SkmScores;
  const allScores = SKM_ELEMENTS.reduce((sum, e) => sum + totals.sums[e], 0);
  const hundredths = Math.round((IKM_SCALE * 100 * allScores) / (SKM_ELEMENTS.length * totals.respondents));
  const index = hundredths / 100;
  return { respondents: totals.respondents, elementAverages, index, grade: ikmGrade(index) };
}

/** One element's NRR on the 25-100 scale (NRR × 25), rounded to two decimals, for per-element grades. */
export function elementIndex(average: number): number {
  return Math.round(average * IKM_SCALE * 100) / 100;
}
