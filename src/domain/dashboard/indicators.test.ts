import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PPKS_CATEGORIES } from '../intake/ppks';
import {
  DEFAULT_INDICATOR_RULES,
  indicatorMask,
  indicatorRulesFor,
  indicatorsIn,
  OFFICE_INDICATOR_RULES,
} from './indicators';

const seedServices = (office: string): string[] =>
  (
    JSON.parse(readFileSync(new URL(`../../../seed/catalogue/${office}.json`, import.meta.url), 'utf8')) as {
      services: { code: string }[];
    }
  ).services.map((s) => s.code);

const caseOf = (serviceCode: string | null, ppksCategory = 'lainnya', referred = false) => ({
  serviceCode,
  ppksCategory,
  referred,
});

describe("Bekasi's performance indicators", () => {
  const bekasi = indicatorRulesFor('bekasi');

  it('counts each Plaza Pelayanan Sosial service under its indicator', () => {
    expect(indicatorsIn(indicatorMask(bekasi, caseOf('pengaduan-orang-terlantar')))).toEqual([
      'neglected_persons',
    ]);
    expect(indicatorsIn(indicatorMask(bekasi, caseOf('dtks')))).toEqual(['dtks']);
    expect(indicatorsIn(indicatorMask(bekasi, caseOf('bantuan-sosial')))).toEqual(['cash_aid']);
  });

  it('leaves non-cash food aid (BPNT, E-warung) out of cash aid', () => {
    expect(indicatorMask(bekasi, caseOf('bpnt'))).toBe(0);
    expect(indicatorMask(bekasi, caseOf('e-warung'))).toBe(0);
  });

  it('counts a referred case under social referrals as well as under its service', () => {
    expect(
      indicatorsIn(indicatorMask(bekasi, caseOf('pengaduan-orang-terlantar', 'gelandangan', true))),
    ).toEqual(['neglected_persons', 'social_referrals']);
  });
});

describe('the mapping for the other offices', () => {
  it('reads Dharmasraya (whose services are channels) by PPKS category', () => {
    const rules = indicatorRulesFor('dharmasraya');
    expect(indicatorsIn(indicatorMask(rules, caseOf('jemput-bola', 'lansia-terlantar')))).toEqual([
      'neglected_persons',
    ]);
    expect(indicatorMask(rules, caseOf('jemput-bola', 'korban-bencana-alam'))).toBe(0);
  });

  it('falls back to categories and referrals for an office it does not know', () => {
    expect(indicatorRulesFor('kota-baru')).toBe(DEFAULT_INDICATOR_RULES);
    expect(indicatorsIn(indicatorMask(DEFAULT_INDICATOR_RULES, caseOf(null, 'anak-jalanan', true)))).toEqual([
      'neglected_persons',
      'social_referrals',
    ]);
  });

  it("names only services of each office's seed catalogue and known PPKS categories", () => {
    const categories = new Set(PPKS_CATEGORIES.map((c) => c.code));
    for (const [office, rules] of Object.entries(OFFICE_INDICATOR_RULES)) {
      const services = new Set(seedServices(office));
      for (const rule of Object.values(rules)) {
        for (const code of rule.services ?? [])
          expect({ office, code, known: services.has(code) }).toEqual({ office, code, known: true });
        for (const code of rule.categories ?? []) expect(categories.has(code)).toBe(true);
        expect(rule.basis.length).toBeGreaterThan(10);
      }
    }
  });
});
