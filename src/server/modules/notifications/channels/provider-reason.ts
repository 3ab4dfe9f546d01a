import { maskPhone } from '../../../../domain/identity/mask';

/** Digit runs long enough to be a phone number, with an optional `+` (a gateway may echo the To). */
const PHONE_LIKE = /\+?\d{8,15}/g;

/**
 * A provider's answer as the outbox keeps it (`last_error`, shown on the outbox page): one line,
 * at most 300 characters, and any phone number it echoes masked, since the page lists many people.
 */
export function providerReason(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PHONE_LIKE, (number) => maskPhone(number))
    .slice(0, 300);
}

/**
 * Runs one provider call under the caller's signal and our own deadline, whichever ends first.
 * A plain controller and a cleared timer rather than AbortSignal.any/timeout: thousands of sends a
 * minute would otherwise leave a live 15-second timer and a dependent signal behind each one.
 */
export async function withDeadline<T>(
  signal: AbortSignal,
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  try {
    return await run(controller.signal);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
