import { describe, expect, it } from 'vitest';
import { nameSearchQuery, normalisePersonName, personMatchKey, personNameWords } from './names';

const VILLAGE = '13.10.01.2001';

describe('person names as the register compares them', () => {
  it('drops titles with or without dots, before or after the name, and patronym particles', () => {
    expect(normalisePersonName('Hj. SITI  Aminah, S.Pd.')).toBe('siti aminah');
    expect(normalisePersonName('Drs. H. Ahmad Yani, M.Si')).toBe('ahmad yani');
    expect(normalisePersonName('Ibu Siti Aminah')).toBe('siti aminah');
    expect(normalisePersonName('Ny. Siti Aminah A.Md.Kep')).toBe('siti aminah');
    expect(normalisePersonName('Ahmad bin Yusuf')).toBe('ahmad yusuf');
    expect(normalisePersonName('Almh. Rosnani binti Sulaiman')).toBe('rosnani sulaiman');
  });

  it('reads punctuation, spacing, case, accents and apostrophes the same way', () => {
    expect(normalisePersonName("Ma'ruf")).toBe(normalisePersonName('MARUF'));
    expect(normalisePersonName('Moh.Ridwan')).toEqual(normalisePersonName('Moh Ridwan'));
    expect(normalisePersonName('  siti\taminah ')).toBe('siti aminah');
    expect(normalisePersonName('Séno')).toBe('seno');
    expect(personNameWords('Nur-Aini')).toEqual(['nur', 'aini']);
  });

  it('treats one name spelled the usual different ways as one', () => {
    expect(normalisePersonName('Muhammad Rizki')).toBe(normalisePersonName('Mohamad Rizki'));
    expect(normalisePersonName('Mohammad Rizki')).toBe(normalisePersonName('Muhamad Rizki'));
    expect(normalisePersonName('Soekarno')).toBe(normalisePersonName('Sukarno'));
    expect(normalisePersonName('Djoko Tjahjono')).toBe(normalisePersonName('Joko Cahjono'));
    expect(normalisePersonName('Sitti Aminah')).toBe(normalisePersonName('Siti Aminah'));
  });

  it('keeps words that are part of what people are called', () => {
    expect(normalisePersonName('St. Aminah')).toBe('st aminah');
    expect(normalisePersonName('Mak Ijah')).toBe('mak ijah');
    expect(normalisePersonName('M. Ridwan')).not.toBe(normalisePersonName('Muhammad Ridwan'));
    expect(normalisePersonName('Siti Aminah')).not.toBe(normalisePersonName('Siti Amina Putri'));
  });
});

describe('the match key of a person without a NIK', () => {
  it('joins name, birth date and village, and is the same for the same person written differently', () => {
    const key = personMatchKey({
      fullName: 'Hj. Siti Aminah',
      birthDate: '1950-08-17',
      villageCode: VILLAGE,
    });
    expect(key).toBe(`siti aminah|1950-08-17|${VILLAGE}`);
    expect(
      personMatchKey({ fullName: 'SITI AMINAH, S.Pd', birthDate: '1950-08-17', villageCode: VILLAGE }),
    ).toBe(key);
  });

  it('differs across villages and birth dates', () => {
    const base = { fullName: 'Siti Aminah', birthDate: '1950-08-17', villageCode: VILLAGE };
    expect(personMatchKey({ ...base, villageCode: '13.10.01.2002' })).not.toBe(personMatchKey(base));
    expect(personMatchKey({ ...base, birthDate: '1950-08-18' })).not.toBe(personMatchKey(base));
  });

  it('is null without a birth date, a village or a name, so nobody is joined by name alone', () => {
    expect(personMatchKey({ fullName: 'Siti Aminah', birthDate: null, villageCode: VILLAGE })).toBeNull();
    expect(
      personMatchKey({ fullName: 'Siti Aminah', birthDate: '1950-08-17', villageCode: null }),
    ).toBeNull();
    expect(
      personMatchKey({ fullName: 'Siti Aminah', birthDate: '17-08-1950', villageCode: VILLAGE }),
    ).toBeNull();
    expect(personMatchKey({ fullName: 'Hj. Ibu', birthDate: '1950-08-17', villageCode: VILLAGE })).toBeNull();
  });
});

describe('the name search query', () => {
  it('makes a prefix query of the words, letters and digits only', () => {
    expect(nameSearchQuery('Mak ij')).toBe('mak:* & ij:*');
    expect(nameSearchQuery("Ma'ruf & |")).toBe('ma:* & ruf:*');
    expect(nameSearchQuery(' ,. ')).toBeNull();
  });
});
