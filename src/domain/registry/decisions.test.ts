import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { addMonths, decide, questionsFor } from './decisions';

const today = '2026-11-26';

function fieldsOf(fn: () => unknown): Record<string, string> | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.fields;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('KIS (APBD), Pekanbaru', () => {
  it('registered: a recommendation letter to the health office', () => {
    expect(decide({ programme: 'kis_apbd', registered: true, today })).toMatchObject({
      rule: 'kis.registered',
      letter: 'kis-apbd',
      addressee: 'Dinas Kesehatan',
      stampKk: false,
    });
  });

  it('not registered and not ill: the KK is stamped and the citizen goes to the health office', () => {
    const decision = decide({ programme: 'kis_apbd', registered: false, ill: false, today });
    expect(decision).toMatchObject({ rule: 'kis.not_registered', letter: null, stampKk: true });
    expect(decision.guidance.join(' ')).toContain('Dinas Kesehatan');
    expect(decision.guidance.join(' ')).not.toContain('UPTPK');
  });

  it('not registered and ill: also referred to UPTPK for PBPU Pemda', () => {
    const decision = decide({ programme: 'kis_apbd', registered: false, ill: true, today });
    expect(decision).toMatchObject({ rule: 'kis.not_registered_ill', letter: null, stampKk: true });
    expect(decision.guidance.join(' ')).toMatch(/UPTPK.*PBPU\) Pemda/);
  });

  it('not registered without the illness answer: asks for it', () => {
    expect(fieldsOf(() => decide({ programme: 'kis_apbd', registered: false, today }))).toHaveProperty('ill');
  });
});

describe('KIP, Pekanbaru', () => {
  it("registered: a recommendation letter to the school's Dapodik operator", () => {
    expect(decide({ programme: 'kip', registered: true, today })).toMatchObject({
      rule: 'kip.registered',
      letter: 'kip',
      addressee: 'Operator Dapodik Sekolah',
    });
  });

  it('not registered: KK stamped, consult the school', () => {
    const decision = decide({ programme: 'kip', registered: false, today });
    expect(decision).toMatchObject({ rule: 'kip.not_registered', letter: null, stampKk: true });
    expect(decision.guidance.join(' ')).toContain('sekolah terkait');
  });
});

describe('PBI-JKN reactivation, Pekanbaru', () => {
  it('registered and inactive for less than 6 months: a reactivation letter to BPJS Kesehatan', () => {
    const decision = decide({
      programme: 'pbi_jkn_reactivation',
      registered: true,
      pbiInactiveSince: '2026-05-27',
      today,
    });
    expect(decision).toMatchObject({
      rule: 'pbi.reactivate',
      letter: 'pbi-jkn-reaktivasi',
      addressee: 'BPJS Kesehatan',
    });
  });

  it('registered and inactive for exactly 6 months: too late, propose again', () => {
    const decision = decide({
      programme: 'pbi_jkn_reactivation',
      registered: true,
      pbiInactiveSince: '2026-05-26',
      today,
    });
    expect(decision).toMatchObject({ rule: 'pbi.too_late', letter: null });
    expect(decision.guidance.join(' ')).toMatch(/diusulkan kembali ke PBI-JKN.*PBPU Pemda/);
  });

  it('not registered: propose to PBI-JKN or PBPU Pemda, no letter', () => {
    const decision = decide({ programme: 'pbi_jkn_reactivation', registered: false, today });
    expect(decision).toMatchObject({ rule: 'pbi.not_registered', letter: null });
    expect(decision.guidance.join(' ')).toContain('PBPU Pemda');
  });

  it('registered without the inactive date, or one in the future: asks for it', () => {
    expect(
      fieldsOf(() => decide({ programme: 'pbi_jkn_reactivation', registered: true, today })),
    ).toHaveProperty('pbiInactiveSince');
    expect(
      fieldsOf(() =>
        decide({
          programme: 'pbi_jkn_reactivation',
          registered: true,
          pbiInactiveSince: '2026-12-01',
          today,
        }),
      ),
    ).toHaveProperty('pbiInactiveSince');
  });
});

describe('Rekom DTKS, Dumai standard 3', () => {
  it('registered: a DTKS recommendation letter', () => {
    expect(decide({ programme: 'dtks_recommendation', registered: true, today })).toMatchObject({
      rule: 'dtks.registered',
      letter: 'rekom-dtks',
    });
  });

  it('not registered: no letter, propose through the RT or the village', () => {
    const decision = decide({ programme: 'dtks_recommendation', registered: false, today });
    expect(decision).toMatchObject({ rule: 'dtks.not_registered', letter: null });
    expect(decision.guidance.join(' ')).toContain('RT atau kelurahan');
  });
});

describe('questions of the walkthrough', () => {
  it('asks about illness only for KIS when not registered, the inactive date only for PBI when registered', () => {
    expect(questionsFor('kis_apbd', false)).toEqual(['ill']);
    expect(questionsFor('kis_apbd', true)).toEqual([]);
    expect(questionsFor('pbi_jkn_reactivation', true)).toEqual(['pbiInactiveSince']);
    expect(questionsFor('pbi_jkn_reactivation', false)).toEqual([]);
    expect(questionsFor('kip', false)).toEqual([]);
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2026-05-26', 6)).toBe('2026-11-26');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-09-15', 6)).toBe('2027-03-15');
  });
});
