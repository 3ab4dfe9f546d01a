import { describe, expect, it } from 'vitest';
import { disputeProblems } from './dispute-values';

describe('disputeProblems', () => {
  it('asks for the phone and a reason of at least 10 letters, as ZDispute does', () => {
    expect(disputeProblems({ phone: '', reason: 'tidak' })).toEqual({
      phone: 'phoneRequired',
      reason: 'reasonShort',
    });
    expect(disputeProblems({ phone: '0812 3456 7890', reason: '  Bantuan belum sampai  ' })).toEqual({});
  });
});
