import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  type AvailableChannels,
  fallbackChannel,
  type NoticeAddress,
  routeNotice,
} from '../../../domain/notifications/routing';
import { MAX_ATTEMPTS, retryDelayMs } from '../../../domain/notifications/status';
import type { Database } from '../../db/client';
import { safeMessage } from '../../http/log-privacy';
import type { DeliveryChannel, SendOutcome } from './channels/channel';
import { SEND_TIMEOUT_MS } from './channels/channel';
import { composeNotice } from './compose';
import type { DeliveryConfig } from './delivery-config';
import { type ClaimedNotice, claimDueNotices, type NoticeOutcome, recordNoticeOutcomes } from './queue';
import { recordNotOnWhatsapp, recordStop } from './recipients';
import { type OfficeNoticeContext, officeNoticeContexts, resolveAddresses } from './resolve';

/** Notices parked for an officer to send by hand leave the queue: no worker takes them again. */
export const PARKED_UNTIL = new Date('9999-12-31T00:00:00Z');

export const DEFAULT_MAX_PER_SECOND = 80;

/** A claim that crashed its worker this often is given up (a poison message must not loop forever). */
const MAX_CLAIMS = MAX_ATTEMPTS + 3;

export type Channels = Partial<Record<'whatsapp' | 'sms' | 'email', DeliveryChannel>>;

export interface NoticeWorkerDeps {
  db: Database;
  now: () => Date;
  publicBaseUrl: string;
  delivery: DeliveryConfig;
  channels: Channels;
  log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void };
  /** Tests give their own; in production host:pid:random. */
  instance?: string;
  batchSize?: number;
  /** Provider calls in flight at once. */
  concurrency?: number;
  random?: () => number;
  sendTimeoutMs?: number;
  /**
   * Notices this instance sends a second at most (NOTICE_MAX_PER_SECOND, default 80: the WhatsApp
   * Cloud API's standard throughput per number). A backlog then drains at the provider's pace
   * instead of taking the CPU from intake (bench/results/notifications.json).
   */
  maxPerSecond?: number;
}

export interface DrainResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  manual: number;
  stopped: number;
  fellBack: number;
}

type Decided = {
  notice: ClaimedNotice;
  outcome: NoticeOutcome;
  notOnWhatsapp?: string;
  /** The provider says the recipient opted out there: recorded as their stop. */
  stoppedAtProvider?: string;
};

export function instanceName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** Runs `fn` over items with at most `limit` promises in flight. */
async function eachLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * The outbox worker: claims due notices, routes each by its office's settings, sends it through its
 * channel and records what the provider said. At least once: a notice claimed by an instance that
 * dies is taken again when its lease runs out, with the same idempotency key (`<id>:<channel>`), so
 * a provider that keeps keys never delivers it twice.
 */
