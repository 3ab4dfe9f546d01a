import type { SmsConfig } from '../delivery-config';
import {
  type DeliveryChannel,
  networkFailure,
  retryAfterMs,
  SEND_TIMEOUT_MS,
  type SendOutcome,
} from './channel';
import { providerReason, withDeadline } from './provider-reason';

/**
 * One configurable HTTP gateway (most Indonesian SMS resellers take a JSON or form POST with a
 * number, a text and an API key): the fields, the number's shape and where the answer keeps the
 * message id are settings (README "Notices"). Each request carries `Idempotency-Key`, so a gateway
 * that honours it never sends a notice twice when a retry follows a lost answer.
 */
export type GenericSmsConfig = Extract<SmsConfig, { provider: 'generic' }>;

/** `+6281234567890` as the gateway wants it; numbers outside Indonesia keep their country code. */
export function formatNumber(e164: string, format: GenericSmsConfig['numberFormat']): string {
  if (format === 'e164') return e164;
  if (format === 'national' && e164.startsWith('+62')) return `0${e164.slice(3)}`;
  return e164.replace(/^\+/, '');
}

/** The value at a dotted path (`data.id`, `messages.0.id`) of a parsed answer, as text. */
export function valueAtPath(body: unknown, path: string): string | null {
  let current: unknown = body;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' || typeof current === 'number' ? String(current) : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** What the gateway's answer means for the outbox. */
export function genericOutcome(
  config: Pick<GenericSmsConfig, 'idPath'>,
  status: number,
  retryAfter: string | null,
  bodyText: string,
): SendOutcome {
  if (status >= 200 && status < 300) {
    const id = config.idPath ? valueAtPath(parseJson(bodyText), config.idPath) : null;
    return { kind: 'sent', providerMessageId: id };
  }
  const reason = providerReason(`HTTP ${status} ${bodyText.slice(0, 300)}`);
  if (status === 429) {
    const after = retryAfterMs(retryAfter);
    return after === undefined ? { kind: 'retry', reason } : { kind: 'retry', reason, retryAfterMs: after };
  }
  // 408 is the gateway's own timeout: the text may yet go on a later try, like a 5xx.
  if (status >= 500 || status === 408) return { kind: 'retry', reason };
  return { kind: 'failed', reason: providerReason(bodyText) || reason };
}

function requestBody(config: GenericSmsConfig, to: string, text: string): { body: string; type: string } {
  const fields: Record<string, string> = {
    ...config.extraFields,
    [config.toField]: formatNumber(to, config.numberFormat),
    [config.textField]: text,
  };
  return config.format === 'json'
    ? { body: JSON.stringify(fields), type: 'application/json' }
    : { body: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' };
}

export function genericSmsChannel(
  config: GenericSmsConfig,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = SEND_TIMEOUT_MS,
): DeliveryChannel {
  return {
    name: 'sms',
    async send(message, signal) {
      // The text goes as rendered: the worker keeps the texts it renders to one segment.
      const { body, type } = requestBody(config, message.to, message.text);
      const headers: Record<string, string> = {
        'content-type': type,
        accept: 'application/json, text/plain;q=0.9, */*;q=0.5',
        'idempotency-key': message.idempotencyKey,
      };
      if (config.authorization) headers.authorization = config.authorization;
      try {
        return await withDeadline(signal, timeoutMs, async (deadline) => {
          const response = await fetchImpl(config.url, { method: 'POST', headers, body, signal: deadline });
          return genericOutcome(
            config,
            response.status,
            response.headers.get('retry-after'),
            await response.text(),
          );
        });
      } catch (error) {
        return networkFailure(error);
      }
    },
  };
}
