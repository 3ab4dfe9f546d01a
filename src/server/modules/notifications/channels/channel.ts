import type { TWhatsappTemplate } from '../../../../domain/notifications/templates';

/** One message as a channel sends it: everything is rendered, the address resolved. */
export interface OutgoingMessage {
  /** The outbox row's id. */
  noticeId: string;
  /**
   * Stable per notice and channel (`<id>:<channel>`): the same on every retry, so a provider that
   * takes an idempotency key (or a client reference) never delivers one notice twice.
   */
  idempotencyKey: string;
  /** `+62…` for WhatsApp and SMS, an address for e-mail. */
  to: string;
  /** The plain text: the SMS, the e-mail's body, a WhatsApp text when no template applies. */
  text: string;
  /** E-mail only. */
  subject?: string;
  /** WhatsApp only: the approved template and its body parameters, already filled. */
  whatsapp?: { template: TWhatsappTemplate; values: string[]; phoneNumberId: string };
}

/**
 * What a provider answered. `retry`: worth another try later (429, 5xx, a timeout, a refused
 * connection); `failed`: it will never go (an invalid number, a refused template) — with the
 * provider's own reason, whether the number has no WhatsApp account, and whether the recipient
 * opted out at the provider (Twilio's 21610 after a STOP to its number).
 */
export type SendOutcome =
  | { kind: 'sent'; providerMessageId: string | null }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'failed'; reason: string; notOnWhatsapp?: boolean; recipientStopped?: boolean };

export interface DeliveryChannel {
  readonly name: 'whatsapp' | 'sms' | 'email';
  send(message: OutgoingMessage, signal: AbortSignal): Promise<SendOutcome>;
  /** Ends pooled connections (SMTP) at shutdown. */
  close?(): void;
}

/** How long one provider call may take before it counts as a retryable failure. */
export const SEND_TIMEOUT_MS = 15_000;

/** The outcome of an HTTP failure that has no body worth reading (network, timeout). */
export function networkFailure(error: unknown): SendOutcome {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'retry', reason: reason.slice(0, 300) };
}

/** Reads Retry-After (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
