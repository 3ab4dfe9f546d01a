import { describe, expect, it } from 'vitest';
import { effectiveNotificationSettings } from '../../../domain/notifications/settings';
import {
  notificationSettingsOf,
  notificationValuesOf,
  parameterList,
  validateNotificationValues,
} from './notification-form-values';

const BASE = 'https://layanan.dinsos.dharmasrayakab.go.id';
const defaults = () => effectiveNotificationSettings(null, 'Kabupaten Dharmasraya');

describe('notification form values', () => {
  it('round-trips the settings through the form unchanged', () => {
    const settings = defaults();
    const values = notificationValuesOf(settings);
    expect(values.whatsappTemplates.received.parameters).toBe('kantor, tiket, agenda, tautan');
    expect(values.whatsappPhoneNumberId).toBe('');
    expect(notificationSettingsOf(values)).toEqual(settings);
    expect(validateNotificationValues(values, BASE)).toEqual({});
  });

  it('reads a parameter list as people type it', () => {
    expect(parameterList(' {kantor},tiket ,  tautan ')).toEqual(['kantor', 'tiket', 'tautan']);
    expect(parameterList('')).toEqual([]);
  });

  it('puts each problem on the input that shows it', () => {
    const values = notificationValuesOf(defaults());
    values.texts.received = `${values.texts.received} ${'Terima kasih atas laporan Anda. '.repeat(3)}`;
    values.whatsappTemplates.closed.parameters = 'kantor, nik';
    values.escalation.kadisAfterHours = '';
    values.whatsappPhoneNumberId = 'abc';
    expect(validateNotificationValues(values, BASE)).toMatchObject({
      'texts.received': expect.stringMatching(/melebihi 1 SMS/),
      'whatsappTemplates.closed.parameters': expect.stringMatching(/^Isian \{nik\} tidak dikenal/),
      'escalation.kadisAfterHours': expect.any(String),
      whatsappPhoneNumberId: 'ID nomor WhatsApp berupa angka dari WhatsApp Manager',
    });
  });
});
