import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { validationError } from '../../../domain/errors/app-error';
import { HOLIDAY_KINDS, type THoliday, ZHoliday } from '../../../domain/offices/settings';
import { z } from '../../../domain/zod';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { afterCommit } from '../../reference/office-context';
import { type AuditContext, recordAudit } from '../audit/service';
import { holidays } from './tables';

/** A year's list is a few dozen rows; this bounds a pasted or wrong file. */
export const MAX_IMPORT_ROWS = 400;
export const MAX_IMPORT_CHARS = 100_000;

export const ZHolidayImportRequest = z.object({
  year: z.number().int().min(2000).max(2100),
  /** Guessed from the text when absent: a JSON array starts with "[". */
  format: z.enum(['csv', 'json']).optional(),
  text: z.string().min(1, 'Berkas kosong').max(MAX_IMPORT_CHARS, 'Berkas terlalu besar (maks. 100 KB)'),
});
export type THolidayImportRequest = z.infer<typeof ZHolidayImportRequest>;

export const ZHolidayImportResult = z.object({
  year: z.number(),
  added: z.array(ZHoliday),
  /** Dates the office already had: left as they are (the admin may have renamed or moved them). */
  skipped: z.array(z.object({ line: z.number(), date: z.string(), name: z.string() })),
});
export type THolidayImportResult = z.infer<typeof ZHolidayImportResult>;

interface RawRow {
  line: number;
  values: Record<string, unknown>;
}

// Staff write the kind as they say it; the stored value stays the English code.
const KIND_ALIASES: Record<string, string> = {
  nasional: 'national',
  'libur nasional': 'national',
  'cuti bersama': 'joint_leave',
  cuti_bersama: 'joint_leave',
  lokal: 'local',
  'libur lokal': 'local',
  daerah: 'local',
};

/** One CSV line split on the delimiter, honouring "quoted, fields" and doubled quotes. */
function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

function parseCsv(text: string): RawRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  const columns = splitCsvLine(header, delimiter).map((c) => c.toLowerCase());
  const missing = ['date', 'name', 'kind'].filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw validationError({
      'baris 1': `Baris judul harus berisi date,name,kind (kurang: ${missing.join(', ')})`,
    });
  const rows: RawRow[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = splitCsvLine(line, delimiter);
    rows.push({ line: index + 2, values: Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) });
  });
  return rows;
}

function parseJson(text: string): RawRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw validationError({ berkas: 'Berkas JSON tidak bisa dibaca' });
  }
  // The seed files' shape ({ year, holidays: [...] }) is accepted too, so a shipped list can be re-imported.
  const list = Array.isArray(parsed) ? parsed : (parsed as { holidays?: unknown } | null)?.holidays;
  if (!Array.isArray(list))
    throw validationError({ berkas: 'JSON harus berupa daftar [{date, name, kind}]' });
  return list.map((item, index) => ({
    line: index + 1,
    values: typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {},
  }));
}

function normalised(values: Record<string, unknown>): Record<string, unknown> {
  const kind = typeof values.kind === 'string' ? values.kind.trim().toLowerCase() : values.kind;
  return { ...values, kind: typeof kind === 'string' ? (KIND_ALIASES[kind] ?? kind) : kind };
}

/** Every row checked: the valid holidays with their lines, or a validation error naming each bad line. */
export function parseHolidayList(input: THolidayImportRequest): { line: number; holiday: THoliday }[] {
  const format = input.format ?? (input.text.trimStart().startsWith('[') ? 'json' : 'csv');
  const rows = format === 'json' ? parseJson(input.text) : parseCsv(input.text);
  if (rows.length === 0) throw validationError({ berkas: 'Berkas tidak berisi satu hari libur pun' });
  if (rows.length > MAX_IMPORT_ROWS)
    throw validationError({ berkas: `Paling banyak ${MAX_IMPORT_ROWS} baris dalam satu impor` });
  const refused: Record<string, string> = {};
  const seen = new Map<string, number>();
  const valid: { line: number; holiday: THoliday }[] = [];
  for (const row of rows) {
    const parsed = ZHoliday.safeParse(normalised(row.values));
    const key = `baris ${row.line}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      refused[key] =
        field === 'kind'
          ? `Jenis harus salah satu dari ${HOLIDAY_KINDS.join(', ')}`
          : (issue?.message ?? 'Tidak sah');
    } else if (!parsed.data.date.startsWith(`${input.year}-`)) {
      refused[key] = `Tanggal ${parsed.data.date} bukan di tahun ${input.year}`;
    } else if (seen.has(parsed.data.date)) {
      refused[key] = `Tanggal ${parsed.data.date} sudah ada di baris ${seen.get(parsed.data.date)}`;
    } else {
      seen.set(parsed.data.date, row.line);
      valid.push({ line: row.line, holiday: parsed.data });
    }
  }
  if (Object.keys(refused).length > 0) throw validationError(refused);
  return valid;
}

/**
 * Imports one year's list into the admin's office. Nothing is written when any row is refused (half
 * an SKB list would look complete); dates the office already has are skipped, not overwritten.
 */
export async function importHolidays(
  db: Database,
  actor: Actor,
  input: THolidayImportRequest,
  context: AuditContext,
): Promise<THolidayImportResult> {
  const rows = parseHolidayList(input);
  return afterCommit(
    db.transaction(async (tx) => {
      const existing = await tx
        .select({ date: holidays.date })
        .from(holidays)
        .where(
          and(
            eq(holidays.officeId, actor.officeId),
            gte(holidays.date, `${input.year}-01-01`),
            lt(holidays.date, `${input.year + 1}-01-01`),
            inArray(
              holidays.date,
              rows.map((r) => r.holiday.date),
            ),
          ),
        );
      const known = new Set(existing.map((e) => e.date));
      const fresh = rows.filter((r) => !known.has(r.holiday.date)).map((r) => r.holiday);
      if (fresh.length > 0)
        await tx
          .insert(holidays)
          .values(fresh.map((h) => ({ officeId: actor.officeId, ...h })))
          .onConflictDoNothing();
      const skipped = rows
        .filter((r) => known.has(r.holiday.date))
        .map((r) => ({ line: r.line, date: r.holiday.date, name: r.holiday.name }));
      await recordAudit(tx, context, {
        action: 'holiday.imported',
        targetType: 'holiday',
        targetId: String(input.year),
        after: { year: input.year, added: fresh.map((h) => h.date), skipped: skipped.map((s) => s.date) },
      });
      return { year: input.year, added: fresh, skipped };
    }),
  );
}
