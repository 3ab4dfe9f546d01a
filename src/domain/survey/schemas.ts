import { z } from '../zod';
import { SKM_ELEMENTS, type SkmElement } from './ikm';
import { RESPONDENT_OPTIONS, SKM_QUESTIONNAIRE } from './questionnaire';

/** One element's score: an integer 1-4, refused with the element's name. */
function score(element: SkmElement) {
  const name = SKM_QUESTIONNAIRE[element].element;
  const missing = `Pilih jawaban untuk unsur ${name}`;
  const outOfRange = `Jawaban untuk unsur ${name} harus bernilai 1 sampai 4`;
  return z.number({ error: missing }).int(outOfRange).min(1, outOfRange).max(4, outOfRange);
}

/** The 9 answers, one per element. */
export const ZSkmScores = z.object(
  Object.fromEntries(SKM_ELEMENTS.map((e) => [e, score(e)])) as Record<SkmElement, ReturnType<typeof score>>,
);
export type TSkmScores = z.infer<typeof ZSkmScores>;

const choice = <T extends readonly [string, ...string[]]>(options: T, message: string) =>
  z.enum(options, { error: message }).optional();

/** The respondent's profile as the SKM form asks it; every part may be left out. */
export const ZRespondentProfile = z.object({
  sex: choice(RESPONDENT_OPTIONS.sex, 'Pilihan jenis kelamin tidak dikenal'),
  ageBand: choice(RESPONDENT_OPTIONS.ageBand, 'Pilihan usia tidak dikenal'),
  education: choice(RESPONDENT_OPTIONS.education, 'Pilihan pendidikan tidak dikenal'),
  occupation: choice(RESPONDENT_OPTIONS.occupation, 'Pilihan pekerjaan tidak dikenal'),
});
export type TRespondentProfile = z.infer<typeof ZRespondentProfile>;

/** A free comment, suggestion or complaint; blank means none. */
const ZComment = z
  .string()
  .trim()
  .max(1000, 'Komentar paling banyak 1000 huruf')
  .transform((text) => (text === '' ? null : text))
  .nullable()
  .optional();

const answerFields = {
  scores: ZSkmScores,
  comment: ZComment,
  respondent: ZRespondentProfile.optional(),
};

/**
 * The reporter's answer from the tracking page, proved with the phone they reported with. `via`
 * says whether the page was opened from the closing notice's link (analysis only, never a check).
 */
export const ZSurveyAnswer = z.object({
  phone: z
    .string()
    .trim()
    .min(8, 'Tulis nomor HP yang dipakai saat melapor')
    .max(20, 'Nomor HP terlalu panjang'),
  ...answerFields,
  via: z.enum(['tracking', 'notice_link']).default('tracking'),
});
export type TSurveyAnswer = z.infer<typeof ZSurveyAnswer>;

/** A paper or tablet answer entered at the front desk, for a case's ticket or a service, or general. */
export const ZFrontDeskSurvey = z.object({
  ticket: z.string().trim().max(20, 'Nomor tiket terlalu panjang').optional(),
  serviceCode: z.string().trim().max(60).optional(),
  ...answerFields,
});
export type TFrontDeskSurvey = z.infer<typeof ZFrontDeskSurvey>;

export const ZFrontDeskSurveyRecorded = z.object({
  id: z.uuid(),
  ticket: z.string().nullable(),
  serviceCode: z.string().nullable(),
  submittedAt: z.string(),
});
export type TFrontDeskSurveyRecorded = z.infer<typeof ZFrontDeskSurveyRecorded>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = z.string().regex(MONTH, 'Bulan ditulis TTTT-BB, misalnya 2026-11');
/** The period's checks, once both months are well written (a bad month is reported by itself). */
const bothMonths = (q: { from: string; to: string }) => MONTH.test(q.from) && MONTH.test(q.to);

/** The staff IKM report's period: whole months in the office's time zone, at most five years. */
export const ZIkmReportQuery = z
  .object({
    from: month,
    to: month,
    serviceCode: z.string().trim().min(1).max(60).optional(),
  })
  .refine((q) => !bothMonths(q) || q.from <= q.to, {
    path: ['to'],
    error: 'Bulan akhir tidak boleh sebelum bulan awal',
  })
  .refine((q) => !bothMonths(q) || monthsBetween(q.from, q.to) <= 60, {
    path: ['to'],
    error: 'Periode paling panjang 60 bulan',
  });
export type TIkmReportQuery = z.infer<typeof ZIkmReportQuery>;

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

const ZScoresByElement = z.object(
  Object.fromEntries(SKM_ELEMENTS.map((e) => [e, z.number()])) as Record<SkmElement, z.ZodNumber>,
);

export const ZIkmResult = z.object({
  respondents: z.number().int(),
  elementAverages: ZScoresByElement,
  index: z.number(),
  grade: z.object({ grade: z.enum(['A', 'B', 'C', 'D']), label: z.string() }),
});

export const ZIkmReport = z.object({
  from: z.string(),
  to: z.string(),
  overall: ZIkmResult.nullable(),
  byService: z.array(
    z.object({ serviceCode: z.string().nullable(), serviceName: z.string().nullable(), result: ZIkmResult }),
  ),
  byMonth: z.array(z.object({ month: z.string(), result: ZIkmResult })),
});
export type TIkmReport = z.infer<typeof ZIkmReport>;
