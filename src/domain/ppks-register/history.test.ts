import { describe, expect, it } from 'vitest';
import { categoryTimeline, reportedAid } from './history';

describe("a person's categories over time", () => {
  it('groups consecutive cases of one category and sub-category, oldest first', () => {
    const timeline = categoryTimeline([
      {
        ticket: 'T3',
        openedAt: '2026-03-01T00:00:00Z',
        category: 'penyandang-disabilitas',
        subcategory: 'tuna-daksa',
      },
      {
        ticket: 'T1',
        openedAt: '2024-01-01T00:00:00Z',
        category: 'lansia-terlantar',
        subcategory: 'tinggal-sendiri',
      },
      {
        ticket: 'T2',
        openedAt: '2025-01-01T00:00:00Z',
        category: 'lansia-terlantar',
        subcategory: 'tinggal-sendiri',
      },
      {
        ticket: 'T4',
        openedAt: '2026-04-01T00:00:00Z',
        category: 'lansia-terlantar',
        subcategory: 'tinggal-sendiri',
      },
    ]);
    expect(timeline).toEqual([
      {
        category: 'lansia-terlantar',
        subcategory: 'tinggal-sendiri',
        from: '2024-01-01T00:00:00Z',
        to: '2025-01-01T00:00:00Z',
        tickets: ['T1', 'T2'],
      },
      {
        category: 'penyandang-disabilitas',
        subcategory: 'tuna-daksa',
        from: '2026-03-01T00:00:00Z',
        to: '2026-03-01T00:00:00Z',
        tickets: ['T3'],
      },
      {
        category: 'lansia-terlantar',
        subcategory: 'tinggal-sendiri',
        from: '2026-04-01T00:00:00Z',
        to: '2026-04-01T00:00:00Z',
        tickets: ['T4'],
      },
    ]);
    expect(categoryTimeline([])).toEqual([]);
  });
});

describe('the aid a person reported', () => {
  const none = { kinds: ['belum-pernah'], pbiScheme: null, other: null };
  it('lists each kind once with its first and last report, the latest scheme, and drops "belum pernah"', () => {
    const aid = reportedAid([
      { ticket: 'T1', openedAt: '2024-01-01T00:00:00Z', aid: none },
      {
        ticket: 'T2',
        openedAt: '2025-01-01T00:00:00Z',
        aid: { kinds: ['pkh', 'bpjs-pbi'], pbiScheme: 'tidak-tahu', other: null },
      },
      {
        ticket: 'T3',
        openedAt: '2026-01-01T00:00:00Z',
        aid: { kinds: ['bpjs-pbi', 'lainnya'], pbiScheme: 'daerah', other: 'Beras' },
      },
    ]);
    expect(aid).toEqual([
      {
        kind: 'pkh',
        pbiScheme: null,
        other: null,
        firstReportedAt: '2025-01-01T00:00:00Z',
        lastReportedAt: '2025-01-01T00:00:00Z',
        ticket: 'T2',
      },
      {
        kind: 'bpjs-pbi',
        pbiScheme: 'daerah',
        other: null,
        firstReportedAt: '2025-01-01T00:00:00Z',
        lastReportedAt: '2026-01-01T00:00:00Z',
        ticket: 'T3',
      },
      {
        kind: 'lainnya',
        pbiScheme: null,
        other: 'Beras',
        firstReportedAt: '2026-01-01T00:00:00Z',
        lastReportedAt: '2026-01-01T00:00:00Z',
        ticket: 'T3',
      },
    ]);
  });

  it('keeps "belum pernah" when no aid was ever reported', () => {
    expect(
      reportedAid([{ ticket: 'T1', openedAt: '2024-01-01T00:00:00Z', aid: none }]).map((a) => a.kind),
    ).toEqual(['belum-pernah']);
  });
});
