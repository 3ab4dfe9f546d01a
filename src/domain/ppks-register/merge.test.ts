import { describe, expect, it } from 'vitest';
import { type MergeSide, mergeRefusal, mergeWarnings } from './merge';

const side = (changes: Partial<MergeSide> = {}): MergeSide => ({
  id: 'a',
  officeId: 'o1',
  nikHash: null,
  mergedIntoId: null,
  fullName: 'Siti Aminah',
  birthDate: '1950-08-17',
  ...changes,
});

describe('when two register records may be merged', () => {
  it('allows two live records of one office with at most one NIK, or the same NIK', () => {
    expect(mergeRefusal(side(), side({ id: 'b' }))).toBeNull();
    expect(mergeRefusal(side({ nikHash: 'h1' }), side({ id: 'b' }))).toBeNull();
    expect(mergeRefusal(side(), side({ id: 'b', nikHash: 'h1' }))).toBeNull();
  });

  it('refuses different NIKs, the record itself, a merged record and another office', () => {
    expect(mergeRefusal(side({ nikHash: 'h1' }), side({ id: 'b', nikHash: 'h2' }))).toBe('different_nik');
    expect(mergeRefusal(side(), side())).toBe('same_record');
    expect(mergeRefusal(side(), side({ id: 'b', mergedIntoId: 'c' }))).toBe('already_merged');
    expect(mergeRefusal(side({ mergedIntoId: 'c' }), side({ id: 'b' }))).toBe('already_merged');
    expect(mergeRefusal(side(), side({ id: 'b', officeId: 'o2' }))).toBe('other_office');
  });

  it('warns of a different birth date or name, not of a missing one or a title', () => {
    expect(mergeWarnings(side(), side({ id: 'b', fullName: 'Hj. SITI AMINAH', birthDate: null }))).toEqual(
      [],
    );
    expect(mergeWarnings(side(), side({ id: 'b', fullName: 'Siti Amina', birthDate: '1950-07-17' }))).toEqual(
      ['different_birth_date', 'different_name'],
    );
  });
});
