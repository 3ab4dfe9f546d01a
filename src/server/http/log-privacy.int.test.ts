import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegistry, registryCsv } from '../testing/registry-sample';
import { sampleReport, villageIn } from '../testing/sample-report';
import { appOn, createTestApp, loginAs, type Session, staffSession, type TestApp } from '../testing/test-app';
import { maskDigits, safeError } from './log-privacy';

// Personal data this run handles: none of it may reach the log, in any spelling of the digits.
const NIK = '1472016708500007';
const KK = '1472010101230009';
const MEMBER_NIK = '1472015203750002';
const PERSON = 'Sumarni Wulandari';
const REPORTER = 'Bambang Prasetyo';
const MEMBER = 'Siti Aminah Rahmawati';
const REPORTER_PHONE = '0813-7766-5544';
const PERSON_PHONE = '081299887766';
// Kept in clear (not sealed): what a cast error below quotes back.
const BIRTH_PLACE = 'Sukamaju Wetan';

/** The captured log text must hold none of these. */
function leaksIn(log: string): string[] {
  const digitsOnly = log.replace(/[^0-9]/g, ' ');
  const numbers = [NIK, KK, MEMBER_NIK, '081377665544', '6281377665544', PERSON_PHONE, '6281299887766'];
  const names = [PERSON, REPORTER, MEMBER, 'Sumarni', 'Wulandari', 'Bambang', 'Prasetyo', 'Rahmawati'];
  return [
    ...numbers.filter((n) => log.includes(n) || digitsOnly.includes(n)),
    ...names.filter((n) => log.toLowerCase().includes(n.toLowerCase())),
    ...(log.includes(REPORTER_PHONE) ? [REPORTER_PHONE] : []),
  ];
}

