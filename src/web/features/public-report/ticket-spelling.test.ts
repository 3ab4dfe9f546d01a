import { describe, expect, it } from 'vitest';
import { spellTicket } from './ticket-spelling';

describe('spellTicket', () => {
  it('spells each group so it can be read out on the phone', () => {
    expect(spellTicket('DUM-7K3F-9QXA')).toBe('D U M, 7 K 3 F, 9 Q X A');
  });
});
