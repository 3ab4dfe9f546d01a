import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import type {
  THoliday,
  TOfficeSettings,
  TOfficeSettingsUpdate,
  ZDivisionInput,
  ZDivisionUpdate,
} from '../../../domain/offices/settings';
import type { z } from '../../../domain/zod';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { afterCommit } from '../../reference/office-context';
import { isImage, sniffContentType } from '../../storage/content-type';
import { type AuditContext, recordAudit } from '../audit/service';
import { divisions, holidays, type OfficeRow, offices } from './tables';

async function officeRow(db: Database, officeId: string): Promise<OfficeRow> {
  const [row] = await db.select().from(offices).where(eq(offices.id, officeId));
  if (!row) throw new AppError('OFFICE_NOT_FOUND');
  return row;
}

function toSettings(row: OfficeRow): TOfficeSettings {
  return {
    code: row.code,
    slug: row.slug,
    regionName: row.regionName,
    name: row.name,
    shortName: row.shortName,
    programmeName: row.programmeName,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    timeZone: row.timeZone as TOfficeSettings['timeZone'],
    workingHours: row.workingHours,
    officials: row.officials.map((o) => ({ position: o.position, name: o.name, nip: o.nip })),
    hasLogo: row.logo !== null,
  };
}

export async function getOfficeSettings(db: Database, actor: Actor): Promise<TOfficeSettings> {
  return toSettings(await officeRow(db, actor.officeId));
}

export async function updateOfficeSettings(
  db: Database,
  actor: Actor,
  input: TOfficeSettingsUpdate,
  context: AuditContext,
): Promise<TOfficeSettings> {
  return afterCommit(
    db.transaction(async (tx) => {
      const before = toSettings(await officeRow(tx, actor.officeId));
      await tx.update(offices).set(input).where(eq(offices.id, actor.officeId));
      const after = toSettings(await officeRow(tx, actor.officeId));
      await recordAudit(tx, context, {
        action: 'office.settings_updated',
        targetType: 'office',
        targetId: after.code,
        before,
        after,
      });
      return after;
    }),
  );
}

export const MAX_LOGO_BYTES = 256 * 1024;

export async function setOfficeLogo(
  db: Database,
  actor: Actor,
  bytes: Buffer | null,
  context: AuditContext,
): Promise<void> {
  const sniffed = bytes ? sniffContentType(bytes) : null;
  const type = sniffed && isImage(sniffed) ? sniffed : null;
  if (bytes && (!type || bytes.length > MAX_LOGO_BYTES)) throw new AppError('LOGO_INVALID');
  await afterCommit(
    db.transaction(async (tx) => {
      await tx.update(offices).set({ logo: bytes, logoType: type }).where(eq(offices.id, actor.officeId));
      await recordAudit(tx, context, {
        action: bytes ? 'office.logo_set' : 'office.logo_removed',
        targetType: 'office',
        targetId: actor.officeCode,
        after: bytes ? { type, bytes: bytes.length } : null,
      });
    }),
  );
}

export async function getOfficeLogo(
  db: Database,
  officeId: string,
): Promise<{ bytes: Buffer; type: string }> {
  const [row] = await db
    .select({ logo: offices.logo, type: offices.logoType })
    .from(offices)
    .where(eq(offices.id, officeId));
  if (!row?.logo || !row.type) throw new AppError('LOGO_NOT_FOUND');
  return { bytes: row.logo, type: row.type };
}

// Divisions (bidang) ------------------------------------------------------------------------------

export interface DivisionEntry {
  code: string;
  name: string;
  description: string | null;
  active: boolean;
}

export async function listDivisions(db: Database, officeId: string): Promise<DivisionEntry[]> {
  return db
    .select({
      code: divisions.code,
      name: divisions.name,
      description: divisions.description,
      active: divisions.active,
    })
    .from(divisions)
    .where(eq(divisions.officeId, officeId))
    .orderBy(asc(divisions.name));
}

async function divisionEntry(db: Database, officeId: string, code: string): Promise<DivisionEntry> {
  const found = (await listDivisions(db, officeId)).find((d) => d.code === code);
  if (!found) throw new AppError('DIVISION_NOT_FOUND');
  return found;
}

export async function createDivision(
  db: Database,
  actor: Actor,
  input: z.infer<typeof ZDivisionInput>,
  context: AuditContext,
): Promise<DivisionEntry> {
  return afterCommit(
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(divisions)
        .values({ officeId: actor.officeId, ...input })
        .onConflictDoNothing()
        .returning({ code: divisions.code });
      if (!row) throw new AppError('DIVISION_CODE_TAKEN', { fields: { code: 'Kode bidang sudah dipakai' } });
      const after = await divisionEntry(tx, actor.officeId, input.code);
      await recordAudit(tx, context, {
        action: 'division.created',
        targetType: 'division',
        targetId: input.code,
        after,
      });
      return after;
    }),
  );
}

export async function updateDivision(
  db: Database,
  actor: Actor,
  code: string,
  input: z.infer<typeof ZDivisionUpdate>,
  context: AuditContext,
): Promise<DivisionEntry> {
  return afterCommit(
    db.transaction(async (tx) => {
      const before = await divisionEntry(tx, actor.officeId, code);
      await tx
        .update(divisions)
        .set(input)
        .where(and(eq(divisions.officeId, actor.officeId), eq(divisions.code, code)));
      const after = await divisionEntry(tx, actor.officeId, code);
      await recordAudit(tx, context, {
        action: 'division.updated',
        targetType: 'division',
        targetId: code,
        before,
        after,
      });
      return after;
    }),
  );
}

// Holidays ----------------------------------------------------------------------------------------

export async function listHolidays(db: Database, officeId: string, year: number): Promise<THoliday[]> {
  return db
    .select({ date: holidays.date, name: holidays.name, kind: holidays.kind })
    .from(holidays)
    .where(
      and(
        eq(holidays.officeId, officeId),
        gte(holidays.date, `${year}-01-01`),
        lt(holidays.date, `${year + 1}-01-01`),
      ),
    )
    .orderBy(asc(holidays.date));
}

export async function addHoliday(
  db: Database,
  actor: Actor,
  input: THoliday,
  context: AuditContext,
): Promise<THoliday> {
  return afterCommit(
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(holidays)
        .values({ officeId: actor.officeId, ...input })
        .onConflictDoNothing()
        .returning({ date: holidays.date });
      if (!row)
        throw new AppError('HOLIDAY_EXISTS', {
          fields: { date: 'Tanggal itu sudah tercatat sebagai hari libur' },
        });
      await recordAudit(tx, context, {
        action: 'holiday.added',
        targetType: 'holiday',
        targetId: input.date,
        after: input,
      });
      return input;
    }),
  );
}

export async function removeHoliday(
  db: Database,
  actor: Actor,
  date: string,
  context: AuditContext,
): Promise<void> {
  await afterCommit(
    db.transaction(async (tx) => {
      const [removed] = await tx
        .delete(holidays)
        .where(and(eq(holidays.officeId, actor.officeId), eq(holidays.date, date)))
        .returning({ date: holidays.date, name: holidays.name, kind: holidays.kind });
      if (!removed) throw new AppError('HOLIDAY_NOT_FOUND');
      await recordAudit(tx, context, {
        action: 'holiday.removed',
        targetType: 'holiday',
        targetId: date,
        before: removed,
      });
    }),
  );
}
