/**
 * Indonesian phone numbers, normalised to E.164 (`+6281234567890`) so one person typed as
 * `0812-3456-7890`, `62 812 3456 7890` or `+62812…` is the same contact.
 */
export type PhoneKind = 'mobile' | 'landline';

export type PhoneResult = { ok: true; value: string; kind: PhoneKind } | { ok: false };

export const PHONE_MESSAGE = 'Nomor telepon tidak valid; tulis seperti 0812 3456 7890';

export function normalizePhone(input: string): PhoneResult {
  const compact = input.trim().replace(/[\s.\-()/]/g, '');
  let national: string; // the number without its trunk 0 or country code
  if (/^\+62\d+$/.test(compact)) national = compact.slice(3);
  else if (/^62\d+$/.test(compact)) national = compact.slice(2);
  else if (/^0\d+$/.test(compact)) national = compact.slice(1);
  else return { ok: false };
  if (national.startsWith('0')) return { ok: false };

  // Mobile numbers: 8xx followed by 6-9 digits (08xx-xxxx-xxxx is 10-13 digits with the 0).
  if (national.startsWith('8')) {
    return /^8\d{8,11}$/.test(national)
      ? { ok: true, value: `+62${national}`, kind: 'mobile' }
      : { ok: false };
  }
  // Landlines: a 2-3 digit area code (21 Jakarta, 761 Pekanbaru, 765 Dumai) and 5-8 digits.
  return /^[2-9]\d{6,10}$/.test(national)
    ? { ok: true, value: `+62${national}`, kind: 'landline' }
    : { ok: false };
}
