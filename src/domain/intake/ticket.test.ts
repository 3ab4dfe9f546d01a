import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateTicket, normalizeTicket, ticketPrefix } from './ticket';

const fixedBytes = (values: number[]) => () => Uint8Array.from(values);

describe('tickets', () => {
  it('are 13 characters: office prefix, two groups of four, from an unambiguous alphabet', () => {
    const ticket = generateTicket('DUM', fixedBytes([0, 1, 2, 3, 31, 30, 29]));
    expect(ticket).toMatch(/^DUM-0123-ZYX.$/);
    expect(ticket.length).toBeLessThanOrEqual(14);
    for (let i = 0; i < 200; i++) {
      expect(generateTicket('BEK', (n) => randomBytes(n))).toMatch(
        /^BEK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
      );
    }
  });

  it('are not sequential: 10,000 draws give 10,000 different tickets', () => {
    const seen = new Set(Array.from({ length: 10_000 }, () => generateTicket('PEK', (n) => randomBytes(n))));
    expect(seen.size).toBe(10_000);
  });

  it('read back as typed or spoken: lower case, spaces, O for 0, I and L for 1', () => {
    const ticket = generateTicket('DUM', fixedBytes([0, 1, 10, 3, 4, 5, 6]));
    expect(normalizeTicket(ticket)).toBe(ticket);
    const spoken = ticket.toLowerCase().replace(/-/g, ' ').replace('0', 'o').replace('1', 'l');
    expect(normalizeTicket(spoken)).toBe(ticket);
  });

  it('refuse a mistyped character through the check character', () => {
    const ticket = generateTicket('DHA', fixedBytes([5, 6, 7, 8, 9, 10, 11]));
    const typo = `${ticket.slice(0, 4)}${ticket[4] === 'A' ? 'B' : 'A'}${ticket.slice(5)}`;
    expect(normalizeTicket(typo)).toBeNull();
    expect(normalizeTicket('DUM-1234')).toBeNull();
    expect(normalizeTicket('')).toBeNull();
  });

  it('take the office prefix from its slug', () => {
    expect(ticketPrefix('dumai')).toBe('DUM');
    expect(ticketPrefix('dharmasraya')).toBe('DHA');
    expect(ticketPrefix('bogor')).toBe('BOG');
  });
});
