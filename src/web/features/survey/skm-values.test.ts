import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS } from '../../../domain/survey/ikm';
import { ZSurveyAnswer } from '../../../domain/survey/schemas';
import {
  draftFrom,
  EMPTY_SKM_VALUES,
  firstFieldInError,
  type SkmFormValues,
  skmProblems,
  toSkmAnswer,
} from './skm-values';

const complete: SkmFormValues = {
  scores: {
    requirements: 4,
    procedure: 3,
    time: 2,
    cost: 4,
    product: 3,
    competence: 4,
    behaviour: 4,
    complaints: 1,
    facilities: 3,
  },
  comment: '  Antrean panjang.  ',
  respondent: { sex: 'laki_laki', ageBand: '', education: 'smp' },
};

describe('the questionnaire form', () => {
  it('asks for every element, and no more than 1000 letters of comment', () => {
    expect(skmProblems(EMPTY_SKM_VALUES)).toEqual(
      Object.fromEntries(SKM_ELEMENTS.map((e) => [`scores.${e}`, 'chooseOne'])),
    );
    expect(skmProblems(complete)).toEqual({});
    expect(skmProblems({ ...complete, comment: 'x'.repeat(1001) })).toEqual({ comment: 'commentTooLong' });
  });

  it('sends what the server schema accepts: trimmed comment, profile without blanks', () => {
    const answer = toSkmAnswer(complete);
    expect(answer).toEqual({
      scores: complete.scores,
      comment: 'Antrean panjang.',
      respondent: { sex: 'laki_laki', education: 'smp' },
    });
    expect(ZSurveyAnswer.safeParse({ ...answer, phone: '08123456789' }).success).toBe(true);
    expect(toSkmAnswer({ ...complete, comment: '   ' }).comment).toBeNull();
  });

  it('takes focus to the first field in error, in the order of the form', () => {
    expect(firstFieldInError({ phone: 'x', 'scores.cost': 'y', 'scores.time': 'z' })).toBe('scores.time');
    expect(firstFieldInError({ phone: 'x', comment: 'y' })).toBe('comment');
    expect(firstFieldInError({ 'respondent.sex': 'x' })).toBe('respondent.sex');
    expect(firstFieldInError({})).toBeUndefined();
  });

  it('reads a draft kept on the phone, dropping anything it does not know', () => {
    expect(
      draftFrom({
        scores: { time: 3, cost: 7, product: '4' },
        comment: 'ok',
        respondent: { sex: 'x', occupation: 'pns' },
      }),
    ).toEqual({
      scores: { time: 3 },
      comment: 'ok',
      respondent: { occupation: 'pns' },
    });
    expect(draftFrom(null)).toEqual(EMPTY_SKM_VALUES);
    expect(draftFrom('rusak')).toEqual(EMPTY_SKM_VALUES);
  });
});
