import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, staffSession, type TestApp } from '../../testing/test-app';
import { recordAudit } from './service';
import { auditLog } from './tables';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await recordAudit(
      t.handle.db,
      { actor: null, ip: null, requestId: null },
      { action: 'test.appended', targetType: 'test' },
    );
    await expect(t.handle.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it('is written in the same transaction as the change: a failed change leaves no audit row', async () => {
    const countRows = async () => {
      const [row] = await t.handle.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
      return row?.n;
    };
    const before = await countRows();
    await expect(
      t.handle.db.transaction(async (tx) => {
        await recordAudit(
          tx,
          { actor: null, ip: null, requestId: null },
          { action: 'test.rolled_back', targetType: 'test' },
        );
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await countRows()).toBe(before);
  });

  it('filters by action, actor and date, for admins and the head of office only', async () => {
    const admin = await staffSession(t, { office: 'pekanbaru', role: 'admin' });
    const kadis = await staffSession(t, { office: 'pekanbaru', role: 'kadis' });
    const officer = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });

    const logins = await kadis.request({ method: 'GET', url: '/api/v1/audit?action=auth.login' });
    expect(logins.statusCode).toBe(200);
    expect(logins.json().items.length).toBe(3);
    expect(logins.json().items.every((e: { action: string }) => e.action === 'auth.login')).toBe(true);

    const me = (await admin.request({ method: 'GET', url: '/api/v1/auth/me' })).json().user.username;
    const byActor = await admin.request({ method: 'GET', url: `/api/v1/audit?actor=${me}` });
    expect(byActor.json().items.every((e: { actorUsername: string }) => e.actorUsername === me)).toBe(true);

    const future = await admin.request({ method: 'GET', url: '/api/v1/audit?from=2999-01-01' });
    expect(future.json()).toMatchObject({ items: [], total: 0 });
    const badDate = await admin.request({ method: 'GET', url: '/api/v1/audit?from=kemarin' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().fields.from).toBe('Tanggal tidak valid (YYYY-MM-DD)');

    expect((await officer.request({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
  });
});
