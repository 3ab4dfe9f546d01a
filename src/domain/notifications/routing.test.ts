import { describe, expect, it } from 'vitest';
import { fallbackChannel, type NoticeAddress, routeNotice } from './routing';
import { effectiveNotificationSettings, type TNotificationSettings } from './settings';
import { retryDelayMs } from './status';

const defaults = effectiveNotificationSettings(null, 'Kota Dumai');
const withChoice = (changes: Partial<TNotificationSettings>) => ({ ...defaults, ...changes });
const all = { whatsapp: true, sms: true, email: true };
const none = { whatsapp: false, sms: false, email: false };
const mobile: NoticeAddress = {
  kind: 'phone',
  phone: '+6281234567890',
  mobile: true,
  stopped: false,
  notOnWhatsapp: false,
};

describe('routing a notice', () => {
  it('goes by WhatsApp when the deployment has it, else SMS, else by hand (auto)', () => {
    expect(routeNotice(defaults, all, mobile, false)).toEqual({
      to: 'send',
      channel: 'whatsapp',
      address: '+6281234567890',
    });
    expect(routeNotice(defaults, { ...none, sms: true }, mobile, false)).toMatchObject({ channel: 'sms' });
    expect(routeNotice(defaults, none, mobile, false)).toEqual({ to: 'manual', address: '+6281234567890' });
  });

  it("follows the office's choice: SMS only, by hand only", () => {
    expect(routeNotice(withChoice({ reporterChannel: 'sms' }), all, mobile, false)).toMatchObject({
      channel: 'sms',
    });
    expect(routeNotice(withChoice({ reporterChannel: 'manual' }), all, mobile, false)).toMatchObject({
      to: 'manual',
    });
  });

  it('sends a number WhatsApp does not know by SMS, unless the office chose WhatsApp without fallback', () => {
    const unknown = { ...mobile, notOnWhatsapp: true };
    expect(routeNotice(defaults, all, unknown, false)).toMatchObject({ channel: 'sms' });
    const strict = withChoice({ reporterChannel: 'whatsapp', smsFallback: false });
    expect(routeNotice(strict, all, unknown, false)).toMatchObject({ to: 'manual' });
  });

  it('keeps a notice that fell back on SMS, stops one whose reporter asked, and leaves a landline to an officer', () => {
    expect(routeNotice(defaults, all, mobile, true)).toMatchObject({ channel: 'sms' });
    expect(routeNotice(defaults, all, { ...mobile, stopped: true }, false)).toEqual({ to: 'stopped' });
    expect(routeNotice(defaults, all, { ...mobile, mobile: false }, false)).toMatchObject({ to: 'manual' });
  });

  it('e-mails reporters who gave an address unless the office turned it off', () => {
    const email: NoticeAddress = { kind: 'email', email: 'a@b.id', stopped: false };
    expect(routeNotice(defaults, all, email, false)).toMatchObject({ channel: 'email' });
    expect(routeNotice(withChoice({ emailToReporters: false }), all, email, false)).toMatchObject({
      to: 'failed',
    });
    expect(routeNotice(defaults, all, { ...email, stopped: true }, false)).toEqual({ to: 'stopped' });
  });

  it("reaches staff by e-mail first, WhatsApp second, by the office's choice", () => {
    const staff: NoticeAddress = {
      kind: 'staff',
      email: 'p@dinsos.go.id',
      phone: '+6281200000000',
      active: true,
    };
    expect(routeNotice(defaults, all, staff, false)).toMatchObject({
      channel: 'email',
      address: 'p@dinsos.go.id',
    });
    expect(routeNotice(withChoice({ staffChannel: 'whatsapp' }), all, staff, false)).toMatchObject({
      channel: 'whatsapp',
    });
    expect(routeNotice(defaults, { ...all, email: false }, staff, false)).toMatchObject({
      channel: 'whatsapp',
    });
    expect(routeNotice(defaults, none, staff, false)).toMatchObject({ to: 'failed' });
    expect(routeNotice(defaults, all, { ...staff, active: false }, false)).toMatchObject({ to: 'failed' });
  });

  it('falls back from WhatsApp to SMS only where the office allows it and SMS exists', () => {
    expect(fallbackChannel(defaults, all, 'whatsapp')).toBe('sms');
    expect(fallbackChannel(defaults, all, 'sms')).toBeNull();
    expect(
      fallbackChannel(withChoice({ reporterChannel: 'whatsapp', smsFallback: false }), all, 'whatsapp'),
    ).toBeNull();
    expect(fallbackChannel(defaults, { ...all, sms: false }, 'whatsapp')).toBeNull();
  });
});

describe('retries', () => {
  it('backs off exponentially with jitter, capped at six hours, honouring Retry-After', () => {
    expect(retryDelayMs(1, 0.5)).toBe(30_000);
    expect(retryDelayMs(3, 0.5)).toBe(120_000);
    expect(retryDelayMs(1, 0)).toBe(24_000);
    expect(retryDelayMs(1, 0.999)).toBeLessThan(36_000);
    expect(retryDelayMs(30, 0.5)).toBe(6 * 3_600_000);
    expect(retryDelayMs(1, 0.5, 90_000)).toBe(90_000);
  });
});
