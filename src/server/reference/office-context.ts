import { and, eq, getTableColumns, or, sql } from 'drizzle-orm';
import type { OfficeCalendar } from '../../domain/calendar/due-at';
import type { CompletionTime } from '../../domain/catalogue/completion-time';
import type { TServiceStandardContent } from '../../domain/catalogue/standard';
import { AppError } from '../../domain/errors/app-error';
import { officeCalendar } from '../../domain/offices/settings';
import type { Database } from '../db/client';
import { serviceStandards, serviceStandardVersions } from '../modules/catalogue/tables';
import { holidays, type OfficeRow, offices } from '../modules/offices/tables';

export interface ActiveStandard {
  versionId: string;
  code: string;
  sortOrder: number;
  content: TServiceStandardContent;
  completionTime: CompletionTime;
}

/** What intake needs of an office on every request: its row, calendar and active standards. */
export interface OfficeContext {
  office: Omit<OfficeRow, 'logo'>;
  calendar: OfficeCalendar;
  standards: ActiveStandard[];
}

/**
 * Intake reads the same office settings and catalogue on every report. They are kept here for a
 * few seconds: a write in this process drops the entry at once; another instance sees it within
 * the TTL. Standard versions never change, so a case opened from a cached entry is still exact.
 */
const TTL_MS = 10_000;
const cache = new Map<string, { at: number; context: Promise<OfficeContext> }>();

async function loadContext(db: Database, slugOrCode: string): Promise<OfficeContext> {
  const { logo: _logo, ...columns } = getTableColumns(offices);
  const [row] = await db
    .select(columns)
    .from(offices)
    .where(or(eq(offices.slug, slugOrCode), eq(offices.code, slugOrCode)));
  if (!row) throw new AppError('OFFICE_NOT_FOUND', { fields: { office: 'Dinas tidak dikenal' } });
  const [dates, standards] = await Promise.all([
    db.select({ date: holidays.date }).from(holidays).where(eq(holidays.officeId, row.id)),
    db
      .select({
        versionId: serviceStandardVersions.id,
        code: serviceStandards.code,
        sortOrder: serviceStandards.sortOrder,
        content: serviceStandardVersions.content,
        completionTime: serviceStandardVersions.completionTime,
      })
      .from(serviceStandards)
      .innerJoin(
        serviceStandardVersions,
        and(
          eq(serviceStandardVersions.standardId, serviceStandards.id),
          eq(serviceStandardVersions.version, serviceStandards.currentVersion),
        ),
      )
      .where(and(eq(serviceStandards.officeId, row.id), eq(serviceStandards.active, true)))
      .orderBy(serviceStandards.sortOrder, sql`${serviceStandards.code}`),
  ]);
  return {
    office: row,
    calendar: officeCalendar(
      row,
      dates.map((d) => d.date),
    ),
    standards,
  };
}

export function officeContext(db: Database, slugOrCode: string): Promise<OfficeContext> {
  const map = cache;
  const hit = map.get(slugOrCode);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.context;
  const context = loadContext(db, slugOrCode);
  map.set(slugOrCode, { at: Date.now(), context });
  context.catch(() => map.delete(slugOrCode));
  return context;
}

/** Call after changing an office's settings, holidays or catalogue (any office: it is cheap to reload). */
export function forgetOfficeContext(): void {
  cache.clear();
}

/** Runs a write and drops the cached office contexts once it has committed. */
export async function afterCommit<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  forgetOfficeContext();
  return result;
}
