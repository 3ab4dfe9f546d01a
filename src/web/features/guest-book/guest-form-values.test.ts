import { describe, expect, it } from 'vitest';
import { EMPTY_GUEST_VALUES, toGuestBookInput, validateGuestValues } from './guest-form-values';

describe('guest form values', () => {
  it('sends trimmed text and a missing phone as null', () => {
    expect(
      toGuestBookInput({ visitorName: '  Ibu Rosmawati ', visitorPhone: '  ', purpose: ' Lapor lansia ' }),
    ).toEqual({ visitorName: 'Ibu Rosmawati', visitorPhone: null, purpose: 'Lapor lansia' });
  });

  it('names each field that is wrong, in Indonesian, and passes a good entry', () => {
    const errors = validateGuestValues({ visitorName: 'A', visitorPhone: '12', purpose: '' });
    expect(Object.keys(errors).sort()).toEqual(['purpose', 'visitorName', 'visitorPhone']);
    expect(errors.visitorName).toBe('Nama tamu minimal 2 huruf');
    expect(errors.visitorPhone).toMatch(/Nomor telepon/);
    expect(validateGuestValues(EMPTY_GUEST_VALUES)).not.toEqual({});
    expect(
      validateGuestValues({ visitorName: 'Budi', visitorPhone: '0812 3456 7890', purpose: 'Tanya bansos' }),
    ).toEqual({});
  });
});