export function createNoticeWorker(deps: NoticeWorkerDeps) {
  const instance = deps.instance ?? instanceName();
  const batchSize = deps.batchSize ?? 50;
  const concurrency = deps.concurrency ?? 16;
  const random = deps.random ?? Math.random;
  const available: AvailableChannels = {
    whatsapp: Boolean(deps.channels.whatsapp),
    sms: Boolean(deps.channels.sms),
    email: Boolean(deps.channels.email),
  };

  const outcomeBase = (notice: ClaimedNotice): NoticeOutcome => ({
    id: notice.id,
    status: 'pending',
    channel: notice.channel,
    body: notice.body,
    nextAttemptAt: deps.now(),
    attempts: notice.attempts,
    providerMessageId: null,
    lastError: null,
    fallbackFrom: null,
    sentAt: null,
    failedAt: null,
  });

  async function send(channel: DeliveryChannel, message: Parameters<DeliveryChannel['send']>[0]) {
    const signal = AbortSignal.timeout(deps.sendTimeoutMs ?? SEND_TIMEOUT_MS);
    try {
      return await channel.send(message, signal);
    } catch (error) {
      // A channel must not throw, but one that does is a retry, not a lost notice.
      // Kept as the notice's last_error and shown on the outbox page: no bind values, no long numbers.
      const reason = safeMessage(error instanceof Error ? error.message : String(error));
      return { kind: 'retry', reason } as SendOutcome;
    }
  }

  /** Decides and, where it is due, sends one notice; never throws. */
  async function handle(
    notice: ClaimedNotice,
    address: NoticeAddress | undefined,
    office: OfficeNoticeContext | undefined,
  ): Promise<Decided> {
    const base = outcomeBase(notice);
    const failed = (reason: string): Decided => ({
      notice,
      outcome: { ...base, status: 'failed', lastError: reason, failedAt: deps.now() },
    });
    if (!address || !office) return failed('Kantor atau penerima tidak ditemukan');
    if (notice.attempts > MAX_CLAIMS) return failed('Pengiriman terputus berulang kali');
    const route = routeNotice(office.settings, available, address, notice.fallbackFrom === 'whatsapp');
    if (route.to === 'stopped')
      return { notice, outcome: { ...base, status: 'stopped', lastError: 'Penerima meminta berhenti' } };
    if (route.to === 'failed') return failed(route.reason);
    const ctx = {
      settings: office.settings,
      officeSlug: office.slug,
      publicBaseUrl: deps.publicBaseUrl,
      defaultPhoneNumberId: deps.delivery.whatsapp?.phoneNumberId ?? null,
    };
    if (route.to === 'manual') {
      const message = composeNotice(notice, 'manual', route.address, ctx);
      return {
        notice,
        outcome: {
          ...base,
          channel: 'manual',
          body: message.text,
          nextAttemptAt: PARKED_UNTIL,
          attempts: notice.attempts - 1,
        },
      };
    }
    const channel = deps.channels[route.channel] as DeliveryChannel;
    const message = composeNotice(notice, route.channel, route.address, ctx);
    const result = await send(channel, message);
    const sentBase = { ...base, channel: route.channel, body: message.text };
    return afterSend(notice, sentBase, result, office, route.address);
  }

  function afterSend(
    notice: ClaimedNotice,
    base: NoticeOutcome,
    result: SendOutcome,
    office: OfficeNoticeContext,
    address: string,
  ): Decided {
    const now = deps.now();
    if (result.kind === 'sent')
      return {
        notice,
        outcome: { ...base, status: 'sent', providerMessageId: result.providerMessageId, sentAt: now },
      };
    if (result.kind === 'retry' && notice.attempts < MAX_ATTEMPTS) {
      const delay = retryDelayMs(notice.attempts, random(), result.retryAfterMs);
      return {
        notice,
        outcome: { ...base, lastError: result.reason, nextAttemptAt: new Date(now.getTime() + delay) },
      };
    }
    if (result.kind === 'failed' && result.recipientStopped)
      return {
        notice,
        stoppedAtProvider: address,
        outcome: { ...base, status: 'stopped', lastError: result.reason },
      };
    // Given up on this channel: SMS where the office allows it, else failed for good.
    const notOnWhatsapp = result.kind === 'failed' && result.notOnWhatsapp ? address : undefined;
    const fallback = fallbackChannel(office.settings, available, base.channel);
    if (fallback && !notice.fallbackFrom)
      return {
        notice,
        notOnWhatsapp,
        outcome: {
          ...base,
          status: 'pending',
          channel: fallback,
          attempts: 0,
          nextAttemptAt: now,
          lastError: result.reason,
          fallbackFrom: base.channel,
        },
      };
    return {
      notice,
      notOnWhatsapp,
      outcome: { ...base, status: 'failed', lastError: result.reason, failedAt: now },
    };
  }

  /** One round: claim a batch, send it, record it. */
  async function drainOnce(): Promise<DrainResult> {
    const claimed = await claimDueNotices(deps.db, { now: deps.now(), limit: batchSize, instance });
    const result: DrainResult = {
      claimed: claimed.length,
      sent: 0,
      retried: 0,
      failed: 0,
      manual: 0,
      stopped: 0,
      fellBack: 0,
    };
    if (claimed.length === 0) return result;
    const [addresses, officesById] = await Promise.all([
      resolveAddresses(deps.db, claimed),
      officeNoticeContexts(
        deps.db,
        claimed.map((n) => n.officeId),
      ),
    ]);
    const decided = await eachLimited(claimed, concurrency, (n) =>
      handle(n, addresses.get(n.id), officesById.get(n.officeId)),
    );
    for (const d of decided) {
      if (d.notOnWhatsapp) await recordNotOnWhatsapp(deps.db, d.notice.officeId, d.notOnWhatsapp, deps.now());
      if (d.stoppedAtProvider)
        await recordStop(deps.db, d.notice.officeId, d.stoppedAtProvider, 'reply', deps.now());
    }
    await recordNoticeOutcomes(
      deps.db,
      instance,
      decided.map((d) => d.outcome),
    );
    for (const { outcome } of decided) {
      if (outcome.fallbackFrom) result.fellBack += 1;
      else if (outcome.channel === 'manual') result.manual += 1;
      else if (outcome.status === 'pending') result.retried += 1;
      else result[outcome.status] += 1;
    }
    return result;
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  const maxPerSecond = deps.maxPerSecond ?? DEFAULT_MAX_PER_SECOND;

  /** Drains in a loop: after a full batch as soon as the rate cap allows, else after `idleMs`. */
  function start(idleMs = 1000): void {
    stopped = false;
    const tick = () => {
      if (stopped) return;
      const began = Date.now();
      running = drainOnce()
        .then((r) => r.claimed)
        .catch((error: unknown) => {
          deps.log.error({ err: error }, 'notice delivery failed');
          return 0;
        })
        .then((claimed) => {
          running = null;
          const paced = (claimed * 1000) / maxPerSecond - (Date.now() - began);
          const wait = claimed === batchSize ? Math.max(0, paced) : idleMs;
          if (!stopped) timer = setTimeout(tick, wait);
          timer?.unref();
        });
    };
    tick();
  }

  /** Stops taking notices and waits for the batch in hand to be recorded. */
  async function stop(): Promise<void> {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  }

  return { instance, drainOnce, start, stop };
}
