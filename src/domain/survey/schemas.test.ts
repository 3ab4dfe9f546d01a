import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS } from './ikm';
import { RESPONDENT_LABELS, RESPONDENT_OPTIONS, SKM_QUESTIONNAIRE } from './questionnaire';
import { ZFrontDeskSurvey, ZIkmReportQuery, ZSurveyAnswer } from './schemas';

const scores = {
  requirements: 4,
  procedure: 3,
  time: 3,
  cost: 4,
  product: 3,
  competence: 4,
  behaviour: 4,
  complaints: 3,
  facilities: 2,
};

/** The first message per field, as the API's 400 answer gives them. */
function fieldErrors(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const fields: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) fields[issue.path.join('.')] ??= issue.message;
  return fields;
}

describe('an answer to the satisfaction survey', () => {
  it('takes the 9 scores, a comment, a profile and the phone; a blank comment is none', () => {
    const parsed = ZSurveyAnswer.parse({
      phone: ' 0812-3456-7890 ',
      scores,
      comment: '   ',
      respondent: { sex: 'perempuan', ageBand: '60_ke_atas' },
    });
    expect(parsed).toEqual({
      phone: '0812-3456-7890',
      scores,
      comment: null,
      respondent: { sex: 'perempuan', ageBand: '60_ke_atas' },
      via: 'tracking',
    });
  });

  it('names the element in Indonesian when its answer is missing, out of 1-4 or not whole', () => {
    const { requirements: _, ...withoutRequirements } = scores;
    const result = ZSurveyAnswer.safeParse({
      phone: '08123456789',
      scores: { ...withoutRequirements, time: 5, cost: 0, behaviour: 2.5 },
    });
    expect(fieldErrors(result)).toEqual({
      'scores.requirements': 'Pilih jawaban untuk unsur Persyaratan',
      'scores.time': 'Jawaban untuk unsur Waktu penyelesaian harus bernilai 1 sampai 4',
      'scores.cost': 'Jawaban untuk unsur Biaya/tarif harus bernilai 1 sampai 4',
      'scores.behaviour': 'Jawaban untuk unsur Perilaku pelaksana harus bernilai 1 sampai 4',
    });
  });

  it('refuses a comment over 1000 letters, a missing phone and an unknown profile choice', () => {
    const result = ZSurveyAnswer.safeParse({
      phone: '',
      scores,
      comment: 'a'.repeat(1001),
      respondent: { education: 'sekolah_dasar' },
    });
    expect(fieldErrors(result)).toEqual({
      phone: 'Tulis nomor HP yang dipakai saat melapor',
      comment: 'Komentar paling banyak 1000 huruf',
      'respondent.education': 'Pilihan pendidikan tidak dikenal',
    });
    expect(ZSurveyAnswer.safeParse({ phone: '08123456789', scores, comment: 'a'.repeat(1000) }).success).toBe(
      true,
    );
  });

  it('at the front desk needs no phone, and may name a ticket or a service', () => {
    expect(ZFrontDeskSurvey.parse({ scores, serviceCode: 'odgj' })).toEqual({
      scores,
      serviceCode: 'odgj',
    });
    expect(ZFrontDeskSurvey.safeParse({ scores: { ...scores, facilities: '4' } }).success).toBe(false);
  });
});

describe('the questionnaire', () => {
  it('asks one question with four answers for each of the 9 elements', () => {
    expect(Object.keys(SKM_QUESTIONNAIRE)).toEqual([...SKM_ELEMENTS]);
    for (const element of SKM_ELEMENTS) {
      expect(SKM_QUESTIONNAIRE[element].question).toMatch(/^Bagaimana .+\?$/);
      expect(new Set(SKM_QUESTIONNAIRE[element].answers).size).toBe(4);
    }
    expect(SKM_QUESTIONNAIRE.requirements.answers).toEqual([
      'Tidak sesuai',
      'Kurang sesuai',
      'Sesuai',
      'Sangat sesuai',
    ]);
    // Cost runs the other way in words: the best answer (4) is "free".
    expect(SKM_QUESTIONNAIRE.cost.answers[3]).toBe('Gratis');
  });

  it('labels every profile choice', () => {
    for (const field of Object.keys(RESPONDENT_OPTIONS) as (keyof typeof RESPONDENT_OPTIONS)[])
      expect(Object.keys(RESPONDENT_LABELS[field])).toEqual([...RESPONDENT_OPTIONS[field]]);
  });
});

describe("the IKM report's period", () => {
  it('is whole months, the end not before the start, at most 60 of them', () => {
    expect(ZIkmReportQuery.parse({ from: '2026-01', to: '2026-12' })).toEqual({
      from: '2026-01',
      to: '2026-12',
    });
    expect(fieldErrors(ZIkmReportQuery.safeParse({ from: '2026-13', to: '2026-12' }))).toEqual({
      from: 'Bulan ditulis TTTT-BB, misalnya 2026-11',
    });
    expect(fieldErrors(ZIkmReportQuery.safeParse({ from: '2026-05', to: '2026-04' }))).toEqual({
      to: 'Bulan akhir tidak boleh sebelum bulan awal',
    });
    expect(ZIkmReportQuery.safeParse({ from: '2022-01', to: '2026-12' }).success).toBe(true);
    expect(fieldErrors(ZIkmReportQuery.safeParse({ from: '2021-12', to: '2026-12' }))).toEqual({
      to: 'Periode paling panjang 60 bulan',
    });
  });
});
