/**
 * What the WhatsApp Business Cloud API says and how Satu Atap reads it, shared by the channel
 * (`channels/whatsapp-cloud.ts`) and the webhook (`webhook-routes.ts`).
 *
 * Followed: Meta's "Cloud API Error Codes" page (developers.facebook.com/docs/whatsapp/cloud-api/
 * support/error-codes): the error body `{error: {message: "(#<code>) <title>", type, code,
 * error_data: {messaging_product, details}, error_subcode?, fbtrace_id}}`, and its advice to act on
 * `code` (and `details`) rather than on HTTP statuses or subcodes; the Graph API "Handling Errors"
 * guide for codes 1, 2 (temporary, retry) and 4 (too many calls); the webhook reference for the
 * status errors `{code, title, message, error_data: {details}}`.
 */

/** Throughput, pair-rate, spam-rate and account limits: wait and try again. */
export const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([4, 80007, 130429, 131048, 131056]);
/** Unknown / service errors on Meta's side ("Something went wrong", "Service unavailable"). */
export const TRANSIENT_CODES: ReadonlySet<number> = new Set([1, 2, 131000, 131016]);
/** "Message undeliverable": most often the number has no WhatsApp account. */
export const NOT_ON_WHATSAPP_CODE = 131026;

/** `+6281234567890` → `6281234567890`: the Cloud API's `to` and `wa_id` are digits only. */
export function waDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** `6281234567890` (a webhook's `from`) → `+6281234567890`, as the outbox stores recipients. */
export function phoneOfWaId(waId: string): string {
  return `+${waDigits(waId)}`;
}

/**
 * The reason kept on a failed notice (`131026 Message undeliverable: …`), for the outbox page.
 * Meta's message starts with "(#code)", which the code in front already says. Long digit runs
 * are cut out: a provider's words must not carry a phone number into the outbox page.
 */
export function whatsappReason(code: number | null, title: string | undefined, details?: string): string {
  const head = (title ?? '').replace(/^\(#\d+\)\s*/, '').trim();
  const parts = [code === null ? null : String(code), head || null].filter(Boolean).join(' ');
  const tail = details?.trim() && details.trim() !== head ? `: ${details.trim()}` : '';
  return `${parts}${tail}`.replace(/\+?\d{8,}/g, '…').slice(0, 300);
}
