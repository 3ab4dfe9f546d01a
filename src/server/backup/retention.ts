/** An archive as the retention rule sees it: its name and when it was taken. */
export interface ArchiveAt {
  name: string;
  at: Date;
}

/**
 * Which archives to delete: keep the newest archive of each of the `keepDaily` most recent days that
 * have one, and the newest of each of the `keepMonthly` most recent months; delete everything else.
 * Days and months are counted in `timeZone` (the office's), so "daily" means the office's day.
 */
export function archivesToDelete(
  archives: ArchiveAt[],
  rule: { keepDaily: number; keepMonthly: number; timeZone: string },
): string[] {
  const newestFirst = [...archives].sort(
    (a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name),
  );
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: rule.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const archive of newestFirst) {
    const date = day.format(archive.at);
    const month = date.slice(0, 7);
    if (!days.has(date) && days.size < rule.keepDaily) {
      days.add(date);
      keep.add(archive.name);
    }
    if (!months.has(month) && months.size < rule.keepMonthly) {
      months.add(month);
      keep.add(archive.name);
    }
    days.add(date);
    months.add(month);
  }
  return newestFirst.filter((a) => !keep.has(a.name)).map((a) => a.name);
}
