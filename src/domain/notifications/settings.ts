import { z } from '../zod';
import { REPORTER_NOTICE_KINDS, type TReporterNoticeKind } from './kinds';
import {
  DEFAULT_TEXTS,
  DEFAULT_WHATSAPP_TEMPLATES,
  type TWhatsappTemplate,
  unknownPlaceholders,
} from './templates';

/**
 * How an office's notices reach people (office settings page). `auto`: WhatsApp when the deployment
 * has it, else SMS, else by hand. Secrets never live here: tokens and passwords come from the
 * environment (docs: README "Notices").
 */
export const REPORTER_CHANNEL_CHOICES = ['auto', 'whatsapp', 'sms', 'manual'] as const;
export const STAFF_CHANNEL_CHOICES = ['auto', 'email', 'whatsapp', 'none'] as const;

const templateName = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,512}$/, 'Nama template WhatsApp hanya huruf kecil, angka dan garis bawah');

export const ZWhatsappTemplate = z.object({
  name: templateName,
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'Kode bahasa seperti id atau en_US'),
  parameters: z.array(z.enum(['kantor', 'tiket', 'agenda', 'tautan', 'status', 'pesan', 'kurang'])).max(10),
});

const noticeText = z
  .string()
  .trim()
  .min(10, 'Teks pesan minimal 10 karakter')
  .max(1000)
  .superRefine((text, ctx) => {
    const unknown = unknownPlaceholders(text);
    if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Isian {${unknown[0]}} tidak dikenal` });
  });

const hours = (label: string) =>
  z.coerce
    .number({ error: `${label} harus angka` })
    .int(`${label} harus bilangan bulat`)
    .min(1, `${label} minimal 1 jam kerja`)
    .max(400, `${label} paling lama 400 jam kerja`);

export const ZNotificationSettings = z.object({
  reporterChannel: z.enum(REPORTER_CHANNEL_CHOICES),
  /** A WhatsApp notice that fails after its tries goes on by SMS. */
  smsFallback: z.boolean(),
  /** Reporters who gave an e-mail address also get each notice by e-mail. */
  emailToReporters: z.boolean(),
  staffChannel: z.enum(STAFF_CHANNEL_CHOICES),
  /** The name notices start with (`{kantor}`): short, so an SMS stays one message. */
  senderName: z
    .string()
    .trim()
    .min(3, 'Nama pengirim minimal 3 karakter')
    .max(40, 'Nama pengirim paling panjang 40 karakter'),
  /** The office's own WhatsApp number's id at Meta; empty: the deployment's (WHATSAPP_PHONE_NUMBER_ID). */
  whatsappPhoneNumberId: z
    .string()
    .trim()
    .regex(/^\d{5,20}$/, 'ID nomor WhatsApp berupa angka dari WhatsApp Manager')
    .nullable(),
  whatsappTemplates: z.object(
    Object.fromEntries(
      [...REPORTER_NOTICE_KINDS, 'staff_alert'].map((k) => [k, ZWhatsappTemplate]),
    ) as Record<TReporterNoticeKind | 'staff_alert', typeof ZWhatsappTemplate>,
  ),
  texts: z.object(
    Object.fromEntries(REPORTER_NOTICE_KINDS.map((k) => [k, noticeText])) as Record<
      TReporterNoticeKind,
      typeof noticeText
    >,
  ),
  escalation: z
    .object({
      /** Working hours after a breach before the Kabid is told, then the Kadis. */
      kabidAfterHours: hours('Eskalasi ke Kabid'),
      kadisAfterHours: hours('Eskalasi ke Kadis'),
    })
    .refine((e) => e.kadisAfterHours > e.kabidAfterHours, {
      message: 'Eskalasi ke Kadis harus setelah eskalasi ke Kabid',
      path: ['kadisAfterHours'],
    }),
});
export type TNotificationSettings = z.infer<typeof ZNotificationSettings>;

/** "Kabupaten Dharmasraya" → "Dinsos Dharmasraya": short enough for one SMS. */
export function defaultSenderName(regionName: string): string {
  return `Dinsos ${regionName.replace(/^(Kabupaten|Kota|Kab\.)\s+/i, '')}`.slice(0, 40);
}

/** The settings an office runs with: what it saved, else the defaults. */
export function effectiveNotificationSettings(
  saved: TNotificationSettings | null,
  regionName: string,
): TNotificationSettings {
  if (saved) return saved;
  return {
    reporterChannel: 'auto',
    smsFallback: true,
    emailToReporters: true,
    staffChannel: 'auto',
    senderName: defaultSenderName(regionName),
    whatsappPhoneNumberId: null,
    whatsappTemplates: structuredClone(DEFAULT_WHATSAPP_TEMPLATES) as Record<
      TReporterNoticeKind | 'staff_alert',
      TWhatsappTemplate
    >,
    texts: { ...DEFAULT_TEXTS },
    // One working day to the Kabid, two to the Kadis (8-hour office days).
    escalation: { kabidAfterHours: 8, kadisAfterHours: 16 },
  };
}
