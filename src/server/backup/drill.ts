import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import type { TLetterView } from '../../domain/letters/schemas';
import { buildApp } from '../app';
import { type DatabaseHandle, openDatabase } from '../db/client';
import { diskStorage, type FileStorage } from '../storage/file-storage';
import { importRegistry, registryCsv } from '../testing/registry-sample';
import { sampleReport, villageIn } from '../testing/sample-report';
import { staffSession, type TestApp } from '../testing/test-app';

// Test support for the backup drill (backup.int.test.ts): data in, a fresh target, an app on it.

export const SITI = {
  kk: '1471010503150007',
  nik: '1471015203750002',
  name: 'Siti Aminah',
  birthDate: '12-03-1975',
  sex: 'P',
  relation: '2',
  pbi: '1',
  village: '1471011002',
};

export async function samplePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#88aa44' } })
    .jpeg()
    .toBuffer();
}

/** A report with two photos, as the public form sends it (multipart). */
export function multipartReport(report: object, photo: Buffer) {
  const boundary = '----satu-atap-backup-boundary';
  const part = (name: string, value: string | Buffer) =>
    Buffer.concat([
      Buffer.from(
        typeof value === 'string'
          ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`
          : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      typeof value === 'string' ? Buffer.from(value) : value,
      Buffer.from('\r\n'),
    ]);
  const payload = Buffer.concat([
    part('report', JSON.stringify(report)),
    part('ktpPhoto', photo),
    part('personPhoto', photo),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function fileReportWithPhotos(
  t: Pick<TestApp, 'app' | 'handle'>,
  nik: string | null,
): Promise<string> {
  const village = await villageIn(t, '14.71');
  const report = sampleReport('pekanbaru', village, {
    serviceCode: 'dtks-rekomendasi',
    person: { nik, fullName: nik ? SITI.name : 'Mak Ijah' },
  });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    ...multipartReport(report, await samplePhoto()),
  });
  if (response.statusCode !== 201) throw new Error(`report: ${response.statusCode} ${response.body}`);
  return response.json().ticket as string;
}

/** A PBI-JKN letter for the ticket, through the chain to the Kadis's signature; returns its QR code. */
export async function signedLetter(t: TestApp, ticket: string): Promise<{ code: string; number: string }> {
  const admin = await staffSession(t, { office: 'pekanbaru', role: 'admin' });
  const officer = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });
  await importRegistry(admin, { name: 'dtks.csv', bytes: Buffer.from(registryCsv([SITI])) });
  const check = await officer.request({
    method: 'POST',
    url: '/api/v1/registry/checks',
    payload: { ticket, by: 'nik', nik: SITI.nik },
  });
  const issued = await officer.request({
    method: 'POST',
    url: '/api/v1/letters',
    payload: {
      checkId: check.json().checkId,
      programme: 'pbi_jkn_reactivation',
      pbiInactiveSince: '2026-09-01',
    },
  });
  let letter = issued.json() as TLetterView;
  for (const role of ['coordinator', 'kabid', 'kadis'] as const) {
    const approver = await staffSession(t, { office: 'pekanbaru', role });
    const acted = await approver.request({
      method: 'POST',
      url: `/api/v1/letters/${letter.id}/actions`,
      payload: { type: 'approve' },
    });
    letter = acted.json() as TLetterView;
  }
  if (letter.status !== 'signed') throw new Error(`letter not signed: ${JSON.stringify(letter)}`);
  return { code: letter.verificationUrl.split('/').at(-1) ?? '', number: letter.number };
}

export interface EmptyTarget {
  handle: DatabaseHandle;
  storage: FileStorage;
  storageDir: string;
  close(): Promise<void>;
}

/** A database without even the schema (a new PostgreSQL database, or PGlite in memory) and an empty folder. */
export async function emptyTarget(dialect: 'pglite' | 'postgresql'): Promise<EmptyTarget> {
  const storageDir = await mkdtemp(join(tmpdir(), 'satu-atap-restored-'));
  if (dialect === 'pglite') {
    const handle = await openDatabase({ inMemory: true });
    return {
      handle,
      storage: diskStorage(storageDir),
      storageDir,
      close: async () => {
        await handle.close();
        await rm(storageDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `satu_restore_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  return {
    handle,
    storage: diskStorage(storageDir),
    storageDir,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}

/** The real app on a restored database and storage, as `npm start` would build it. */
export async function appOn(target: EmptyTarget): Promise<TestApp> {
  const app = await buildApp({
    db: target.handle.db,
    dialect: target.handle.dialect,
    now: () => new Date(),
    storage: target.storage,
    config: {
      version: 'test',
      demoMode: false,
      cookieSecure: false,
      webDistDir: null,
      logLevel: 'silent',
      publicBaseUrl: 'https://layanan.example.go.id',
    },
  });
  return {
    app,
    handle: { ...target.handle, url: null },
    clock: { now: new Date() },
    storage: target.storage,
    close: () => app.close(),
  };
}
