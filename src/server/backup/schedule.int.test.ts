import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskStorage } from '../storage/file-storage';
import { createTestDatabase, type TestDatabaseHandle } from '../testing/test-database';
import { archiveName } from './backup';
import { type BackupConfig, parseSchedule } from './config';
import { backupDue, runScheduledBackup } from './schedule';

const silent = { info: () => {}, error: () => {} };

describe('the daily backup: due once a day after its minute, then the retention', () => {
  let handle: TestDatabaseHandle;
  let dir: string;
  let config: BackupConfig & { appVersion: string };

  beforeAll(async () => {
    handle = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'satu-atap-scheduled-'));
    config = {
      dir,
      dailyAt: parseSchedule('02:00'),
      keepDaily: 3,
      keepMonthly: 2,
      timeZone: 'Asia/Jakarta',
      key: null,
      token: null,
      appVersion: 'test',
    };
  });
  afterAll(async () => {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is due after 02:00 office time when the day has no archive yet', () => {
    const at = (iso: string) => new Date(iso);
    // 18:59 UTC = 01:59 WIB: not yet; 19:00 UTC = 02:00 WIB of the next day: due.
    expect(backupDue(at('2026-12-07T18:59:00Z'), config, [])).toBe(false);
    expect(backupDue(at('2026-12-07T19:00:00Z'), config, [])).toBe(true);
    expect(backupDue(at('2026-12-07T23:00:00Z'), config, [{ at: at('2026-12-07T19:01:00Z') }])).toBe(false);
    expect(backupDue(at('2026-12-07T19:00:00Z'), { ...config, dailyAt: null }, [])).toBe(false);
    expect(() => parseSchedule('25:00')).toThrow(/BACKUP_SCHEDULE/);
  });

  it('takes the day’s archive once and deletes what the retention does not keep', async () => {
    // Ten earlier nights in this folder, plus a file that is no archive (left alone).
    for (let day = 1; day <= 10; day++)
      await writeFile(
        join(dir, archiveName(new Date(`2026-11-${String(day).padStart(2, '0')}T19:00:00Z`), false)),
        'x',
      );
    await writeFile(join(dir, 'notes.txt'), 'bukan arsip');
    const now = new Date('2026-12-07T19:05:00Z');
    const storage = diskStorage(join(dir, 'files'));
    const name = await runScheduledBackup(handle, storage, config, silent, now);
    expect(name).toBe(archiveName(now, false));
    expect(
      await runScheduledBackup(handle, storage, config, silent, new Date('2026-12-07T20:00:00Z')),
    ).toBeNull();
    const left = (await readdir(dir)).filter((n) => n !== 'files').sort();
    // 19:00 UTC is 02:00 WIB the next day. Kept: the three newest office days (today, 11 and 10
    // November), which are also the newest of each of the two months.
    const night = (day: string) => archiveName(new Date(`2026-11-${day}T19:00:00Z`), false);
    expect(left).toEqual(['notes.txt', night('09'), night('10'), name].sort());
  });
});
