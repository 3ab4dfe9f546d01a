import { z } from '../zod';
import { REPORTER_NOTICE_KINDS, type TReporterNoticeKind } from './kinds';
import {
  DEFAULT_TEXTS,
  DEFAULT_WHATSAPP_TEMPLATES,
  PLACEHOLDER_NAMES,
  smsMeasure,
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

/** The kinds whose WhatsApp template an office names: the reporter's notices and staff alerts. */
export const WHATSAPP_TEMPLATE_KINDS = [...REPORTER_NOTICE_KINDS, 'staff_alert'] as const;
export type TWhatsappTemplateKind = (typeof WHATSAPP_TEMPLATE_KINDS)[number];

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
  parameters: z
    .array(
      z.enum(PLACEHOLDER_NAMES, {
        error: (issue) =>
          `Isian {${String(issue.input)}} tidak dikenal; pakai ${PLACEHOLDER_NAMES.join(', ')}`,
      }),
    )
    .max(10, 'Paling banyak 10 parameter'),
});

const noticeText = z
  .string()
  .trim()
  .min(10, 'Teks pesan minimal 10 karakter')
  .max(1000, 'Teks pesan paling panjang 1000 karakter')
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
    Object.fromEntries(WHATSAPP_TEMPLATE_KINDS.map((k) => [k, ZWhatsappTemplate])) as Record<
      TWhatsappTemplateKind,
      typeof ZWhatsappTemplate
    >,
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

function defaultSettings(regionName: string): TNotificationSettings {
  return {
    reporterChannel: 'auto',
    smsFallback: true,
    emailToReporters: true,
    staffChannel: 'auto',
    senderName: defaultSenderName(regionName),
    whatsappPhoneNumberId: null,
    whatsappTemplates: structuredClone(DEFAULT_WHATSAPP_TEMPLATES) as Record<
      TWhatsappTemplateKind,
      TWhatsappTemplate
    >,
    texts: { ...DEFAULT_TEXTS },
    // One working day to the Kabid, two to the Kadis (8-hour office days).
    escalation: { kabidAfterHours: 8, kadisAfterHours: 16 },
  };
}

/**
 * The settings an office runs with: what it saved over the defaults. A saved row from before a
 * field existed (a new notice kind, say) takes that field's default instead of breaking a send.
 */
export function effectiveNotificationSettings(
  saved: TNotificationSettings | null,
  regionName: string,
): TNotificationSettings {
  const defaults = defaultSettings(regionName);
  if (!saved) return defaults;
  return {
    ...defaults,
    ...saved,
    whatsappTemplates: { ...defaults.whatsappTemplates, ...saved.whatsappTemplates },
    texts: { ...defaults.texts, ...saved.texts },
    escalation: { ...defaults.escalation, ...saved.escalation },
  };
}

/**
 * The texts that would not go as one SMS with the office's sender name and public address, keyed
 * as the form's fields (`texts.received`). Checked on every save whatever the channel: SMS may be
 * the fallback any day, and the texts are what goes by SMS.
 */
export function smsTextProblems(
  settings: Pick<TNotificationSettings, 'texts' | 'senderName'>,
  publicBaseUrl: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const kind of REPORTER_NOTICE_KINDS) {
    const problem = smsMeasure(settings.texts[kind], settings.senderName, publicBaseUrl, kind).problem;
    if (problem) problems[`texts.${kind}`] = problem;
  }
  return problems;
}

// The API of the settings page ----------------------------------------------------------------

export const ZSmsCheck = z.object({
  encoding: z.enum(['gsm7', 'ucs2']),
  /** GSM-7 septets or UTF-16 units of the text with its longest values. */
  units: z.number().int(),
  segments: z.number().int(),
  problem: z.string().nullable(),
});
export type TSmsCheck = z.infer<typeof ZSmsCheck>;

/** What the settings page shows: the settings in force, the deployment's providers (never a secret). */
export const ZNotificationSettingsView = z.object({
  settings: ZNotificationSettings,
  /** False while the office runs on the defaults. */
  saved: z.boolean(),
  providers: z.object({
    whatsapp: z.boolean(),
    sms: z.enum(['twilio', 'generic']).nullable(),
    email: z.boolean(),
  }),
  publicBaseUrl: z.string(),
  /** The office's ticket prefix, for the editor's examples. */
  ticketPrefix: z.string(),
  smsCheck: z.object(
    Object.fromEntries(REPORTER_NOTICE_KINDS.map((k) => [k, ZSmsCheck])) as Record<
      TReporterNoticeKind,
      typeof ZSmsCheck
    >,
  ),
});
export type TNotificationSettingsView = z.infer<typeof ZNotificationSettingsView>;

export const ZNotificationPreviewRequest = z.object({
  kind: z.enum(REPORTER_NOTICE_KINDS),
  text: z.string().max(1000, 'Teks pesan paling panjang 1000 karakter'),
  senderName: ZNotificationSettings.shape.senderName,
});

export const ZNotificationPreview = z.object({
  /** The text with example values, as a reporter would read it. */
  rendered: z.string(),
  /** Measured with the longest values the text can take. */
  sms: ZSmsCheck,
});
export type TNotificationPreview = z.infer<typeof ZNotificationPreview>;
