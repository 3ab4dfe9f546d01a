// The register's match for people reported without a NIK: one key of name, birth date and village.
// It must be careful: two different people must never share a key, so it asks for all three, and the
// name is only cleaned of what says nothing about who a person is (titles, punctuation, spacing, case,
// the common spellings of one name). Everything looser is left to an officer's merge.

/**
 * Titles, forms of address and kinship words written before or after a name on reports and ID cards
 * (with their dots removed). Deliberately absent: `st` (also "Siti"), `mak`, `datuk`/`dt` and other
 * words that are part of what people are called.
 */
const TITLES = new Set([
  // religious
  'h',
  'hj',
  'haji',
  'hajah',
  'hajjah',
  'ust',
  'ustadz',
  'ustazah',
  // forms of address
  'bapak',
  'bpk',
  'pak',
  'ibu',
  'bu',
  'tn',
  'tuan',
  'ny',
  'nyonya',
  'nn',
  'nona',
  'sdr',
  'sdri',
  'saudara',
  'saudari',
  'alm',
  'almh',
  'almarhum',
  'almarhumah',
  // kinship particles of a patronym: "Ahmad bin Yusuf" is "Ahmad Yusuf"
  'bin',
  'binti',
  // academic and professional
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'sh',
  'se',
  'spd',
  'spdi',
  'ssos',
  'skm',
  'sag',
  'shi',
  'sked',
  'skep',
  'ners',
  'skom',
  'sip',
  'ssi',
  'sst',
  'stp',
  'spt',
  'mh',
  'mm',
  'msi',
  'mpd',
  'mkes',
  'amd',
  'amdkep',
  'amdkeb',
  'amdkes',
]);

/** Spellings of one name that reports and ID cards mix, after doubled letters are made single. */
const CANONICAL: Record<string, string> = {
  mohamad: 'muhamad',
  mohamed: 'muhamad',
  muhamed: 'muhamad',
  mohd: 'muhamad',
  moh: 'muhamad',
  muh: 'muhamad',
  mhd: 'muhamad',
};

/** Old (pre-1972) spellings to the current ones: Soekarno → sukarno, Djoko → joko, Tjut → cut. */
function modernSpelling(word: string): string {
  return word.replace(/oe/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c').replace(/sj/g, 'sy');
}

/** A word of a name as the key compares it: doubled letters single, one spelling. */
function canonicalWord(word: string): string {
  const single = modernSpelling(word).replace(/(.)\1+/g, '$1');
  return CANONICAL[single] ?? single;
}

/**
 * The words of a name as the register compares them: no accents, lower case, no titles (with or without
 * their dots, before or after the name), apostrophes dropped (Ma'ruf = Maruf), any other punctuation a
 * space ("Moh.Ridwan" = "Moh Ridwan"), doubled letters single and old spellings modern.
 */
export function personNameWords(name: string): string[] {
  const chunks = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[\s,;/]+/)
    .filter(Boolean);
  const words: string[] = [];
  for (const chunk of chunks) {
    // A title written with dots inside ("S.Pd.", "A.Md.Kep") is one chunk: test it whole first.
    if (TITLES.has(chunk.replace(/[^a-z0-9]/g, ''))) continue;
    for (const part of chunk.split(/[^a-z0-9]+/)) {
      if (part && !TITLES.has(part)) words.push(canonicalWord(part));
    }
  }
  return words;
}

/** A name as one normalised string: `Hj. SITI  Aminah, S.Pd.` → `siti aminah`. */
export function normalisePersonName(name: string): string {
  return personNameWords(name).join(' ');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/**
 * The match key of a person without a NIK: normalised name, birth date and village. Null when any of
 * the three is missing, so a report without a birth date never joins anyone by name alone.
 */
export function personMatchKey(parts: {
  fullName: string;
  birthDate: string | null;
  villageCode: string | null;
}): string | null {
  const name = normalisePersonName(parts.fullName);
  if (name.replace(/ /g, '').length < 2) return null;
  if (!parts.birthDate || !ISO_DATE.test(parts.birthDate)) return null;
  if (!parts.villageCode || !VILLAGE_CODE.test(parts.villageCode)) return null;
  return `${name}|${parts.birthDate}|${parts.villageCode}`;
}

/** Words of a name as a prefix query for the name index: "mak ij" finds "Mak Ijah". */
export function nameSearchQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 5);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}
