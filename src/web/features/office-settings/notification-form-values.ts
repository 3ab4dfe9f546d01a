import { REPORTER_NOTICE_KINDS, type TReporterNoticeKind } from '../../../domain/notifications/kinds';
import {
  smsTextProblems,
  type TNotificationSettings,
  type TWhatsappTemplateKind,
  WHATSAPP_TEMPLATE_KINDS,
  ZNotificationSettings,
} from '../../../domain/notifications/settings';
import type { TPlaceholder } from '../../../domain/notifications/templates';

/** A WhatsApp template as the form holds it: the parameters as one comma-separated text. */
export interface TemplateValues {
  name: string;
  language: string;
  parameters: string;
}

/** The settings as the form edits them: texts for the optional id and the parameter lists. */
export interface NotificationFormValues {
  reporterChannel: TNotificationSettings['reporterChannel'];
  smsFallback: boolean;
  emailToReporters: boolean;
  staffChannel: TNotificationSettings['staffChannel'];
  senderName: string;
  whatsappPhoneNumberId: string;
  whatsappTemplates: Record<TWhatsappTemplateKind, TemplateValues>;
  texts: Record<TReporterNoticeKind, string>;
  escalation: { kabidAfterHours: number | string; kadisAfterHours: number | string };
}

function mapKinds<K extends string, A, B>(
  kinds: readonly K[],
  of: Record<K, A>,
  f: (a: A) => B,
): Record<K, B> {
  return Object.fromEntries(kinds.map((k) => [k, f(of[k])])) as Record<K, B>;
}

export function notificationValuesOf(settings: TNotificationSettings): NotificationFormValues {
  return {
    reporterChannel: settings.reporterChannel,
    smsFallback: settings.smsFallback,
    emailToReporters: settings.emailToReporters,
    staffChannel: settings.staffChannel,
    senderName: settings.senderName,
    whatsappPhoneNumberId: settings.whatsappPhoneNumberId ?? '',
    whatsappTemplates: mapKinds(WHATSAPP_TEMPLATE_KINDS, settings.whatsappTemplates, (t) => ({
      name: t.name,
      language: t.language,
      parameters: t.parameters.join(', '),
    })),
    texts: { ...settings.texts },
    escalation: { ...settings.escalation },
  };
}

/** "kantor, tiket,  tautan" → ['kantor', 'tiket', 'tautan']; braces typed by habit are dropped. */
export function parameterList(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((p) => p.replace(/[{}]/g, '').trim())
    .filter((p) => p.length > 0);
}

/** The body the API takes; unknown parameter names are sent as typed, for the check to name. */
export function notificationSettingsOf(values: NotificationFormValues): TNotificationSettings {
  const id = values.whatsappPhoneNumberId.trim();
  return {
    reporterChannel: values.reporterChannel,
    smsFallback: values.smsFallback,
    emailToReporters: values.emailToReporters,
    staffChannel: values.staffChannel,
    senderName: values.senderName.trim(),
    whatsappPhoneNumberId: id === '' ? null : id,
    whatsappTemplates: mapKinds(WHATSAPP_TEMPLATE_KINDS, values.whatsappTemplates, (t) => ({
      name: t.name.trim(),
      language: t.language.trim(),
      parameters: parameterList(t.parameters) as TPlaceholder[],
    })),
    texts: mapKinds(REPORTER_NOTICE_KINDS, values.texts, (text) => text.trim()),
    escalation: {
      kabidAfterHours: Number(values.escalation.kabidAfterHours),
      kadisAfterHours: Number(values.escalation.kadisAfterHours),
    },
  };
}

/**
 * The input that shows a check's path: `whatsappTemplates.closed.parameters.1` lands on the
 * template's one parameter text. (Like the API's `formPathFor`, without pulling the API client in.)
 */
function inputPathOf(values: NotificationFormValues, path: string): string {
  let current: unknown = values;
  const segments = path.split('.');
  for (let index = 0; index < segments.length; index++) {
    if (typeof current !== 'object' || current === null) return segments.slice(0, index).join('.');
    current = (current as Record<string, unknown>)[segments[index] as string];
  }
  return path;
}

/**
 * The same checks as the server, in the browser: the schema, then one SMS per text with the
 * office's address. A message about one parameter lands on its template's parameter input.
 */
export function validateNotificationValues(
  values: NotificationFormValues,
  publicBaseUrl: string,
): Record<string, string> {
  const settings = notificationSettingsOf(values);
  const errors: Record<string, string> = {};
  const parsed = ZNotificationSettings.safeParse(settings);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = inputPathOf(values, issue.path.map(String).join('.'));
      errors[path] ??= issue.message;
    }
  for (const [path, message] of Object.entries(smsTextProblems(settings, publicBaseUrl)))
    errors[path] ??= message;
  return errors;
}
