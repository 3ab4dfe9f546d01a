import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../delivery-config';
import { type DeliveryChannel, SEND_TIMEOUT_MS, type SendOutcome } from './channel';
import { withDeadline } from './provider-reason';

/**
 * E-mail over SMTP (nodemailer, pooled). SMTP_URL carries the password: it stays inside the
 * transport, and every reason this module returns is scrubbed of it.
 */
export interface SmtpChannel extends DeliveryChannel {
  /** Closes the pooled connections (app shutdown, the end of a test). */
  close(): void;
}

export interface SmtpOptions {
  /** Per message, from the worker's call to the server's answer. */
  timeoutMs?: number;
  maxConnections?: number;
}

/** How nodemailer describes a failure: its own code, and the server's reply when there was one. */
interface MailerError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

function transportOptions(config: SmtpConfig, maxConnections: number) {
  return {
    url: config.url,
    pool: true as const,
    maxConnections,
    maxMessages: 1000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
    logger: false,
    debug: false,
  };
}

/** The password of SMTP_URL, to keep it out of any text that leaves this module. */
function secretsOf(url: string): string[] {
  try {
    const parsed = new URL(url);
    return [parsed.password, decodeURIComponent(parsed.password)].filter((s) => s.length >= 3);
  } catch {
    return [];
  }
}

function scrub(text: string, secrets: string[]): string {
  let out = text.replace(/\s+/g, ' ').trim();
  for (const secret of secrets) out = out.replaceAll(secret, '***');
  return out.slice(0, 300);
}

/**
 * The outcome of a failed send. RFC 5321: a 4yz reply is transient (451 try later, 452 full), a
 * 5yz permanent (550 mailbox unavailable, 553 bad address) — except 503 "bad sequence", a state
 * of this session rather than a verdict on the mail. No reply at all (refused, reset, timed out,
 * aborted) is worth another try.
 */
export function smtpFailure(error: unknown, secrets: string[] = []): SendOutcome {
  const e = (error ?? {}) as MailerError;
  const code = e.responseCode;
  if (code && code >= 500 && code !== 503) {
    return { kind: 'failed', reason: scrub(e.response ?? e.message ?? String(code), secrets) };
  }
  if (code) return { kind: 'retry', reason: scrub(e.response ?? e.message ?? String(code), secrets) };
  // nodemailer refused the message itself (no valid recipient address): no retry mends that.
  if (e.code === 'EENVELOPE') return { kind: 'failed', reason: scrub(e.message ?? 'EENVELOPE', secrets) };
  const label = e.code ? `${e.code}: ` : '';
  return { kind: 'retry', reason: scrub(`${label}${e.message ?? String(error)}`, secrets) };
}

/** A Message-ID from the idempotency key: a retry is the same message to a server or a reader. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${idempotencyKey.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '.')}@satu-atap>`;
}

export function smtpChannel(config: SmtpConfig, options: SmtpOptions = {}): SmtpChannel {
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  const transport = createTransport(transportOptions(config, options.maxConnections ?? 5));
  const secrets = secretsOf(config.url);
  return {
    name: 'email',
    async send(message, signal) {
      try {
        const info = await withDeadline(signal, timeoutMs, (deadline) =>
          transport.sendMail({
            from: config.from,
            to: message.to,
            subject: message.subject ?? '',
            text: message.text,
            messageId: messageIdFor(message.idempotencyKey),
            headers: { 'X-Satu-Atap-Notice': message.noticeId },
            signal: deadline,
          }),
        );
        return { kind: 'sent', providerMessageId: info.messageId ?? null };
      } catch (error) {
        return smtpFailure(error, secrets);
      }
    },
    close() {
      transport.close();
    },
  };
}

/** Connects and authenticates once, for a readiness check; never says the password. */
export async function verifySmtp(config: SmtpConfig): Promise<{ ok: true } | { ok: false; reason: string }> {
  const transport = createTransport({ ...transportOptions(config, 1), pool: false });
  try {
    await transport.verify();
    return { ok: true };
  } catch (error) {
    const outcome = smtpFailure(error, secretsOf(config.url));
    return { ok: false, reason: outcome.kind === 'sent' ? 'unknown' : outcome.reason };
  } finally {
    transport.close();
  }
}
