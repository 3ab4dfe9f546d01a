import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import {
  applyLetterAction,
  availableLetterActions,
  chainProblem,
  DEFAULT_CHAIN,
  type LetterState,
  nextRole,
  signatureOf,
} from './approval';
import { formatLetterNumber, numberFormatProblem } from './numbering';

const now = new Date('2026-11-26T03:00:00Z');
const kasi = { role: 'coordinator' as const, userId: 'u-kasi', name: 'Kasi Linjamsos' };
const kabid = { role: 'kabid' as const, userId: 'u-kabid', name: 'Kabid Linjamsos' };
const kadis = { role: 'kadis' as const, userId: 'u-kadis', name: 'Hermiyati' };
const officer = { role: 'service_officer' as const, userId: 'u-officer', name: 'Petugas' };
const fresh: LetterState = { status: 'awaiting_approval', chain: DEFAULT_CHAIN, approvals: [] };

function error(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('letter numbers', () => {
  it("fills the office's format", () => {
    expect(
      formatLetterNumber('400.9.2/{seq:4}/Dinsos/{year}', { sequence: 123, year: 2026, month: 11 }),
    ).toBe('400.9.2/0123/Dinsos/2026');
    expect(formatLetterNumber('{seq}/DINSOSPM/{roman}/{year}', { sequence: 7, year: 2026, month: 11 })).toBe(
      '7/DINSOSPM/XI/2026',
    );
    expect(formatLetterNumber('{seq:3}.{month}.{year}', { sequence: 12345, year: 2027, month: 1 })).toBe(
      '12345.01.2027',
    );
  });

  it('refuses a format without the sequence or the year, or with an unknown token', () => {
    expect(numberFormatProblem('400.9.2/{seq:4}/Dinsos/{year}')).toBeNull();
    expect(numberFormatProblem('400.9.2/Dinsos/{year}')).toMatch(/\{seq\}/);
    expect(numberFormatProblem('{seq}/Dinsos')).toMatch(/\{year\}/);
    expect(numberFormatProblem('{seq}/{tahun}/{year}')).toMatch(/Token/);
  });
});

describe('approval chain: Kasi, Kabid, Kadis', () => {
  it('is initialled by the Kasi and the Kabid, then signed by the Kadis', () => {
    const a = applyLetterAction(fresh, { type: 'approve' }, kasi, now);
    expect(nextRole(a)).toBe('kabid');
    const b = applyLetterAction(a, { type: 'approve' }, kabid, now);
    expect(nextRole(b)).toBe('kadis');
    const c = applyLetterAction(b, { type: 'approve' }, kadis, now);
    expect(c.status).toBe('signed');
    expect(c.approvals.map((x) => x.kind)).toEqual(['paraf', 'paraf', 'sign']);
    expect(signatureOf(c)).toMatchObject({ onBehalf: false, approval: { name: 'Hermiyati' } });
  });

  it('lets the Kabid sign "a.n. Kepala Dinas" when the Kadis is away, with the reason', () => {
    const b = applyLetterAction(
      applyLetterAction(fresh, { type: 'approve' }, kasi, now),
      { type: 'approve' },
      kabid,
      now,
    );
    expect(availableLetterActions(b, 'kabid')).toEqual(['sign_on_behalf']);
    expect(error(() => applyLetterAction(b, { type: 'sign_on_behalf' }, kabid, now)).fields).toHaveProperty(
      'reason',
    );
    const signed = applyLetterAction(
      b,
      { type: 'sign_on_behalf', reason: 'Kepala Dinas dinas luar kota' },
      kabid,
      now,
    );
    expect(signed.status).toBe('signed');
    expect(signatureOf(signed)).toMatchObject({
      onBehalf: true,
      approval: { role: 'kadis', name: 'Kabid Linjamsos' },
    });
  });

  it('keeps the order: nobody skips the Kasi, the Kabid cannot sign for the Kadis before initialling', () => {
    expect(error(() => applyLetterAction(fresh, { type: 'approve' }, kadis, now))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('Kepala Seksi'),
    });
    expect(
      error(() => applyLetterAction(fresh, { type: 'sign_on_behalf', reason: 'dinas luar' }, kabid, now))
        .code,
    ).toBe('FORBIDDEN');
    expect(error(() => applyLetterAction(fresh, { type: 'approve' }, officer, now)).code).toBe('FORBIDDEN');
  });

  it('is returned with a reason, and a returned letter takes no more actions', () => {
    const returned = applyLetterAction(fresh, { type: 'return', reason: 'Nama pada surat salah' }, kasi, now);
    expect(returned.status).toBe('returned');
    expect(error(() => applyLetterAction(returned, { type: 'approve' }, kasi, now)).code).toBe(
      'LETTER_ACTION_NOT_ALLOWED',
    );
  });

  it('is revoked only once signed, by the Kadis or the Kabid', () => {
    const signed = applyLetterAction(fresh, { type: 'approve' }, kasi, now);
    expect(
      error(() => applyLetterAction(signed, { type: 'revoke', reason: 'Data keliru' }, kadis, now)).code,
    ).toBe('LETTER_ACTION_NOT_ALLOWED');
    const done: LetterState = { status: 'signed', chain: ['coordinator'], approvals: signed.approvals };
    expect(
      error(() => applyLetterAction(done, { type: 'revoke', reason: 'Data keliru' }, kasi, now)).code,
    ).toBe('FORBIDDEN');
    expect(applyLetterAction(done, { type: 'revoke', reason: 'Data keliru' }, kadis, now).status).toBe(
      'revoked',
    );
  });

  it('accepts chains that climb the hierarchy', () => {
    expect(chainProblem(['coordinator', 'kabid', 'kadis'])).toBeNull();
    expect(chainProblem(['kabid'])).toBeNull();
    expect(chainProblem([])).not.toBeNull();
    expect(chainProblem(['kadis', 'kabid'])).not.toBeNull();
    expect(chainProblem(['service_officer'])).not.toBeNull();
  });
});
