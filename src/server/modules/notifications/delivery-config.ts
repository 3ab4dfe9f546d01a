/**
 * The deployment's providers, from the environment (README "Notices"). Base URLs are settings so
 * tests and staging point them at local servers; a real provider is one variable away. Secrets
 * stay in this object: never logged, never sent to the web.
 */
export interface WhatsappConfig {
  /** `https://graph.facebook.com/v21.0` unless WHATSAPP_API_BASE says otherwise. */
  apiBase: string;
  token: string;
  phoneNumberId: string;
  /** Verifies the webhook's X-Hub-Signature-256; without it the webhook refuses every call. */
  appSecret: string | null;
  /** The token Meta echoes when the webhook is registered (GET hub.verify_token). */
  verifyToken: string | null;
}

export type SmsConfig =
  | {
      provider: 'twilio';
      /** `https://api.twilio.com` unless SMS_API_BASE says otherwise. */
      apiBase: string;
      accountSid: string;
      authToken: string;
      from: string;
      /**
       * Where Twilio posts delivery statuses (the `StatusCallback` of each message): set by
       * TWILIO_STATUS_CALLBACK_URL (`none` for no callback), else this app's own webhook under
       * PUBLIC_BASE_URL; null when neither is set (Twilio cannot reach localhost).
       */
      statusCallbackUrl: string | null;
    }
  | {
      provider: 'generic';
      /** The gateway's send URL (SMS_API_BASE). */
      url: string;
      /** `json` or `form` (SMS_FORMAT). */
      format: 'json' | 'form';
      /** Fields of the request: the number, the text, and fixed ones (SMS_FIELDS, JSON). */
      toField: string;
      textField: string;
      extraFields: Record<string, string>;
      /** Sent as `Authorization` (SMS_AUTH, e.g. `Bearer …` or `Basic …`). */
      authorization: string | null;
      /** Where the answer holds the message id (SMS_ID_PATH, dotted, e.g. `data.id`). */
      idPath: string | null;
      /** Numbers as the gateway wants them: `+62812…`, `62812…` or `0812…` (SMS_NUMBER_FORMAT). */
      numberFormat: 'e164' | 'international' | 'national';
      /**
       * The shared token the gateway sends with its delivery reports and replies (SMS_INBOUND_TOKEN);
       * without it `/api/v1/webhooks/sms/generic` answers 404.
       */
      inboundToken: string | null;
    };

export interface SmtpConfig {
  /** `smtp://user:pass@host:587` or `smtps://…:465`. */
  url: string;
  from: string;
}

export interface DeliveryConfig {
  whatsapp: WhatsappConfig | null;
  sms: SmsConfig | null;
  smtp: SmtpConfig | null;
  /** Notices each instance sends a second at most (NOTICE_MAX_PER_SECOND); unset: the worker's default. */
  maxPerSecond?: number;
}

const DEFAULT_GRAPH_API = 'https://graph.facebook.com/v21.0';

function trimmed(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function readWhatsapp(env: NodeJS.ProcessEnv): WhatsappConfig | null {
  const token = trimmed(env, 'WHATSAPP_TOKEN');
  const phoneNumberId = trimmed(env, 'WHATSAPP_PHONE_NUMBER_ID');
  if (!token || !phoneNumberId) return null;
  return {
    apiBase: (trimmed(env, 'WHATSAPP_API_BASE') ?? DEFAULT_GRAPH_API).replace(/\/$/, ''),
    token,
    phoneNumberId,
    appSecret: trimmed(env, 'WHATSAPP_APP_SECRET'),
    verifyToken: trimmed(env, 'WHATSAPP_VERIFY_TOKEN'),
  };
}

function readSms(env: NodeJS.ProcessEnv): SmsConfig | null {
  const provider = trimmed(env, 'SMS_PROVIDER') ?? (trimmed(env, 'TWILIO_ACCOUNT_SID') ? 'twilio' : null);
  if (provider === 'twilio') {
    const accountSid = trimmed(env, 'TWILIO_ACCOUNT_SID');
    const authToken = trimmed(env, 'TWILIO_AUTH_TOKEN');
    const from = trimmed(env, 'SMS_FROM');
    if (!accountSid || !authToken || !from)
      throw new Error('SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and SMS_FROM');
    return {
      provider,
      apiBase: (trimmed(env, 'SMS_API_BASE') ?? 'https://api.twilio.com').replace(/\/$/, ''),
      accountSid,
      authToken,
      from,
      statusCallbackUrl: twilioStatusCallback(env),
    };
  }
  const url = trimmed(env, 'SMS_API_BASE');
  if (provider !== 'generic' && !(provider === null && url)) {
    if (provider) throw new Error(`SMS_PROVIDER must be generic or twilio, not ${provider}`);
    return null;
  }
  if (!url) throw new Error('SMS_PROVIDER=generic needs SMS_API_BASE (the gateway send URL)');
  const fields = JSON.parse(trimmed(env, 'SMS_FIELDS') ?? '{}') as Record<string, string>;
  const { to = 'to', text = 'message', ...extraFields } = fields;
  const format = trimmed(env, 'SMS_FORMAT') ?? 'json';
  if (format !== 'json' && format !== 'form') throw new Error('SMS_FORMAT must be json or form');
  const numberFormat = trimmed(env, 'SMS_NUMBER_FORMAT') ?? 'international';
  if (numberFormat !== 'e164' && numberFormat !== 'international' && numberFormat !== 'national')
    throw new Error('SMS_NUMBER_FORMAT must be e164, international or national');
  return {
    provider: 'generic',
    url,
    format,
    toField: to,
    textField: text,
    extraFields,
    authorization: trimmed(env, 'SMS_AUTH'),
    idPath: trimmed(env, 'SMS_ID_PATH'),
    numberFormat,
    inboundToken: trimmed(env, 'SMS_INBOUND_TOKEN'),
  };
}

function twilioStatusCallback(env: NodeJS.ProcessEnv): string | null {
  const explicit = trimmed(env, 'TWILIO_STATUS_CALLBACK_URL');
  if (explicit) return explicit === 'none' ? null : explicit;
  const base = trimmed(env, 'PUBLIC_BASE_URL')?.replace(/\/$/, '');
  return base ? `${base}/api/v1/webhooks/sms/twilio/status` : null;
}

function readSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const url = trimmed(env, 'SMTP_URL');
  if (!url) return null;
  const from = trimmed(env, 'MAIL_FROM');
  if (!from) throw new Error('SMTP_URL needs MAIL_FROM (e.g. "Dinas Sosial <layanan@dinsos.go.id>")');
  return { url, from };
}

/** Reads the providers; a half-configured one is an error at start, not a silent "manual". */
export function readDeliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const rate = trimmed(env, 'NOTICE_MAX_PER_SECOND');
  if (rate !== null && !(Number(rate) > 0))
    throw new Error('NOTICE_MAX_PER_SECOND must be a positive number');
  return {
    whatsapp: readWhatsapp(env),
    sms: readSms(env),
    smtp: readSmtp(env),
    ...(rate !== null ? { maxPerSecond: Number(rate) } : {}),
  };
}

export const NO_PROVIDERS: DeliveryConfig = { whatsapp: null, sms: null, smtp: null };
