import { describe, expect, it } from 'vitest';
import { parseCompletionTime } from './completion-time';

function fixed(text: string) {
  const result = parseCompletionTime(text);
  if (!result.ok || result.value.kind !== 'fixed') throw new Error(`not fixed: ${text}`);
  return result.value;
}

describe('parseCompletionTime', () => {
  it.each([
    ['10 Menit', 10, 10, 'minute'],
    ['1 hari', 1, 1, 'day'],
    ['1 Hari kerja', 1, 1, 'working_day'],
    ['3 - 4 Hari kerja', 3, 4, 'working_day'],
    ['3 – 4 Hari kerja', 3, 4, 'working_day'],
    ['3-4 Hari kerja', 3, 4, 'working_day'],
    ['3-5 hari', 3, 5, 'day'],
    ['14 hari kerja', 14, 14, 'working_day'],
    ['1 - 2 minggu', 1, 2, 'week'],
    ['1 – 2 minggu', 1, 2, 'week'],
    ['2 Bulan', 2, 2, 'month'],
    ['3 bulan', 3, 3, 'month'],
    ['7 hari', 7, 7, 'day'],
    ['1 jam', 1, 1, 'hour'],
    ['3 menit', 3, 3, 'minute'],
    ['1 (satu) hari', 1, 1, 'day'],
  ])('reads "%s" as %d..%d %s', (text, min, max, unit) => {
    const value = fixed(text);
    expect(value.target).toEqual({ amount: min, unit });
    expect(value.limit).toEqual({ amount: max, unit });
    expect(value.text).toBe(text);
  });

  it('reads working hours as working days and keeps the rest as a note', () => {
    const value = fixed('14 hari sesuai jam kerja dan sesuai dengan proses Bank');
    expect(value.target).toEqual({ amount: 14, unit: 'working_day' });
    expect(value.note).toBe('sesuai dengan proses Bank');
    // Dumai's KKS procedure writes the bank's wait as "14 Hari Jam Kerja".
    expect(fixed('14 Hari Jam Kerja').target).toEqual({ amount: 14, unit: 'working_day' });
  });

  it('reads "menyesuaikan" as having no fixed time', () => {
    expect(parseCompletionTime('menyesuaikan')).toEqual({
      ok: true,
      value: { kind: 'flexible', text: 'menyesuaikan', note: null },
    });
    expect(parseCompletionTime('Menyesuaikan kondisi PPKS')).toMatchObject({
      ok: true,
      value: { kind: 'flexible', note: 'kondisi PPKS' },
    });
  });

  it('refuses what it cannot read, with an Indonesian message', () => {
    expect(parseCompletionTime('secepatnya')).toMatchObject({
      ok: false,
      message: expect.stringContaining('tidak dikenali'),
    });
    expect(parseCompletionTime('5 tahun cahaya')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Satuan waktu'),
    });
    expect(parseCompletionTime('4 - 3 hari')).toMatchObject({ ok: false });
    expect(parseCompletionTime('0 hari')).toMatchObject({ ok: false });
  });
});