describe('the log holds no NIK, KK, phone number or name', () => {
  let t: TestApp;
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    app = await appOn(t, { logLevel: 'info', logStream: { write: (line: string) => lines.push(line) } });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('after intake, staff work, a registry check and failing writes', async () => {
    const onApp = { ...t, app };
    const village = await villageIn(t, '14.72');
    const report = sampleReport('dumai', village, {
      reporter: { name: REPORTER, phone: REPORTER_PHONE },
      person: { fullName: PERSON, nik: NIK, kk: KK, phone: PERSON_PHONE, birthDate: '1950-08-27' },
    });
    const filed = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: report });
    expect(filed.statusCode).toBe(201);
    const ticket = filed.json().ticket as string;
    // A rejected report echoes nothing of it into the log either.
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: { ...report, person: { ...report.person, nik: '12345', villageCode: '99.99.99.9999' } },
    });
    expect(refused.statusCode).toBe(400);

    const admin = await staffSession(onApp, { office: 'dumai', role: 'admin' });
    const officer: Session = await staffSession(onApp, { office: 'dumai', role: 'service_officer' });
    const csv = registryCsv([{ kk: KK, nik: MEMBER_NIK, name: MEMBER, birthDate: '12-03-1975', sex: 'P' }]);
    const loaded = await importRegistry(admin, { name: 'dtks.csv', bytes: Buffer.from(csv) });
    expect(loaded.status).toBe('done');
    const checks = await Promise.all([
      officer.request({
        method: 'POST',
        url: '/api/v1/registry/checks',
        payload: { ticket, by: 'nik', nik: MEMBER_NIK },
      }),
      officer.request({
        method: 'POST',
        url: '/api/v1/registry/checks',
        payload: { ticket, by: 'kk', kk: KK },
      }),
      officer.request({
        method: 'POST',
        url: '/api/v1/registry/checks',
        payload: { ticket, by: 'name', name: MEMBER, birthDate: '1975-03-12' },
      }),
    ]);
    expect(checks.map((c) => c.statusCode)).toEqual([200, 200, 200]);
    const searched = await officer.request({
      method: 'POST',
      url: '/api/v1/cases/search',
      payload: { q: PERSON },
    });
    expect(searched.statusCode).toBe(200);
    expect(searched.body).toContain(ticket);
    const byNik = await officer.request({
      method: 'POST',
      url: '/api/v1/cases/search-nik',
      payload: { nik: NIK },
    });
    expect(byNik.statusCode).toBeLessThan(500);
    const shown = await officer.request({ method: 'GET', url: `/api/v1/cases/${ticket}` });
    expect(shown.statusCode).toBe(200);
    // A link carrying a name in its query string: logged without it.
    await app.inject({ method: 'GET', url: `/api/v1/track/${ticket}?dari=${encodeURIComponent(PERSON)}` });
    // A login that fails with a name for a username.
    await loginAs(onApp, { username: PERSON, password: 'salah' }).catch(() => null);

    // A write that fails inside the database, its values in the failed statement.
    await t.handle.db.execute(
      sql.raw(`create function refuse_case_subject() returns trigger language plpgsql as $$
        begin raise exception 'uji: penulisan ditolak'; end $$`),
    );
    await t.handle.db.execute(
      sql.raw(`create trigger refuse_case_subject before insert on case_subjects
        for each row execute function refuse_case_subject()`),
    );
    const failed = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: report });
    expect(failed.statusCode).toBe(500);
    await t.handle.db.execute(sql.raw('drop trigger refuse_case_subject on case_subjects'));

    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('penulisan ditolak');
    // Drizzle's error (PGlite) names the failed statement with its values: logged without them.
    // (On PostgreSQL the statement ran prepared on the pool, and pg's error carries no values.)
    if (t.handle.dialect === 'pglite') expect(log).toContain('params: [disembunyikan]');
    expect(log).toContain('"url":"/api/v1/cases/search"');
    expect(log).toContain(`/api/v1/track/${ticket}?…`);
    expect(leaksIn(log)).toEqual([]);
  });

  it('whatever makes a write fail, the log names the failure and the route, never the report', async () => {
    const village = await villageIn(t, '14.72');
    const report = sampleReport('dumai', village, {
      reporter: { name: REPORTER, phone: REPORTER_PHONE },
      person: {
        fullName: PERSON,
        nik: NIK,
        kk: KK,
        phone: PERSON_PHONE,
        birthDate: '1950-08-27',
        birthPlace: BIRTH_PLACE,
      },
    });
    const run = async (statements: string[]) => {
      for (const statement of statements) await t.handle.db.execute(sql.raw(statement));
    };
    const trigger = (name: string, body: string) => [
      `create function ${name}() returns trigger language plpgsql as $$ ${body} $$`,
      `create trigger ${name} before insert on case_subjects for each row execute function ${name}()`,
    ];
    const untrigger = (name: string) => [`drop trigger ${name} on case_subjects`, `drop function ${name}()`];
    const failures = [
      // PostgreSQL quotes the value it could not read: `invalid input syntax for type integer: "…"`.
      {
        code: '22P02',
        setup: trigger('uji_cast', 'begin perform new.birth_place::int; return new; end'),
        teardown: untrigger('uji_cast'),
      },
      // A check that rejects: the error's detail would hold the whole row.
      {
        code: '23514',
        setup: ['alter table case_subjects add constraint uji_tolak check (full_name is null) not valid'],
        teardown: ['alter table case_subjects drop constraint uji_tolak'],
      },
      // A value too long for where it goes.
      {
        code: '22001',
        setup: trigger('uji_panjang', 'declare v varchar(4); begin v := new.address; return new; end'),
        teardown: untrigger('uji_panjang'),
      },
    ];
    for (const failure of failures) {
      lines.length = 0;
      await run(failure.setup);
      const failed = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: report });
      await run(failure.teardown);
      expect(failed.statusCode).toBe(500);
      const log = lines.join('');
      expect(log).toContain('unhandled error');
      expect(log).toContain('"route":"/api/v1/reports"');
      expect(log).toContain(`"code":"${failure.code}"`);
      expect(leaksIn(log)).toEqual([]);
      expect(log).not.toContain(BIRTH_PLACE);
    }

    // A NUL byte is the sender's mistake: a 400 naming the field, and nothing for the error log.
    lines.length = 0;
    const nul = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: { ...report, description: `${PERSON}\u0000${NIK}` },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().fields).toHaveProperty('description');
    expect(lines.join('')).not.toContain('unhandled error');
    expect(leaksIn(lines.join(''))).toEqual([]);

    // The connection goes away in the middle of the write (PostgreSQL), or the database is closed (PGlite).
    lines.length = 0;
    if (t.handle.dialect === 'postgresql') {
      await run(
        trigger('uji_putus', 'begin perform pg_terminate_backend(pg_backend_pid()); return new; end'),
      );
    } else {
      await t.handle.close();
      // Closed for good: the end of the file must not close it a second time.
      Object.assign(t.handle, { close: async () => undefined });
    }
    const lost = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: report });
    expect([500, 503]).toContain(lost.statusCode);
    if (t.handle.dialect === 'postgresql') {
      expect(lost.statusCode).toBe(503);
      await run(untrigger('uji_putus'));
    }
    const log = lines.join('');
    expect(log).toMatch(/unhandled error|database unavailable/);
    expect(log).toContain('"route":"/api/v1/reports"');
    expect(leaksIn(log)).toEqual([]);
  });

  it('strips a failed query’s values and PostgreSQL’s detail from an error', () => {
    const error = Object.assign(
      new Error(`Failed query: insert into x values ($1, $2)\nparams: ${NIK},${PERSON}`),
      {
        detail: `Failing row contains (${NIK}, ${PERSON}).`,
        code: '23514',
        cause: new Error(`nomor ${REPORTER_PHONE}`),
      },
    );
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('insert into x');
    expect(logged).toContain('23514');
    expect(leaksIn(logged)).toEqual([]);
    expect(maskDigits('pada 2026-12-07 port 5432')).toBe('pada 2026-12-07 port 5432');
  });
});
