/**
 * The community satisfaction index (IKM) of PermenPAN-RB 14/2017: the 9 SKM elements scored 1-4,
 * each element's average (NRR) weighted equally (1/9), the weighted sum times 25 gives 25-100,
 * read against the regulation's grade bands.
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

/** The IKM of a set of answers; null when nobody answered. */
export function computeIkm(totals: SkmTotals): IkmResult | null {
  if (totals.respondents <= 0) return null;
  const elementAverages = Object.fromEntries(
    SKM_ELEMENTS.map((e) => [e, totals.sums[e] / totals.respondents]),
  ) as SkmScores;
  const weighted = SKM_ELEMENTS.reduce((sum, e) => sum + elementAverages[e] / SKM_ELEMENTS.length, 0);
  const index = Math.round(weighted * 25 * 100) / 100;
  return { respondents: totals.respondents, elementAverages, index, grade: ikmGrade(index) };
}
