import { describe, expect, it } from 'vitest';
import { type ArchiveAt, archivesToDelete } from './retention';

/** One archive a night at 02:00 WIB (19:00 UTC the day before), from `first` for `count` nights. */
function nightly(first: string, count: number): ArchiveAt[] {
  const start = new Date(`${first}T19:00:00Z`).getTime();
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 86_400_000);
    return { name: `a-${at.toISOString()}`, at };
  });
}

const WIB = { keepDaily: 7, keepMonthly: 12, timeZone: 'Asia/Jakarta' };

describe('backup retention: N daily, M monthly', () => {
  it('keeps everything while there are fewer archives than days to keep', () => {
    expect(archivesToDelete(nightly('2026-11-30', 5), WIB)).toEqual([]);
  });

  it('keeps the last 7 nights and the newest of each earlier month', () => {
    // 2026-09-30 19:00 UTC is 1 October 02:00 WIB: 100 nights run from 1 October 2026 to 8 January 2027.
    const archives = nightly('2026-09-30', 100);
    const kept = archives.map((a) => a.name).filter((n) => !archivesToDelete(archives, WIB).includes(n));
    const keptDays = kept.map((n) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(n.slice(2))),
    );
    expect(keptDays.sort()).toEqual([
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
    ]);
  });

  it('counts days in the office time zone and keeps only the newest of two archives on one day', () => {
    const archives: ArchiveAt[] = [
      { name: 'morning', at: new Date('2026-12-07T01:00:00Z') }, // 08:00 WIB, 7 December
      { name: 'evening', at: new Date('2026-12-07T12:00:00Z') }, // 19:00 WIB, 7 December
      { name: 'late', at: new Date('2026-12-07T18:00:00Z') }, // 01:00 WIB, 8 December
    ];
    expect(archivesToDelete(archives, { keepDaily: 2, keepMonthly: 0, timeZone: 'Asia/Jakarta' })).toEqual([
      'morning',
    ]);
    // In UTC all three fall on 7 December: one day, one archive kept.
    expect(archivesToDelete(archives, { keepDaily: 2, keepMonthly: 0, timeZone: 'UTC' }).sort()).toEqual([
      'evening',
      'morning',
    ]);
  });

  it('keeps M months even when no daily archives are wanted, and deletes past them', () => {
    const archives = nightly('2026-01-14', 330);
    const deleted = new Set(archivesToDelete(archives, { keepDaily: 0, keepMonthly: 3, timeZone: 'UTC' }));
    expect(archives.filter((a) => !deleted.has(a.name))).toHaveLength(3);
  });
});
