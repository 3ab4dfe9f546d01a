import { createHmac, timingSafeEqual } from 'node:crypto';
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
 * Twilio's Programmable Messaging, as documented:
 * - create: `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP Basic (AccountSid:AuthToken),
 *   form fields `To` (E.164), `From` (or `MessagingServiceSid`), `Body`, `StatusCallback`; 201 with the
 *   Message resource (`sid` `SM…`, `status` `queued`)
 *   (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource);
 * - errors: `{code, message, more_info, status}` (https://www.twilio.com/docs/usage/twilios-response,
 *   https://www.twilio.com/docs/api/errors): 20003 bad credentials, 20429 too many requests, 21211
 *   invalid To, 21408 region not enabled, 21610 recipient replied STOP, 21614 not a mobile number;
 * - webhooks signed by `X-Twilio-Signature`: base64 HMAC-SHA1, keyed by the auth token, of the full
 *   URL followed by every POST parameter as name+value sorted by name
 *   (https://www.twilio.com/docs/usage/webhooks/webhooks-security).
 * Twilio takes no idempotency key on create: a crash after Twilio accepted and before the outbox
 * recorded it can send one SMS twice, the only gap the worker cannot close for this provider.
 */
export type TwilioConfig = Extract<SmsConfig, { provider: 'twilio' }>;

interface TwilioError {
  code?: number;
  message?: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** What Twilio's answer to a create means for the outbox. */
export function twilioOutcome(status: number, retryAfter: string | null, bodyText: string): SendOutcome {
  const body = parseJson(bodyText);
  if (status >= 200 && status < 300) {
    const sid = (body as { sid?: unknown } | null)?.sid;
    return { kind: 'sent', providerMessageId: typeof sid === 'string' ? sid : null };
  }
  const error = (body && typeof body === 'object' ? body : {}) as TwilioError;
  const reason = providerReason(
    error.code ? `${error.code} ${error.message ?? ''}` : `HTTP ${status} ${bodyText.slice(0, 300)}`,
  );
  if (status === 429 || error.code === 20429) {
    const after = retryAfterMs(retryAfter);
    return after === undefined ? { kind: 'retry', reason } : { kind: 'retry', reason, retryAfterMs: after };
  }
  if (status >= 500) return { kind: 'retry', reason };
  // The reporter sent STOP to Twilio's number: Twilio refuses them for good, and so do we.
  if (error.code === 21610) return { kind: 'failed', reason, recipientStopped: true };
  // 400 (21211, 21408, 21614…) will never go; 401 (20003) is the deployment's credentials,
  // which no retry mends either: the outbox page shows the reason and staff can retry once fixed.
  return { kind: 'failed', reason };
}

/** A Messaging Service SID (`MG` + 32 hex) goes as MessagingServiceSid, a number as From. */
function senderField(from: string): [string, string] {
  return /^MG[0-9a-f]{32}$/i.test(from) ? ['MessagingServiceSid', from] : ['From', from];
}

export function twilioChannel(
  config: TwilioConfig,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = SEND_TIMEOUT_MS,
): DeliveryChannel {
  const endpoint = `${config.apiBase}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
  const [fromField, fromValue] = senderField(config.from);
  return {
    name: 'sms',
    async send(message, signal) {
      const form = new URLSearchParams({ To: message.to, [fromField]: fromValue, Body: message.text });
      if (config.statusCallbackUrl) form.set('StatusCallback', config.statusCallbackUrl);
      try {
        return await withDeadline(signal, timeoutMs, async (deadline) => {
          const response = await fetchImpl(endpoint, {
            method: 'POST',
            headers: {
              authorization,
              accept: 'application/json',
              'content-type': 'application/x-www-form-urlencoded',
            },
            body: form.toString(),
            signal: deadline,
          });
          return twilioOutcome(response.status, response.headers.get('retry-after'), await response.text());
        });
      } catch (error) {
        return networkFailure(error);
      }
    },
  };
}

/** The signature Twilio puts in X-Twilio-Signature for a form POST to `url`. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  let data = url;
  for (const key of Object.keys(params).sort()) data += key + params[key];
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/**
 * Whether a webhook is Twilio's: the signature must match one of the URLs Twilio may have been
 * given for it (the public address behind the proxy, the configured StatusCallback).
 */
export function isTwilioSigned(
  authToken: string,
  signature: string | undefined,
  urls: string[],
  params: Record<string, string>,
): boolean {
  if (!signature) return false;
  const given = Buffer.from(signature);
  return urls.some((url) => {
    const expected = Buffer.from(twilioSignature(authToken, url, params));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
