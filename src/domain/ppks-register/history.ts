// A person's history read from their cases: the PPKS categories over time and the aid they said they
// had received. Pure, so the person page's server code only loads rows.

export interface CategoryAt {
  ticket: string;
  openedAt: string;
  category: string;
  subcategory: string | null;
}

export interface CategoryPeriod {
  category: string;
  subcategory: string | null;
  /** The first and last case of the period (ISO times). */
  from: string;
  to: string;
  tickets: string[];
}

/**
 * Categories over time: the person's cases oldest first, consecutive cases of the same category and
 * sub-category as one period ("Lanjut usia terlantar, 3 laporan, 2024-2026").
 */
export function categoryTimeline(cases: readonly CategoryAt[]): CategoryPeriod[] {
  const sorted = [...cases].sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  const periods: CategoryPeriod[] = [];
  for (const item of sorted) {
    const last = periods.at(-1);
    if (last && last.category === item.category && last.subcategory === item.subcategory) {
      last.to = item.openedAt;
      last.tickets.push(item.ticket);
    } else
      periods.push({
        category: item.category,
        subcategory: item.subcategory,
        from: item.openedAt,
        to: item.openedAt,
        tickets: [item.ticket],
      });
  }
  return periods;
}

export interface AidAt {
  ticket: string;
  openedAt: string;
  aid: { kinds: readonly string[]; pbiScheme: string | null; other: string | null };
}

export interface ReportedAid {
  kind: string;
  /** For BPJS/PBI: Pusat, Daerah or Tidak tahu, as last reported. */
  pbiScheme: string | null;
  /** For "Lainnya": the words given, as last reported. */
  other: string | null;
  firstReportedAt: string;
  lastReportedAt: string;
  /** The latest case that reported it. */
  ticket: string;
}

/**
 * The aid the person had received, as intake recorded it on each case ("Bantuan yang sudah pernah
 * diterima"): one line per kind with when it was first and last reported. "Belum pernah" is dropped
 * once any aid is reported, and kept (as last reported) only when nothing else ever was.
 */
export function reportedAid(cases: readonly AidAt[]): ReportedAid[] {
  const sorted = [...cases].sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  const byKind = new Map<string, ReportedAid>();
  for (const item of sorted) {
    for (const kind of item.aid.kinds) {
      const earlier = byKind.get(kind);
      byKind.set(kind, {
        kind,
        pbiScheme: kind === 'bpjs-pbi' ? item.aid.pbiScheme : null,
        other: kind === 'lainnya' ? item.aid.other : null,
        firstReportedAt: earlier?.firstReportedAt ?? item.openedAt,
        lastReportedAt: item.openedAt,
        ticket: item.ticket,
      });
    }
  }
  const lines = [...byKind.values()];
  const received = lines.filter((line) => line.kind !== 'belum-pernah');
  return received.length > 0 ? received : lines;
}
