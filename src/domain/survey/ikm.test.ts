import { describe, expect, it } from 'vitest';
import { computeIkm, elementIndex, ikmGrade, SKM_ELEMENTS, type SkmScores, type SkmTotals } from './ikm';

/** Sums per element of a list of answers, as the SQL of the IKM report hands them over. */
function totalsOf(answers: SkmScores[]): SkmTotals {
  const sums = Object.fromEntries(SKM_ELEMENTS.map((e) => [e, 0])) as SkmScores;
  for (const answer of answers) for (const e of SKM_ELEMENTS) sums[e] += answer[e];
  return { respondents: answers.length, sums };
}

/** An answer from its nine scores, in the order of SKM_ELEMENTS. */
function answer(...scores: number[]): SkmScores {
  return Object.fromEntries(SKM_ELEMENTS.map((e, i) => [e, scores[i]])) as SkmScores;
}

/** Totals for n respondents whose scores add up to `total`, spread over the 9 elements. */
function totalsAddingUpTo(respondents: number, total: number): SkmTotals {
  const base = Math.floor(total / 9);
  const sums = Object.fromEntries(
    SKM_ELEMENTS.map((e, i) => [e, base + (i < total - base * 9 ? 1 : 0)]),
  ) as SkmScores;
  for (const e of SKM_ELEMENTS) expect(sums[e]).toBeGreaterThanOrEqual(respondents);
  for (const e of SKM_ELEMENTS) expect(sums[e]).toBeLessThanOrEqual(respondents * 4);
  return { respondents, sums };
}

describe('the IKM of PermenPAN-RB 14/2017, on worked examples', () => {
  it('four respondents: NRR per element, then 25 × the average NRR, then the grade', () => {
    const answers = [
      answer(4, 3, 3, 4, 3, 4, 4, 3, 3),
      answer(3, 3, 2, 4, 3, 3, 4, 3, 2),
      answer(4, 4, 3, 4, 4, 4, 4, 4, 3),
      answer(3, 2, 2, 4, 3, 3, 3, 2, 3),
    ];
    const result = computeIkm(totalsOf(answers));
    // By hand: requirements (4+3+4+3)/4 = 3.5, procedure 12/4 = 3, time 10/4 = 2.5, cost 16/4 = 4,
    // product 13/4 = 3.25, competence 14/4 = 3.5, behaviour 15/4 = 3.75, complaints 12/4 = 3,
    // facilities 11/4 = 2.75. Σ NRR = 29.25; × 1/9 = 3.25; × 25 = 81.25, grade B (76.61-88.30).
    expect(result?.elementAverages).toEqual({
      requirements: 3.5,
      procedure: 3,
      time: 2.5,
      cost: 4,
      product: 3.25,
      competence: 3.5,
      behaviour: 3.75,
      complaints: 3,
      facilities: 2.75,
    });
    expect(result).toMatchObject({ respondents: 4, index: 81.25, grade: { grade: 'B', label: 'Baik' } });
  });

  it('three respondents whose index needs rounding: 25 × 86/27 = 79.6296… reads 79.63', () => {
    const answers = [
      answer(4, 4, 3, 4, 3, 3, 4, 3, 3),
      answer(3, 3, 3, 4, 3, 3, 3, 3, 3),
      answer(3, 3, 2, 4, 4, 3, 3, 2, 3),
    ];
    // Sums by element: 10, 10, 8, 12, 10, 9, 10, 8, 9 (86 in all). NRR: 3.333, 3.333, 2.667, 4,
    // 3.333, 3, 3.333, 2.667, 3; Σ NRR = 86/3; IKM = 25 × 86/27 = 79.6296…, read 79.63, grade B.
    const result = computeIkm(totalsOf(answers));
    expect(result?.elementAverages.requirements).toBeCloseTo(10 / 3, 10);
    expect(result?.elementAverages.time).toBeCloseTo(8 / 3, 10);
    expect(result).toMatchObject({ respondents: 3, index: 79.63, grade: { grade: 'B' } });
  });

  it('the scale runs from 25 (every answer a) to 100 (every answer d)', () => {
    expect(computeIkm(totalsOf([answer(1, 1, 1, 1, 1, 1, 1, 1, 1)]))).toMatchObject({
      index: 25,
      grade: { grade: 'D', label: 'Tidak Baik' },
    });
    expect(computeIkm(totalsOf([answer(4, 4, 4, 4, 4, 4, 4, 4, 4)]))).toMatchObject({
      index: 100,
      grade: { grade: 'A', label: 'Sangat Baik' },
    });
  });

  it('weights each element exactly 1/9: the printed 0.111 would read a perfect score as 99.90', () => {
    const perfect = computeIkm(totalsOf([answer(4, 4, 4, 4, 4, 4, 4, 4, 4)]));
    expect(perfect?.index).toBe(100);
    expect(Math.round(9 * 4 * 0.111 * 25 * 100) / 100).toBe(99.9);
    // On the band edge the rounded weight would also cost a grade: 88.31 (A) would become 88.22 (B).
    const edge = computeIkm(totalsAddingUpTo(2500, 79_479));
    expect(edge).toMatchObject({ index: 88.31, grade: { grade: 'A' } });
    expect(Math.round((79_479 / 2500) * 0.111 * 25 * 100) / 100).toBe(88.22);
  });

  it('nobody answered: no index at all, rather than a zero', () => {
    expect(computeIkm(totalsOf([]))).toBeNull();
  });
});

