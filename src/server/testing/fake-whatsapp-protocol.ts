import { createHmac, randomBytes } from 'node:crypto';

/**
 * What the fake WhatsApp Cloud API (fake-whatsapp.ts) says and posts, as Meta documents it:
 * the Cloud API "Messages" reference (send request and success body), "Cloud API Error Codes"
 * (error body `{error: {message: "(#code) title", type: "OAuthException", code, error_subcode?,
 * error_data: {messaging_product, details}, fbtrace_id}}`; codes 100, 130429, 131000, 131026, 190)
 * and the "Webhooks" reference (`entry[].changes[].value` with `metadata`, `statuses[]`,
 * `contacts[]`, `messages[]`, signed in `X-Hub-Signature-256`).
 */

export type FakeFailure = 'rate_limit' | 'server_error' | 'invalid_number' | 'not_on_whatsapp' | 'timeout';

export interface ReceivedMessage {
  wamid: string;
  phoneNumberId: string;
  /** Digits, as sent (`6281234567890`). */
  to: string;
  type: string;
  /** The template's name, language and body parameters (texts, in order), for template messages. */
  template: { name: string; language: string; parameters: string[] } | null;
  /** The text of a `type: text` message. */
  text: string | null;
  bizOpaqueCallbackData: string | null;
  idempotencyKey: string | null;
  receivedAt: Date;
  /** The request body as received. */
  body: Record<string, unknown>;
}

/** A custom answer from `setBehaviour`. */
export interface FakeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Decides the answer to one valid request: a failure, a custom reply, or undefined for success. */
export type FakeBehaviour = (request: {
  to: string;
  phoneNumberId: string;
  template: ReceivedMessage['template'];
  body: Record<string, unknown>;
}) => FakeFailure | FakeReply | undefined;

export interface StatusUpdate {
  wamid: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  errors?: { code: number; title: string; message?: string; details?: string }[];
  /** Unix seconds; default now. */
  timestamp?: number;
}

/** Random URL-safe text: wamids, trace ids, default secrets. */
export function random(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** The documented Graph API error body. */
export function graphError(code: number, title: string, details: string, subcode?: number): unknown {
  return {
    error: {
      message: `(#${code}) ${title}`,
      type: 'OAuthException',
      code,
      ...(subcode === undefined ? {} : { error_subcode: subcode }),
      error_data: { messaging_product: 'whatsapp', details },
      fbtrace_id: random(12),
    },
  };
}

export function failureReply(kind: Exclude<FakeFailure, 'timeout'>, retryAfterSeconds: number): FakeReply {
  switch (kind) {
    case 'rate_limit':
      return {
        status: 429,
        headers: { 'retry-after': String(retryAfterSeconds) },
        body: graphError(
          130429,
          'Rate limit hit',
          'Message failed to send because there were too many messages sent from this phone number in a short period of time',
          2494055,
        ),
      };
    case 'server_error':
      return {
        status: 500,
        body: graphError(131000, 'Something went wrong', 'Message failed to send due to an unknown error.'),
      };
    case 'invalid_number':
      return {
        status: 400,
        body: graphError(100, 'Invalid parameter', 'Invalid parameter value for the recipient phone number'),
      };
    case 'not_on_whatsapp':
      return {
        status: 400,
        body: graphError(
          131026,
          'Message undeliverable',
          'Unable to deliver message. Reasons can include: the recipient phone number is not a WhatsApp phone number.',
        ),
      };
  }
}

/** `X-Hub-Signature-256` of a raw body, as Meta signs its webhooks. */
export function signWebhook(rawBody: string | Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

function envelope(phoneNumberId: string, value: Record<string, unknown>): unknown {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/** A status webhook's body (`statuses[]`), as Meta posts it. */
export function statusWebhookPayload(input: {
  phoneNumberId: string;
  wamid: string;
  status: StatusUpdate['status'];
  recipientId: string;
  timestamp: number;
  bizOpaqueCallbackData?: string | null;
  errors?: StatusUpdate['errors'];
}): unknown {
  return envelope(input.phoneNumberId, {
    statuses: [
      {
        id: input.wamid,
        status: input.status,
        timestamp: String(input.timestamp),
        recipient_id: input.recipientId.replace(/\D/g, ''),
        ...(input.bizOpaqueCallbackData ? { biz_opaque_callback_data: input.bizOpaqueCallbackData } : {}),
        ...(input.status === 'failed'
          ? {}
          : {
              pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
            }),
        ...(input.errors
          ? {
              errors: input.errors.map((e) => ({
                code: e.code,
                title: e.title,
                message: e.message ?? e.title,
                error_data: { details: e.details ?? e.title },
              })),
            }
          : {}),
      },
    ],
  });
}

/** An inbound text message's webhook body (`contacts[]`, `messages[]`). */
export function inboundTextPayload(input: {
  phoneNumberId: string;
  from: string;
  body: string;
  timestamp: number;
}): unknown {
  const waId = input.from.replace(/\D/g, '');
  return envelope(input.phoneNumberId, {
    contacts: [{ profile: { name: 'Warga' }, wa_id: waId }],
    messages: [
      {
        from: waId,
        id: `wamid.${random(24)}`,
        timestamp: String(input.timestamp),
        type: 'text',
        text: { body: input.body },
      },
    ],
  });
}

export type ParsedSend =
  | { ok: true; to: string; type: string; template: ReceivedMessage['template']; text: string | null }
  | { ok: false; reply: FakeReply };

export const invalidReply = (details: string): FakeReply => ({
  status: 400,
  body: graphError(100, 'Invalid parameter', details),
});
const invalid = (details: string): ParsedSend => ({ ok: false, reply: invalidReply(details) });

/** Checks a send request as Meta would check its shape; template parameters included. */
export function parseSend(body: Record<string, unknown>): ParsedSend {
  if (body.messaging_product !== 'whatsapp') return invalid('messaging_product must be whatsapp');
  const to = typeof body.to === 'string' ? body.to : '';
  if (!/^\+?\d{8,15}$/.test(to)) return invalid('Invalid parameter value for to');
  if (body.type === 'text') {
    const text = (body.text as { body?: unknown } | undefined)?.body;
    if (typeof text !== 'string' || text === '') return invalid('text.body is required');
    return { ok: true, to: to.replace(/\D/g, ''), type: 'text', template: null, text };
  }
  if (body.type !== 'template') return invalid('Unsupported message type');
  const template = body.template as
    | {
        name?: unknown;
        language?: { code?: unknown };
        components?: { type?: string; parameters?: unknown }[];
      }
    | undefined;
  if (typeof template?.name !== 'string' || typeof template.language?.code !== 'string')
    return invalid('template.name and template.language.code are required');
  const components = Array.isArray(template.components) ? template.components : [];
  const bodyParameters = components.find((c) => c.type === 'body')?.parameters;
  const parameters: string[] = [];
  for (const p of Array.isArray(bodyParameters) ? bodyParameters : []) {
    const text = (p as { type?: unknown; text?: unknown }).text;
    if (typeof text !== 'string' || text === '') return invalid('Parameter text cannot be empty');
    if (/[\n\t]| {5,}/.test(text))
      return invalid('Param text cannot have new-line/tab characters or more than 4 consecutive spaces');
    parameters.push(text);
  }
  return {
    ok: true,
    to: to.replace(/\D/g, ''),
    type: 'template',
    template: { name: template.name, language: template.language.code, parameters },
    text: null,
  };
}
