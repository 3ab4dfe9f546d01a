import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORTER_NOTICE_KINDS } from './kinds';
import { defaultSenderName } from './settings';
import { smsLength } from './sms-segments';
import { DEFAULT_TEXTS, smsFitProblem, smsMeasure } from './templates';

const LONG_BASE_URL = 'https://layanan.dinsos.dharmasrayakab.go.id';
const seedOffices = JSON.parse(
  readFileSync(new URL('../../../seed/offices.json', import.meta.url), 'utf8'),
) as { slug: string; regionName: string }[];

describe('smsLength (3GPP TS 23.038)', () => {
  it('fits 160 GSM-7 characters in one SMS and needs two for 161, 153 a part', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the extension table characters twice', () => {
    expect(smsLength('€').units).toBe(2);
    // Eight extension characters (16) and two letters.
    expect(smsLength('[x]{y}~^|\\').units).toBe(18);
    // 80 euro signs are 160 septets: still one SMS; one more character and it is two.
    expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsLength(`${'€'.repeat(80)}a`).segments).toBe(2);
  });

  it('switches to UCS-2 for an emoji or a letter outside the alphabet: 70 in one SMS, 67 a part', () => {
    expect(smsLength('Terima kasih 🙏')).toMatchObject({ encoding: 'ucs2', units: 15, segments: 1 });
    expect(smsLength('ā'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsLength('ā'.repeat(71))).toEqual({ encoding: 'ucs2', units: 71, segments: 2 });
    expect(smsLength('ā'.repeat(134)).segments).toBe(2);
    expect(smsLength('ā'.repeat(135)).segments).toBe(3);
    // A curly quote is enough to halve the room.
    expect(smsLength('Kantor ’Dinsos’').encoding).toBe('ucs2');
  });
});

describe('the default texts', () => {
  it('has the four seed offices', () => {
    expect(seedOffices.map((o) => o.slug).sort()).toEqual(['bekasi', 'dharmasraya', 'dumai', 'pekanbaru']);
  });

  for (const office of seedOffices) {
    const sender = defaultSenderName(office.regionName);
    it(`fit one SMS for ${sender} with a long public address`, () => {
      for (const kind of REPORTER_NOTICE_KINDS) {
        const measure = smsMeasure(DEFAULT_TEXTS[kind], sender, LONG_BASE_URL, kind);
        expect({ kind, ...measure }).toMatchObject({ kind, encoding: 'gsm7', segments: 1, problem: null });
        // Also without a kind, where the longest status of any kind is assumed.
        expect(smsFitProblem(DEFAULT_TEXTS[kind], sender, LONG_BASE_URL)).toBeNull();
      }
    });
  }
});

describe('smsMeasure', () => {
  const sender = 'Dinsos Dharmasraya';

  it('says how long a text is with its longest values and refuses one over 160', () => {
    const long = `{kantor}: ${'x'.repeat(150)} {tautan}`;
    const measure = smsMeasure(long, sender, LONG_BASE_URL, 'status');
    expect(measure.segments).toBe(2);
    expect(measure.problem).toBe(`Teks terpanjang ${measure.units} karakter, melebihi 1 SMS (160 karakter)`);
  });

  it('measures a text with a character outside GSM-7 as UCS-2', () => {
    const measure = smsMeasure(
      '{kantor}: tiket {tiket} diterima 🙏 {tautan}',
      sender,
      LONG_BASE_URL,
      'received',
    );
    expect(measure.encoding).toBe('ucs2');
    expect(measure.problem).toMatch(/70 karakter/);
  });

  it('refuses the unbounded placeholders in an SMS text', () => {
    expect(smsFitProblem('{kantor}: {pesan}', sender, LONG_BASE_URL, 'status')).toMatch(
      /^\{pesan\} terlalu panjang/,
    );
    expect(smsFitProblem('{kantor}: kurang {kurang}', sender, LONG_BASE_URL)).toMatch(/^\{kurang\}/);
  });

  it('assumes the longest status words of the kind, and of any kind without one', () => {
    const text = `{kantor}: {status} ${'x'.repeat(100)}`;
    const closed = smsMeasure(text, sender, '', 'closed').units;
    const any = smsMeasure(text, sender, '').units;
    // "tidak dapat dipenuhi" (20) against "keberatan diterima, dibuka kembali" (34).
    expect(any - closed).toBe(14);
  });
});
