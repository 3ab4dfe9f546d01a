/**
 * Ticket numbers a reporter can read out on the phone: `DUM-7K3F-9QXA`, 13 characters. An office
 * prefix, seven random characters and a check character, from Crockford's base-32 alphabet (no I, L,
 * O or U, so nothing is mistaken for 1, 0 or V). Random, so a ticket tells nothing of the others.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_LENGTH = 7;

function checkCharacter(body: string): string {
  let sum = 0;
  for (const [index, char] of [...body].entries()) sum += ALPHABET.indexOf(char) * (index + 1);
  return ALPHABET[sum % ALPHABET.length] as string;
}

/** The office's three-letter prefix, from its slug (`dumai` → `DUM`). */
export function ticketPrefix(officeSlug: string): string {
  return officeSlug
    .replace(/[^a-z]/gi, '')
    .slice(0, 3)
    .toUpperCase()
    .padEnd(3, 'X');
}

/** A new ticket; `randomBytes` is injected so the rule stays pure (crypto.getRandomValues in use). */
export function generateTicket(prefix: string, randomBytes: (length: number) => Uint8Array): string {
  const bytes = randomBytes(RANDOM_LENGTH);
  // 256 is a multiple of 32: taking the low five bits keeps every character equally likely.
  const body = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  const withCheck = body + checkCharacter(prefix + body);
  return `${prefix}-${withCheck.slice(0, 4)}-${withCheck.slice(4)}`;
}

/**
 * Reads a ticket as people type or say it: any case, spaces or dashes anywhere, O for 0 and I or L
 * for 1 after the prefix. Null when it cannot be a ticket (wrong shape or a failed check character).
 */
export function normalizeTicket(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  const prefix = compact.slice(0, 3);
  const rest = compact.slice(3).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[A-Z]{3}$/.test(prefix) || !/^[0-9A-HJKMNP-TV-Z]{8}$/.test(rest)) return null;
  const body = rest.slice(0, RANDOM_LENGTH);
  if (checkCharacter(prefix + body) !== rest.slice(RANDOM_LENGTH)) return null;
  return `${prefix}-${rest.slice(0, 4)}-${rest.slice(4)}`;
}
