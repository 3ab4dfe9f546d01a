import { describe, expect, it } from 'vitest';
import { archiveDate, archiveName } from './backup';
import { localClock, parseSchedule } from './config';
import { BackupKeyError, parseBackupKey } from './encryption';
import { compareManifest } from './manifest';

describe('backup names, keys, schedule and the manifest comparison', () => {
  it('names an archive by its UTC time and reads the time back; other files have none', () => {
    const at = new Date('2026-12-07T19:00:05.123Z');
    expect(archiveName(at, true)).toBe('satu-atap-20261207T190005Z.tar.gz.enc');
    expect(archiveDate(archiveName(at, false))?.toISOString()).toBe('2026-12-07T19:00:05.000Z');
    expect(archiveDate('satu-atap-20261207T190005Z.tar.gz.part')).toBeNull();
    expect(archiveDate('notes.txt')).toBeNull();
  });

  it('takes a 32-byte key as hex or base64 and refuses any other length', () => {
    const hex = 'ab'.repeat(32);
    expect(parseBackupKey(hex)?.equals(Buffer.alloc(32, 0xab))).toBe(true);
    expect(parseBackupKey(Buffer.alloc(32, 7).toString('base64'))?.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(parseBackupKey(undefined)).toBeNull();
    expect(parseBackupKey('  ')).toBeNull();
    expect(() => parseBackupKey('abcd')).toThrow(BackupKeyError);
  });

  it('reads the schedule and the office clock', () => {
    expect(parseSchedule('off')).toBeNull();
    expect(parseSchedule('daily@02:30')).toEqual({ hour: 2, minute: 30 });
    expect(() => parseSchedule('every hour')).toThrow();
    expect(localClock(new Date('2026-12-31T17:30:00Z'), 'Asia/Jakarta')).toEqual({
      date: '2027-01-01',
      minutes: 30,
    });
  });

  it('lists every difference: a row count, a table hash, a missing or changed file', () => {
    const expected = {
      tables: [
        { name: 'cases', file: 'a', rows: 2, sha256: 'x' },
        { name: 'offices', file: 'b', rows: 1, sha256: 'y' },
      ],
      files: [
        { key: 'k1', size: 3, sha256: 'f1' },
        { key: 'k2', size: 3, sha256: 'f2' },
      ],
    };
    expect(compareManifest(expected, expected)).toEqual([]);
    const differences = compareManifest(expected, {
      tables: [
        { name: 'cases', file: 'a', rows: 1, sha256: 'x' },
        { name: 'offices', file: 'b', rows: 1, sha256: 'z' },
      ],
      files: [{ key: 'k1', size: 3, sha256: 'other' }],
    });
    expect(differences.map((d) => d.what)).toEqual([
      'rows of cases',
      'sha256 of offices',
      'file k1',
      'file k2',
    ]);
  });
});
