import { describe, expect, it } from 'vitest';
import { arrayLiteral } from './upsert';

describe('arrayLiteral', () => {
  it('quotes text, escapes quotes and backslashes, writes NULL, booleans and numbers bare', () => {
    expect(arrayLiteral(['Jl. "Mawar", No. 1', 'a\\b', null, true, false, 3])).toBe(
      '{"Jl. \\"Mawar\\", No. 1","a\\\\b",NULL,t,f,3}',
    );
    expect(arrayLiteral([])).toBe('{}');
  });
});
