import { describe, expect, it } from 'vitest';
import { birthDateCandidates, NAME_MATCH_THRESHOLD, nameSimilarity, nameTokens } from './names';

describe('name matching', () => {
  it('drops titles and unifies spellings', () => {
    expect(nameTokens('Hj. Siti Noor Aminah, S.Pd')).toEqual(['siti', 'nur', 'aminah']);
    expect(nameTokens('Moh. Soekarno')).toEqual(['muhammad', 'sukarno']);
    expect(nameTokens('Djoko Tjahjono')).toEqual(['joko', 'cahjono']);
  });

  it.each([
    ['Siti Aminah', 'SITI AMINAH'],
    ['Muhamad Ridwan', 'Mohammad Ridwan'],
    ['M. Ridwan', 'Muhammad Ridwan'],
    ['Aminah Siti', 'Siti Aminah'],
    ['Siti Aminah', 'Siti Aminah binti Abdullah'],
    ['Sitti Aminah', 'Siti Aminah'],
    ['Siti Aminnah', 'Siti Aminah'],
  ])('%s matches %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD);
  });

  it.each([
    ['Siti Aminah', 'Budi Santoso'],
    ['Rahmat', 'Rohani Siregar'],
    ['', 'Budi'],
  ])('%s does not match %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(NAME_MATCH_THRESHOLD);
  });

  it('ranks the closer name higher', () => {
    expect(nameSimilarity('Siti Aminah', 'Siti Aminah')).toBe(1);
    expect(nameSimilarity('Siti Aminah', 'Siti Amina')).toBeGreaterThan(
      nameSimilarity('Siti Aminah', 'Siti Rahma'),
    );
  });

  it('looks under the day and month swapped when both could be a month', () => {
    expect(birthDateCandidates('1990-08-07')).toEqual(['1990-08-07', '1990-07-08']);
    expect(birthDateCandidates('1990-08-17')).toEqual(['1990-08-17']);
    expect(birthDateCandidates('1990-05-05')).toEqual(['1990-05-05']);
  });
});
