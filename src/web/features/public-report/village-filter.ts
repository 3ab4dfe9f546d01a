import type { ComboboxData } from '@mantine/core';

/** The village options as the region hook builds them: one district's list, or lists grouped by district. */
export interface VillageOption {
  value: string;
  label: string;
}
export interface VillageGroup {
  group: string;
  items: VillageOption[];
}
type Entry = VillageOption | VillageGroup;
/** Lower case, no accents, "desa"/"kelurahan"/"nagari" ignored: "Kel. Purnama" is found by "purnama". */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(desa|kelurahan|kel|nagari)\b\.?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function isGroup(entry: Entry): entry is VillageGroup {
  return 'group' in entry;
}

function entriesOf(options: ComboboxData): Entry[] {
  return (options as readonly (string | Entry)[]).map((entry) =>
    typeof entry === 'string' ? { value: entry, label: entry } : entry,
  );
}

/** The village options whose name contains what was typed; groups without a match are left out. */
export function filterVillageOptions(options: ComboboxData, query: string): Entry[] {
  const entries = entriesOf(options);
  const wanted = normalise(query);
  if (!wanted) return entries;
  const matches = (item: VillageOption) => normalise(item.label).includes(wanted);
  const kept: Entry[] = [];
  for (const entry of entries) {
    if (!isGroup(entry)) {
      if (matches(entry)) kept.push(entry);
      continue;
    }
    const items = entry.items.filter(matches);
    if (items.length) kept.push({ ...entry, items });
  }
  return kept;
}

/** How many villages the options hold. */
export function countVillageOptions(options: readonly Entry[]): number {
  return options.reduce((sum, entry) => sum + (isGroup(entry) ? entry.items.length : 1), 0);
}
