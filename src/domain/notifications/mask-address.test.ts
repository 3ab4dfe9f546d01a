import { describe, expect, it } from 'vitest';
import { reporterKindOf } from './kinds';
import { addressKindOf, handLink, maskAddress, maskEmail } from './mask-address';
import { KIND_TEMPLATES, outboxKindOf } from './schemas';

describe('maskEmail', () => {
  it('keeps the first letters and the top-level domain only', () => {
    expect(maskEmail('siti.aminah@dinsos.dharmasrayakab.go.id')).toBe('s***@d***.id');
    expect(maskEmail('budi@gmail.com')).toBe('b***@g***.com');
    expect(maskEmail('  Andi@Mail.CO.ID ')).toBe('A***@M***.ID');
  });

  it('never gives back a part of the name beyond its first letter, however short', () => {
    expect(maskEmail('a@b.id')).toBe('a***@b***.id');
    expect(maskEmail('x@localhost')).toBe('x***@l***');
    expect(maskEmail('a.b@c@d.id')).toBe('a***@d***.id');
  });

  it('masks what is not an address at all without echoing it', () => {
    expect(maskEmail('tanpa-at')).toBe('***');
    expect(maskEmail('@d.id')).toBe('***');
    expect(maskEmail('nama@')).toBe('***');
  });
});

describe('addresses of the outbox', () => {
  it('tells phones, landlines, e-mail addresses and staff apart', () => {
    expect(addressKindOf('+6281234567890')).toBe('mobile');
    expect(addressKindOf('+62765123456')).toBe('landline');
    expect(addressKindOf('budi@gmail.com')).toBe('email');
    expect(addressKindOf('user:6a1e…')).toBe('staff');
  });

  it('masks a phone as the identity rules do and an address with maskEmail', () => {
    expect(maskAddress('+6281234567890')).toBe('+62812******90');
    expect(maskAddress('budi@gmail.com')).toBe('b***@g***.com');
  });
});

describe('handLink', () => {
  it('opens a WhatsApp chat with the text, the number without its plus', () => {
    const link = handLink('+6281234567890', 'Tiket DHA-7K3F-9QXA: diterima & dicatat.', 'Satu Atap');
    expect(link.kind).toBe('whatsapp');
    expect(link.url).toBe(
      'https://wa.me/6281234567890?text=Tiket%20DHA-7K3F-9QXA%3A%20diterima%20%26%20dicatat.',
    );
    expect(new URL(link.url).searchParams.get('text')).toBe('Tiket DHA-7K3F-9QXA: diterima & dicatat.');
  });

  it('writes an e-mail with subject and body, and calls a landline', () => {
    const mail = handLink('budi@gmail.com', 'Baris satu\nBaris dua', 'Laporan Anda');
    expect(mail).toEqual({
      kind: 'email',
      url: 'mailto:budi@gmail.com?subject=Laporan%20Anda&body=Baris%20satu%0ABaris%20dua',
    });
    expect(handLink('+62765123456', 'teks', 'x')).toEqual({ kind: 'call', url: 'tel:+62765123456' });
  });
});

describe('outbox kinds', () => {
  it('agree with reporterKindOf for every template the filter names', () => {
    for (const [kind, templates] of Object.entries(KIND_TEMPLATES))
      for (const template of templates) expect(reporterKindOf(template)).toBe(kind);
    expect(reporterKindOf('case.verified')).toBe('status');
  });

  it('count every notice to an officer as staff, whatever its template', () => {
    expect(outboxKindOf('case.disputed.officer', 'user:abc')).toBe('staff');
    expect(outboxKindOf('staff.sla_breached', 'user:abc')).toBe('staff');
    expect(outboxKindOf('case.closed', '+6281234567890')).toBe('closed');
  });
});
