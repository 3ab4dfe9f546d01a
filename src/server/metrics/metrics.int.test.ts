import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationOutbox } from '../modules/notifications/tables';
import { offices } from '../modules/offices/tables';
import { registryImports } from '../modules/registry/tables';
import { appOn, createTestApp, type TestApp } from '../testing/test-app';
import { isInternalAddress } from '.';
import { recordJobRun } from './jobs';

/** The value of one sample line (`name{labels} value`) in a Prometheus text answer. */
function sample(text: string, line: RegExp): number | null {
  const found = text.split('\n').find((l) => line.test(l));
  return found ? Number(found.slice(found.lastIndexOf(' ') + 1)) : null;
}

describe('GET /metrics', () => {
  let t: TestApp;
  let withToken: FastifyInstance;

  beforeAll(async () => {
    t = await createTestApp();
    withToken = await appOn(t, { metricsToken: 'rahasia-prometheus' });
  });
  afterAll(async () => {
    await withToken?.close();
    await t?.close();
  });

  it('answers internal addresses only when no token is set', async () => {
    const outside = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(outside.statusCode).toBe(404);
    const inside = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.1.2.3' });
    expect(inside.statusCode).toBe(200);
    expect(inside.headers['content-type']).toContain('text/plain');
    expect(inside.body).toContain('process_cpu_user_seconds_total');
  });

  it('wants the bearer token when one is set, from any address', async () => {
    const without = await withToken.inject({ method: 'GET', url: '/metrics' });
    expect(without.statusCode).toBe(404);
    const wrong = await withToken.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer salah' },
    });
    expect(wrong.statusCode).toBe(404);
    const right = await withToken.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: 'Bearer rahasia-prometheus' },
    });
    expect(right.statusCode).toBe(200);
  });

  it('counts requests and their latency per route pattern, never the URL', async () => {
    for (let i = 0; i < 3; i += 1) {
      await t.app.inject({ method: 'GET', url: `/api/v1/track/SA-ABCD-EFG${i}` });
    }
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(
      sample(text, /^http_requests_total\{route="\/api\/v1\/track\/:ticket",method="GET",status="404"\}/),
    ).toBe(3);
    expect(
      sample(text, /^http_request_duration_seconds_count\{route="\/api\/v1\/track\/:ticket",method="GET"\}/),
    ).toBe(3);
    expect(text).not.toContain('SA-ABCD');
  });

  it('reports the outbox, the running imports, the jobs and the pool', async () => {
    const [office] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    if (!office) throw new Error('no office');
    const past = new Date(t.clock.now.getTime() - 60_000);
    const future = new Date(t.clock.now.getTime() + 3_600_000);
    await t.handle.db.insert(notificationOutbox).values([
      {
        officeId: office.id,
        channel: 'sms',
        recipient: 'user:x',
        template: 't',
        body: 'b',
        nextAttemptAt: past,
      },
      {
        officeId: office.id,
        channel: 'sms',
        recipient: 'user:y',
        template: 't',
        body: 'b',
        nextAttemptAt: future,
      },
      { officeId: office.id, channel: 'manual', recipient: 'user:z', template: 't', body: 'b' },
    ]);
    await t.handle.db.insert(registryImports).values({
      officeId: office.id,
      fileName: 'dtks.csv',
      format: 'csv',
      fileSha256: 'x',
      source: 'DTKS',
      dataDate: '2026-11-01',
      mapping: {} as never,
      status: 'running',
      bytesRead: 5000,
      bytesTotal: 20000,
      rowsRead: 1234,
      startedAt: t.clock.now,
    });
    recordJobRun('deadline sweep', true, new Date('2026-12-07T01:00:00Z'));
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(sample(text, /^notification_outbox_waiting /)).toBe(2);
    expect(sample(text, /^notification_outbox_due /)).toBe(1);
    expect(sample(text, /^registry_import_rows_read\{office="dumai"\}/)).toBe(1234);
    expect(sample(text, /^registry_import_bytes_read\{office="dumai"\}/)).toBe(5000);
    expect(sample(text, /^registry_import_bytes_total\{office="dumai"\}/)).toBe(20000);
    expect(sample(text, /^background_job_last_run_seconds\{job="deadline sweep"\}/)).toBe(
      Date.parse('2026-12-07T01:00:00Z') / 1000,
    );
    if (t.handle.dialect === 'postgresql') {
      expect(sample(text, /^db_pool_total /)).toBeGreaterThan(0);
      expect(sample(text, /^db_pool_waiting /)).toBe(0);
    } else {
      expect(text).not.toContain('db_pool_total');
    }
  });

  it('knows the inside addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '::1',
      '10.0.0.1',
      '172.16.5.5',
      '192.168.1.1',
      '::ffff:10.0.0.2',
      'fd00::1',
    ]) {
      expect(isInternalAddress(ip)).toBe(true);
    }
    for (const ip of ['203.0.113.9', '172.32.0.1', '8.8.8.8', '2001:db8::1', 'x']) {
      expect(isInternalAddress(ip)).toBe(false);
    }
  });
});
