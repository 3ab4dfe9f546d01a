/** Units a time standard is written in. Minutes, hours and working days run on office time. */
export const TIME_UNITS = ['minute', 'hour', 'working_day', 'day', 'week', 'month'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface Duration {
  amount: number;
  unit: TimeUnit;
}

/**
 * A completion time as structured data. A range ("3 - 4 Hari kerja") gives a target (the lower
 * bound) and a limit (the upper bound); a single value is both. "Menyesuaikan" has no fixed time.
 */
export type CompletionTime =
  | { kind: 'fixed'; target: Duration; limit: Duration; text: string; note: string | null }
  | { kind: 'flexible'; text: string; note: string | null };

export type CompletionTimeResult = { ok: true; value: CompletionTime } | { ok: false; message: string };

// Longest phrases first: "hari kerja" and "hari sesuai jam kerja" before "hari".
const UNIT_PHRASES: [RegExp, TimeUnit][] = [
  [/^hari\s+(?:sesuai\s+)?(?:jam\s+)?kerja\b/, 'working_day'],
  [/^menit\b/, 'minute'],
  [/^jam\b/, 'hour'],
  [/^hari\b/, 'day'],
  [/^(?:minggu|pekan)\b/, 'week'],
  [/^bulan\b/, 'month'],
];

const FLEXIBLE = /^(menyesuaikan|sesuai kebutuhan|tidak tentu)\b/;
// "1 (satu) hari" writes the number twice; the words in brackets add nothing.
const SPELLED_NUMBER = /\(\s*[a-z\s]+\)/g;
const AMOUNT = /^(\d+(?:[.,]\d+)?)\s*(?:(?:-|–|—|s\.?\s?d\.?|sampai(?:\s+dengan)?)\s*(\d+(?:[.,]\d+)?))?\s*/;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function cleanNote(rest: string): string | null {
  const note = rest.replace(/^(?:dan|,|;|\.)\s*/, '').trim();
  return note.length > 0 ? note : null;
}

/** Reads a completion time as the service standards write it ("3 - 4 Hari kerja", "10 Menit", "menyesuaikan"). */
export function parseCompletionTime(input: string): CompletionTimeResult {
  const text = input.trim();
  const lower = text.toLowerCase().replace(SPELLED_NUMBER, ' ').replace(/\s+/g, ' ').trim();
  const flexible = FLEXIBLE.exec(lower);
  if (flexible)
    return { ok: true, value: { kind: 'flexible', text, note: cleanNote(text.slice(flexible[0].length)) } };

  const amount = AMOUNT.exec(lower);
  if (!amount?.[1])
    return {
      ok: false,
      message: `Waktu penyelesaian "${text}" tidak dikenali: awali dengan angka atau "menyesuaikan"`,
    };
  const afterAmount = lower.slice(amount[0].length);
  const unit = UNIT_PHRASES.find(([pattern]) => pattern.test(afterAmount));
  if (!unit)
    return {
      ok: false,
      message: `Satuan waktu pada "${text}" tidak dikenali (menit, jam, hari, hari kerja, minggu, bulan)`,
    };
  const [pattern, timeUnit] = unit;
  const rest = afterAmount.replace(pattern, '');
  const min = toNumber(amount[1]);
  const max = amount[2] ? toNumber(amount[2]) : min;
  if (!(min > 0) || max < min) return { ok: false, message: `Rentang waktu pada "${text}" tidak masuk akal` };
  // Notes keep the document's own casing: take the tail from the original text.
  const note = cleanNote(text.slice(text.length - rest.trimStart().length));
  return {
    ok: true,
    value: {
      kind: 'fixed',
      target: { amount: min, unit: timeUnit },
      limit: { amount: max, unit: timeUnit },
      text,
      note,
    },
  };
}

const UNIT_LABELS: Record<TimeUnit, string> = {
  minute: 'menit',
  hour: 'jam',
  working_day: 'hari kerja',
  day: 'hari',
  week: 'minggu',
  month: 'bulan',
};

/** Indonesian wording of a duration, e.g. "3 hari kerja". */
export function formatDuration(duration: Duration): string {
  return `${duration.amount} ${UNIT_LABELS[duration.unit]}`;
}