describe('the grade bands, at their edges', () => {
  // IKM = 25 × (all scores) / (9 × respondents): these totals land exactly on each edge.
  it.each([
    { respondents: 2500, total: 79_479, index: 88.31, grade: 'A', label: 'Sangat Baik' },
    { respondents: 250, total: 7947, index: 88.3, grade: 'B', label: 'Baik' },
    { respondents: 2500, total: 68_949, index: 76.61, grade: 'B', label: 'Baik' },
    { respondents: 125, total: 3447, index: 76.6, grade: 'C', label: 'Kurang Baik' },
    { respondents: 5, total: 117, index: 65, grade: 'C', label: 'Kurang Baik' },
    { respondents: 2500, total: 58_491, index: 64.99, grade: 'D', label: 'Tidak Baik' },
  ])('$respondents respondents scoring $total in all: IKM $index, grade $grade', (example) => {
    const result = computeIkm(totalsAddingUpTo(example.respondents, example.total));
    expect(result).toMatchObject({
      index: example.index,
      grade: { grade: example.grade, label: example.label },
    });
  });

  it('rounds half up before grading: an exact 88.305 reads 88.31 and is an A', () => {
    // 2500 × S / (9 × n) = 8830.5 hundredths exactly when S / n = 31.7898: n = 5000, S = 158_949.
    const result = computeIkm(totalsAddingUpTo(5000, 158_949));
    expect(result).toMatchObject({ index: 88.31, grade: { grade: 'A' } });
  });

  it('grades any index on the 25-100 scale', () => {
    expect(ikmGrade(100).grade).toBe('A');
    expect(ikmGrade(88.31).grade).toBe('A');
    expect(ikmGrade(88.3).grade).toBe('B');
    expect(ikmGrade(76.61).grade).toBe('B');
    expect(ikmGrade(76.6).grade).toBe('C');
    expect(ikmGrade(65).grade).toBe('C');
    expect(ikmGrade(64.99).grade).toBe('D');
    expect(ikmGrade(25).grade).toBe('D');
  });

  it("puts one element's NRR on the same scale for its own grade", () => {
    expect(elementIndex(3.5)).toBe(87.5);
    expect(elementIndex(10 / 3)).toBe(83.33);
    expect(ikmGrade(elementIndex(3.5)).grade).toBe('B');
  });
});
