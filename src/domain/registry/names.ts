// Fuzzy name matching for the registry check by name and birth date. Pure code, so it runs the
// same on PGlite (no pg_trgm) and PostgreSQL: the database narrows by birth date, this ranks names.

/** Titles and kinship words that say nothing about who a person is. */
const NOISE = new Set([
  'h',
  'hj',
  'hajjah',
  'haji',
  'dr',
  'drs',
  'dra',
  'ir',
  'st',
  'sh',
  'se',
  'spd',
  'skm',
  'ssos',
  'amd',
  'bin',
  'binti',
  'alm',
  'almh',
]);

/** Spellings of one name that registries and ID cards mix (keys with doubled letters made single). */
const CANONICAL: Record<string, string> = {
  muhamad: 'muhammad',
  mohamad: 'muhammad',
  mohamed: 'muhammad',
  muhamed: 'muhammad',
  moh: 'muhammad',
  muh: 'muhammad',
  mhd: 'muhammad',
  md: 'muhammad',
  nor: 'nur',
  nurul: 'nur',
};

/** Old (pre-1972) spellings to the current ones: Soekarno → sukarno, Djoko → joko. */
function modernSpelling(word: string): string {
  return word.replace(/oe/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c').replace(/sj/g, 'sy');
}

/** The words of a name as the matcher compares them: lower case, no titles, one spelling. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.,']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !NOISE.has(w))
    .map((w) => w.replace(/(.)\1+/g, '$1'))
    .map((w) => CANONICAL[w] ?? modernSpelling(w));
}

function trigrams(word: string): string[] {
  const padded = `  ${word} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of two words' trigrams: 1 for the same word, 0 for nothing in common. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = trigrams(a);
  const right = new Map<string, number>();
  for (const g of trigrams(b)) right.set(g, (right.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of left) {
    const n = right.get(g) ?? 0;
    if (n > 0) {
      shared++;
      right.set(g, n - 1);
    }
  }
  return (2 * shared) / (left.length + trigrams(b).length);
}

/**
 * How alike two names are, 0 to 1. Each word of the shorter name is paired with its best match in
 * the longer; a missing word (a name written without the father's name) costs less than a wrong one.
 * An initial (`M. Ridwan`) matches a word it begins.
 */
export function nameSimilarity(a: string, b: string): number {
  const [short, long] = [nameTokens(a), nameTokens(b)].sort((x, y) => x.length - y.length) as [
    string[],
    string[],
  ];
  if (short.length === 0 || long.length === 0) return 0;
  let total = 0;
  for (const word of short) {
    let best = 0;
    for (const other of long) {
      const score =
        word.length === 1 || other.length === 1
          ? other.startsWith(word) || word.startsWith(other)
            ? 0.9
            : 0
          : wordSimilarity(word, other);
      best = Math.max(best, score);
    }
    total += best;
  }
  const matched = total / short.length;
  const coverage = short.length / long.length;
  return Math.round(matched * (0.8 + 0.2 * coverage) * 1000) / 1000;
}

/** Below this a name is not offered as a match. */
export const NAME_MATCH_THRESHOLD = 0.6;

/** Dates to look under: the date given, and with day and month swapped (a common entry error). */
export function birthDateCandidates(isoDate: string): string[] {
  const [year, month, day] = isoDate.split('-');
  const swapped = `${year}-${day}-${month}`;
  const valid = Number(day) <= 12 && day !== month;
  return valid ? [isoDate, swapped] : [isoDate];
}
