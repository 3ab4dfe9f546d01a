import type { WhatsappConfig } from '../delivery-config';
import {
  NOT_ON_WHATSAPP_CODE,
  RATE_LIMIT_CODES,
  TRANSIENT_CODES,
  waDigits,
  whatsappReason,
} from '../whatsapp-protocol';
import {
  type DeliveryChannel,
  networkFailure,
  type OutgoingMessage,
  retryAfterMs,
  SEND_TIMEOUT_MS,
  type SendOutcome,
} from './channel';

/**
 * WhatsApp Business Cloud API (Graph API `POST /{phone-number-id}/messages`).
 *
 * Followed: Meta's Cloud API reference "Messages" and "Send message templates": a template message
 * is `{messaging_product: "whatsapp", recipient_type: "individual", to, type: "template",
 * template: {name, language: {code}, components: [{type: "body", parameters: [{type: "text",
 * text}]}]}}`, answered `{messaging_product, contacts: [{input, wa_id}], messages: [{id}]}`;
 * `biz_opaque_callback_data` comes back on every status webhook of the message. Error handling
 * follows the "Cloud API Error Codes" page (see whatsapp-protocol.ts). The token and the number
 * are never logged: this module logs nothing.
 */
export function whatsappCloudChannel(
  config: WhatsappConfig,
  fetchImpl: typeof fetch = fetch,
): DeliveryChannel {
  return {
    name: 'whatsapp',
    async send(message, signal) {
      const phoneNumberId = message.whatsapp?.phoneNumberId || config.phoneNumberId;
      let response: Response;
      let answer: unknown;
      try {
        response = await fetchImpl(`${config.apiBase}/${encodeURIComponent(phoneNumberId)}/messages`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${config.token}`,
            'content-type': 'application/json',
            // Meta ignores it; a provider or proxy that honours it never delivers a retry twice.
            'idempotency-key': message.idempotencyKey,
          },
          body: JSON.stringify(requestBody(message)),
          signal: AbortSignal.any([signal, AbortSignal.timeout(SEND_TIMEOUT_MS)]),
        });
        answer = await response.json().catch(() => null);
      } catch (error) {
        return networkFailure(error);
      }
      return outcomeOf(response, answer);
    },
  };
}

/**
 * Meta refuses an empty text parameter, and one with a new line, a tab or more than four spaces
 * in a row ("Param text cannot have new-line/tab characters or more than 4 consecutive spaces").
 */
export function templateParameter(value: string): string {
  const flat = value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return flat === '' ? '-' : flat;
}

/** The JSON body of the Cloud API's send call. */
export function requestBody(message: OutgoingMessage): Record<string, unknown> {
  const common = {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: waDigits(message.to),
    // Comes back on the status webhooks: which notice a status is about, even without our id.
    biz_opaque_callback_data: message.noticeId,
  };
  const wa = message.whatsapp;
  // Business-initiated messages must be templates; plain text only reaches someone who wrote in
  // the last 24 hours, so this is the fallback for a notice without a template.
  if (!wa) return { ...common, type: 'text', text: { preview_url: false, body: message.text } };
  return {
    ...common,
    type: 'template',
    template: {
      name: wa.template.name,
      language: { code: wa.template.language },
      components: [
        {
          type: 'body',
          parameters: wa.values.map((text) => ({ type: 'text', text: templateParameter(text) })),
        },
      ],
    },
  };
}

interface GraphError {
  code: number | null;
  message: string | undefined;
  details: string | undefined;
}

function graphErrorOf(answer: unknown): GraphError | null {
  if (typeof answer !== 'object' || answer === null || !('error' in answer)) return null;
  const error = (answer as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; message?: unknown; error_data?: { details?: unknown } };
  const code = Number(e.code);
  return {
    code: Number.isInteger(code) ? code : null,
    message: typeof e.message === 'string' ? e.message : undefined,
    details: typeof e.error_data?.details === 'string' ? e.error_data.details : undefined,
  };
}

function messageIdOf(answer: unknown): string | null {
  const messages = (answer as { messages?: { id?: unknown }[] } | null)?.messages;
  const id = Array.isArray(messages) ? messages[0]?.id : undefined;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Reads an answer: by Meta's error code first (as its documentation advises), then by HTTP status. */
export function outcomeOf(response: Response, answer: unknown): SendOutcome {
  if (response.ok) return { kind: 'sent', providerMessageId: messageIdOf(answer) };
  const error = graphErrorOf(answer);
  const code = error?.code ?? null;
  const reason = error
    ? whatsappReason(code, error.message, error.details)
    : `HTTP ${response.status} ${response.statusText}`.trim();
  if (response.status === 429 || (code !== null && RATE_LIMIT_CODES.has(code))) {
    const wait = retryAfterMs(response.headers.get('retry-after'));
    return { kind: 'retry', reason, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
  }
  if (code === NOT_ON_WHATSAPP_CODE) return { kind: 'failed', reason, notOnWhatsapp: true };
  if (response.status >= 500 || (code !== null && TRANSIENT_CODES.has(code)))
    return { kind: 'retry', reason };
  if (response.status >= 400) return { kind: 'failed', reason };
  // A redirect or an informational answer from something in between: not Meta's word, try later.
  return { kind: 'retry', reason };
}
