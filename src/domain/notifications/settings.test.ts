import { describe, expect, it } from 'vitest';
import {
  defaultSenderName,
  effectiveNotificationSettings,
  smsTextProblems,
  type TNotificationSettings,
  ZNotificationSettings,
} from './settings';
import { DEFAULT_TEXTS } from './templates';

const defaults = () => effectiveNotificationSettings(null, 'Kabupaten Dharmasraya');

function issuesOf(input: unknown): Record<string, string> {
  const result = ZNotificationSettings.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('notification settings', () => {
  it('defaults to automatic channels, SMS fallback and the default texts, valid as they are', () => {
    const settings = defaults();
    expect(settings).toMatchObject({
      reporterChannel: 'auto',
      smsFallback: true,
      emailToReporters: true,
      staffChannel: 'auto',
      senderName: 'Dinsos Dharmasraya',
      whatsappPhoneNumberId: null,
      escalation: { kabidAfterHours: 8, kadisAfterHours: 16 },
    });
    expect(settings.texts).toEqual(DEFAULT_TEXTS);
    expect(ZNotificationSettings.parse(settings)).toEqual(settings);
    expect(defaultSenderName('Kota Dumai')).toBe('Dinsos Dumai');
  });

  it('gives each default its own copy, so editing one office never edits another', () => {
    const a = defaults();
    a.whatsappTemplates.received.parameters.push('status');
    expect(defaults().whatsappTemplates.received.parameters).not.toContain('status');
  });

  it('takes what an office saved over the defaults, field by field', () => {
    const saved = { ...defaults(), senderName: 'Dinsos Kab. Dharmasraya', reporterChannel: 'sms' } as const;
    const { closed: _dropped, ...olderTexts } = saved.texts;
    const effective = effectiveNotificationSettings(
      { ...saved, texts: olderTexts } as unknown as TNotificationSettings,
      'Kabupaten Dharmasraya',
    );
    expect(effective.senderName).toBe('Dinsos Kab. Dharmasraya');
    expect(effective.reporterChannel).toBe('sms');
    expect(effective.texts.closed).toBe(DEFAULT_TEXTS.closed);
  });

  it('refuses unknown placeholders and template parameters, and bad escalation, in Indonesian', () => {
    const settings = defaults();
    const bad = {
      ...settings,
      texts: { ...settings.texts, status: '{kantor}: halo {nama}, tiket {tiket}' },
      whatsappTemplates: {
        ...settings.whatsappTemplates,
        closed: { name: 'Satu Atap', language: 'indonesia', parameters: ['kantor', 'nik'] },
      },
      escalation: { kabidAfterHours: 16, kadisAfterHours: 8 },
      senderName: 'D',
    };
    expect(issuesOf(bad)).toMatchObject({
      'texts.status': 'Isian {nama} tidak dikenal',
      'whatsappTemplates.closed.name': 'Nama template WhatsApp hanya huruf kecil, angka dan garis bawah',
      'whatsappTemplates.closed.language': 'Kode bahasa seperti id atau en_US',
      'whatsappTemplates.closed.parameters.1': expect.stringMatching(/^Isian \{nik\} tidak dikenal/),
      'escalation.kadisAfterHours': 'Eskalasi ke Kadis harus setelah eskalasi ke Kabid',
      senderName: 'Nama pengirim minimal 3 karakter',
    });
  });

  it('names each text that would not fit one SMS with the sender name and address', () => {
    const settings = defaults();
    expect(smsTextProblems(settings, 'https://layanan.dinsos.dharmasrayakab.go.id')).toEqual({});
    const longSender = { ...settings, senderName: 'Dinas Sosial Kabupaten Dharmasraya Prov' };
    const problems = smsTextProblems(longSender, 'https://layanan.dinsos.dharmasrayakab.go.id');
    expect(Object.keys(problems)).toContain('texts.received');
    expect(problems['texts.received']).toMatch(/melebihi 1 SMS/);
  });
});
