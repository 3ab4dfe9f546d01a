import { type Keyring, keyedHash, token as keyedToken } from './field-cipher';

/**
 * The blind index of names: with names encrypted, SQL cannot read them, so each row also keeps the
 * keyed hashes of every prefix of every word of its name (`name_words text[]`, a GIN index). "mak ij"
 * asks for rows holding both hash("mak") and hash("ij"), as the old `word:*` text search did. Tokens
 * are 64 bits of a keyed hash under a subkey of the hash key: equal words of two rows are linkable,
 * nothing more.
 */
const MAX_PREFIX = 20;
const MAX_QUERY_WORDS = 5;

/** Words as both sides read them: no accents, lower case, split on anything not a letter or digit. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function token(keyring: Keyring, prefix: string): string {
  return keyedToken(keyring, 'name', prefix);
}

/** The tokens stored with a name: every prefix (1 to 20 letters) of every word. */
export function nameTokens(keyring: Keyring, name: string): string[] {
  const tokens = new Set<string>();
  for (const word of nameWords(name)) {
    const letters = [...word];
    for (let n = 1; n <= Math.min(letters.length, MAX_PREFIX); n++)
      tokens.add(token(keyring, letters.slice(0, n).join('')));
  }
  return [...tokens];
}

/** The tokens a search asks for (each word as a prefix, five words at most); null when none. */
export function nameQueryTokens(keyring: Keyring, text: string): string[] | null {
  const words = nameWords(text).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  return [...new Set(words.map((w) => token(keyring, [...w].slice(0, MAX_PREFIX).join(''))))];
}

/** The register's match key (normalised name|birth date|village) as a keyed hash: no clear name. */
export function matchKeyHash(keyring: Keyring, key: string | null): string | null {
  return key === null ? null : keyedHash(keyring, 'match', key);
}
