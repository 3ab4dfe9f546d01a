import { describe, expect, it } from 'vitest';
import { maskKk, maskName, maskNik, maskPhone, normalizePhone, parseKk, parseNik } from './index';

const known = new Set(['13.10.01', '14.72.01', '32.75.01']);
const options = {
  districtExists: (code: string) => known.has(code),
  today: new Date('2026-11-26T00:00:00Z'),
};

describe('parseNik', () => {
  it('reads district, sex and birth date of a man', () => {
    expect(parseNik('1310011708900001', options)).toEqual({
      ok: true,
      value: {
        nik: '1310011708900001',
        districtCode: '13.10.01',
        sex: 'male',
        birthDate: '1990-08-17',
        sequence: '0001',
      },
    });
  });

  it('reads a woman: 40 is added to the day of birth', () => {
    const result = parseNik('1472015708020003', options);
    expect(result).toMatchObject({
      ok: true,
      value: { sex: 'female', birthDate: '2002-08-17', districtCode: '14.72.01' },
    });
  });

  it('accepts digits typed in groups', () => {
    expect(parseNik('1310 0117 0890 0001', options).ok).toBe(true);
    expect(parseNik('1310.0117.0890.0001', options).ok).toBe(true);
  });

  it('places two-digit years in the right century', () => {
    expect(parseNik('3275010101250001', options)).toMatchObject({ value: { birthDate: '2025-01-01' } });
    expect(parseNik('3275010101270001', options)).toMatchObject({ value: { birthDate: '1927-01-01' } });
  });

  it.each([
    ['131001170890000', 'format'],
    ['13100117089000012', 'format'],
    ['13100117089O0001', 'format'],
    ['9999011708900001', 'district'],
    ['1310013208900001', 'birth_date'],
    ['1310017208900001', 'birth_date'],
    ['1310010013900001', 'birth_date'],
    ['1310013102900001', 'birth_date'],
    ['1310012902010001', 'birth_date'],
    ['1310014000900001', 'birth_date'],
  ])('rejects %s (%s)', (nik, problem) => {
    expect(parseNik(nik, options)).toEqual({ ok: false, problem });
  });

  it('accepts 29 February in a leap year and a woman born on the 31st', () => {
    expect(parseNik('1310012902000001', options).ok).toBe(true);
    expect(parseNik('1310017112990001', options)).toMatchObject({
      value: { sex: 'female', birthDate: '1999-12-31' },
    });
  });

  it('rejects a birth date after today', () => {
    expect(parseNik('1310012711260001', options)).toEqual({ ok: false, problem: 'birth_date' });
  });
});

describe('parseKk', () => {
  it('reads the district and issue date', () => {
    expect(parseKk('1310010503150007', options)).toEqual({
      ok: true,
      value: { kk: '1310010503150007', districtCode: '13.10.01', issuedOn: '2015-03-05' },
    });
  });

  it.each([
    ['131001050315000', 'format'],
    ['abcd010503150007', 'format'],
    ['9999010503150007', 'district'],
    ['1310014503150007', 'issue_date'],
    ['1310010013150007', 'issue_date'],
  ])('rejects %s (%s)', (kk, problem) => {
    expect(parseKk(kk, options)).toEqual({ ok: false, problem });
  });
});

describe('normalizePhone', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['62 812 3456 7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62(812)34567890', '+6281234567890'],
  ])('%s → %s (mobile)', (input, expected) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value: expected, kind: 'mobile' });
  });

  it('normalises landlines with their area code', () => {
    expect(normalizePhone('(0765) 31234')).toEqual({ ok: true, value: '+6276531234', kind: 'landline' });
    expect(normalizePhone('021-88954321')).toEqual({ ok: true, value: '+622188954321', kind: 'landline' });
  });

  it.each(['', '12345', '0812', '+1 202 555 0100', '0812345678901234', '00812345678', 'telp 0812'])(
    'rejects %j',
    (input) => {
      expect(normalizePhone(input)).toEqual({ ok: false });
    },
  );
});

describe('masks', () => {
  it('masks NIK and KK as 1310**********01', () => {
    expect(maskNik('1310011708900001')).toBe('1310**********01');
    expect(maskKk('1310010503150007')).toBe('1310**********07');
  });

  it('masks short input fully rather than leak it', () => {
    expect(maskNik('123')).toBe('***');
  });

  it('masks phones and names', () => {
    expect(maskPhone('+6281234567890')).toBe('+62812******90');
    expect(maskName('Siti  Aminah')).toBe('S*** A*****');
  });
});
