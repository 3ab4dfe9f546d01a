import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../testing/multipart';
import { importRegistry, registryCsv, SAMPLE_HEADERS } from '../../testing/registry-sample';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { sweepStaleUploads, uploadDir } from './upload';

// The uploaded export holds the registry's NIKs: its temporary copy must go on every path.
describe('registry import: the temporary copy of the upload', () => {
  let t: TestApp;
  let admin: Session;
  let temp: string;
  const previousTmp = process.env.TMPDIR;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    // A temporary folder of this file's own, so other test files' uploads are not counted.
    temp = await mkdtemp(join(tmpdir(), 'satu-atap-upload-test-'));
    process.env.TMPDIR = temp;
  });
  afterAll(async () => {
    process.env.TMPDIR = previousTmp;
    await rm(temp, { recursive: true, force: true });
    await t.close();
  });

  // The import's status is written just before its finally removes the file: give it a moment.
  const leftBehind = async () => {
    let names: string[] = [];
    for (let i = 0; i < 40; i++) {
      names = await readdir(uploadDir()).catch(() => [] as string[]);
      if (names.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return names;
  };

  it('is removed after an import that throws mid-way through the file', async () => {
    // A real workbook cut in half: the streaming reader starts, then fails inside the file.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DTKS');
    sheet.addRow([...SAMPLE_HEADERS]);
    for (let i = 0; i < 3000; i++) sheet.addRow(SAMPLE_HEADERS.map((_, c) => `nilai ${i} ${c}`));
    const whole = Buffer.from(await workbook.xlsx.writeBuffer());
    const view = await importRegistry(admin, {
      name: 'dtks.xlsx',
      bytes: whole.subarray(0, whole.length / 2),
    });
    expect(view.status).toBe('failed');
    expect(uploadDir().startsWith(temp)).toBe(true);
    expect(await leftBehind()).toEqual([]);
  });

  it('is removed after a good import, and after an upload refused before it starts', async () => {
    const done = await importRegistry(admin, { name: 'dtks.csv', bytes: Buffer.from(registryCsv([])) });
    expect(done.status).toBe('done');
    const { payload, contentType } = multipartBody(
      { dataDate: 'bukan-tanggal', source: 'DTKS' },
      {
        name: 'dtks.csv',
        bytes: Buffer.from(registryCsv([])),
      },
    );
    const refused = await admin.request({
      method: 'POST',
      url: '/api/v1/registry/imports',
      payload,
      headers: { 'content-type': contentType },
    });
    expect(refused.statusCode).toBe(400);
    expect(await leftBehind()).toEqual([]);
    expect((await stat(uploadDir())).mode & 0o777).toBe(0o700);
  });

  it('left by a process that died mid-import is swept once stale', async () => {
    const dir = join(temp, 'sweep');
    await mkdir(dir);
    await writeFile(join(dir, 'old.upload'), 'NIK');
    await writeFile(join(dir, 'fresh.upload'), 'NIK');
    const sevenHoursAgo = new Date(Date.now() - 7 * 3_600_000);
    await utimes(join(dir, 'old.upload'), sevenHoursAgo, sevenHoursAgo);
    expect(await sweepStaleUploads(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['fresh.upload']);
  });
});
