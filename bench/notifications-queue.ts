// The notifications benchmark's queue: realistic intake notices queued in bulk, what is left of them,
// how they ended, and a worker of the benchmark's own that empties the queue between rounds.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { generateTicket, ticketPrefix } from '../src/domain/intake/ticket';
import type { Database } from '../src/server/db/client';
import { rowsOf } from '../src/server/modules/case-handling/case-record';
import { buildChannels } from '../src/server/modules/notifications/channels';
import type { DeliveryConfig } from '../src/server/modules/notifications/delivery-config';
import { createNoticeWorker } from '../src/server/modules/notifications/worker';
import type { FakeProvider } from './notifications-support';

type Db = Database;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Batch {
  ids: Set<string>;
  queuedAt: number;
  /** The statement's now(), to the microsecond: what tells the batch's rows from intake's. */
  createdAt: string;
}

/** Queues `n` intake notices as record-case.ts writes them, round the four seed offices, in one statement. */
export async function queueNotices(db: Db, n: number): Promise<Batch> {
  const offices = rowsOf<{ id: string; slug: string; short_name: string }>(
    await db.execute(sql`select id, slug, short_name from offices order by slug`),
  );
  const year = new Date().getFullYear();
  const rows = Array.from({ length: n }, (_, i) => {
    const office = offices[i % offices.length] as (typeof offices)[number];
    const ticket = generateTicket(ticketPrefix(office.slug), (k) => randomBytes(k));
    const agendaNumber = `${String(1 + Math.floor(i / offices.length)).padStart(4, '0')}/ADU/${year}`;
    return {
      office_id: office.id,
      recipient: `+62812${String(10_000_000 + ((i * 7919) % 89_999_999)).slice(0, 8)}`,
      body: `${office.short_name}: Laporan Anda diterima dengan nomor tiket ${ticket}. Pantau perkembangannya di /t/${ticket}`,
      params: { ticket, agendaNumber },
    };
  });
  const queuedAt = Date.now();
  const inserted = rowsOf<{ id: string; created_at: string }>(
    await db.execute(sql`
      insert into notification_outbox (office_id, channel, recipient, template, body, params, created_at, next_attempt_at)
      select r.office_id, 'whatsapp', r.recipient, 'case.received', r.body, r.params, now(), now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(office_id uuid, recipient text, body text, params jsonb)
      returning id, created_at::text`),
  );
  return {
    ids: new Set(inserted.map((r) => r.id)),
    queuedAt,
    createdAt: inserted[0]?.created_at ?? '',
  };
}

/** Notices of the whole outbox still to go (intake's included). */
export async function queueLeft(db: Db): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from notification_outbox where status in ('pending', 'sending') and channel <> 'manual'`,
    ),
  );
  return row?.n ?? 0;
}

/** Polls until the outbox is empty; the moment it was seen so (ms since the epoch). */
export async function waitForEmptyQueue(db: Db, timeoutMs: number, everyMs = 100): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await queueLeft(db)) === 0) return Date.now();
    if (Date.now() > deadline) throw new Error(`the outbox did not drain in ${timeoutMs / 1000} s`);
    await sleep(everyMs);
  }
}

/** How the notices of one batch ended, from the table and from the fake. */
export async function batchOutcome(db: Db, fake: FakeProvider, batch: Batch) {
  const byStatus = Object.fromEntries(
    rowsOf<{ status: string; n: number }>(
      await db.execute(sql`
        select status, count(*)::int as n from notification_outbox
        where id = any(${`{${[...batch.ids].join(',')}}`}::uuid[]) group by status`),
    ).map((r) => [r.status, r.n]),
  ) as Record<string, number>;
  const stats = await fake.stats([...batch.ids]);
  return {
    sent: byStatus.sent ?? 0,
    notSent: Object.values(byStatus).reduce((a, b) => a + b, 0) - (byStatus.sent ?? 0),
    received: stats.receivedOfBatch,
    distinctReceived: stats.distinctOfBatch,
    duplicatesRefused: stats.duplicatesRefused,
    firstReceivedAt: stats.firstReceivedAt,
    lastReceivedAt: stats.lastReceivedAt,
  };
}

/** Notices of a batch still to go. */
export async function pendingOfBatch(db: Db, batch: Batch): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`
      select count(*)::int as n from notification_outbox
      where status in ('pending', 'sending') and created_at = ${batch.createdAt}::timestamptz`),
  );
  return row?.n ?? 0;
}

/**
 * Empties the queue between rounds with a second instance of the outbox worker (worker.ts, unpaced,
 * the same channel to the fake): under intake's full load the app, at its deployed pace, would take
 * minutes to send what the last round queued, and the next idle round would not start idle.
 */
export function queueFlusher(db: Db, fake: FakeProvider, publicBaseUrl: string) {
  const delivery: DeliveryConfig = {
    whatsapp: {
      apiBase: fake.apiBase,
      token: fake.token,
      phoneNumberId: fake.phoneNumberId,
      appSecret: fake.appSecret,
      verifyToken: null,
    },
    sms: null,
    smtp: null,
  };
  const worker = createNoticeWorker({
    db,
    now: () => new Date(),
    publicBaseUrl,
    delivery,
    channels: buildChannels(delivery).channels,
    log: { info: () => {}, error: () => {} },
    instance: 'bench-flush',
  });
  return async function flush(timeoutMs = 600_000): Promise<number> {
    const started = Date.now();
    while ((await queueLeft(db)) > 0) {
      if (Date.now() - started > timeoutMs) throw new Error('the outbox did not empty');
      // Nothing due: what is left is held by the app's worker (its lease), or not due yet.
      if ((await worker.drainOnce()).claimed === 0) await sleep(100);
    }
    return Math.round((Date.now() - started) / 1000);
  };
}
