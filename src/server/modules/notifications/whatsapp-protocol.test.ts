import { describe, expect, it } from 'vitest';
import { phoneOfWaId, waDigits, whatsappReason } from './whatsapp-protocol';

describe('WhatsApp protocol helpers', () => {
  it('writes numbers as the Cloud API and the outbox want them', () => {
    expect(waDigits('+62 812-3456-7890')).toBe('6281234567890');
    expect(phoneOfWaId('6281234567890')).toBe('+6281234567890');
  });

  it('keeps a reason short, without Meta’s "(#code)" twice or a phone number', () => {
    expect(whatsappReason(131026, '(#131026) Message undeliverable')).toBe('131026 Message undeliverable');
    expect(whatsappReason(131030, 'Recipient not allowed', 'Add 6281234567890 to the list')).toBe(
      '131030 Recipient not allowed: Add … to the list',
    );
    expect(whatsappReason(131000, 'Something went wrong', 'Something went wrong')).toBe(
      '131000 Something went wrong',
    );
    expect(whatsappReason(100, 'x', 'y'.repeat(500))).toHaveLength(300);
  });
});
