import { and, asc, eq } from 'drizzle-orm';
import type { CompletionTime } from '../../../domain/catalogue/completion-time';
import type { TServiceStandardContent } from '../../../domain/catalogue/standard';
import { validationError } from '../../../domain/errors/app-error';
import { KK_MESSAGES, parseKk } from '../../../domain/identity/kk';
import { NIK_MESSAGES, parseNik } from '../../../domain/identity/nik';
import type { Database } from '../../db/client';
import { serviceStandards, serviceStandardVersions } from '../catalogue/tables';
import { regions } from '../regions/tables';

export interface ResolvedStandard {
  versionId: string;
  code: string;
  content: TServiceStandardContent;
  completionTime: CompletionTime;
}

/**
 * The standard a new case runs under: the service asked for, or else the office's complaint
 * standard for the channel (Si-PULAU PANDHA has one per channel), or its general complaint standard.
 */
export async function resolveStandard(
  db: Database,
  officeId: string,
  serviceCode: string | null,
  channel: string,
  field = 'serviceCode',
): Promise<ResolvedStandard | null> {
  const base = db
    .select({
      versionId: serviceStandardVersions.id,
      code: serviceStandards.code,
      content: serviceStandardVersions.content,
      completionTime: serviceStandardVersions.completionTime,
      sortOrder: serviceStandards.sortOrder,
    })
    .from(serviceStandards)
    .innerJoin(
      serviceStandardVersions,
      and(
        eq(serviceStandardVersions.standardId, serviceStandards.id),
        eq(serviceStandardVersions.version, serviceStandards.currentVersion),
      ),
    );
  const office = and(eq(serviceStandards.officeId, officeId), eq(serviceStandards.active, true));
  if (serviceCode) {
    const [found] = await base.where(and(office, eq(serviceStandards.code, serviceCode)));
    if (!found) throw validationError({ [field]: 'Layanan tidak dikenal di dinas ini' });
    return found;
  }
  const candidates = await base.orderBy(asc(serviceStandards.sortOrder)).where(office);
  const complaints = candidates.filter((c) => c.content.kind === 'complaint');
  return (
    complaints.find((c) => c.content.channel === channel) ??
    complaints.find((c) => c.content.channel === null) ??
    null
  );
}

async function regionExists(db: Database, code: string, level: number): Promise<boolean> {
  const [row] = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, code), eq(regions.level, level)));
  return Boolean(row);
}

/** The village must be one of the office's regency; its district follows from its code. */
export async function checkVillage(
  db: Database,
  officeCode: string,
  villageCode: string,
  field: string,
): Promise<{ districtCode: string }> {
  if (!villageCode.startsWith(`${officeCode}.`) || !(await regionExists(db, villageCode, 4)))
    throw validationError({ [field]: 'Desa/kelurahan tidak ada di wilayah dinas ini' });
  return { districtCode: villageCode.split('.').slice(0, 3).join('.') };
}

/** NIK and KK checked against the real district list (their first six digits). */
export async function checkIdentity(
  db: Database,
  input: { nik: string | null; kk: string | null },
  now: Date,
  prefix: string,
): Promise<void> {
  const districts = new Set<string>();
  for (const number of [input.nik, input.kk]) {
    if (!number) continue;
    const code = `${number.slice(0, 2)}.${number.slice(2, 4)}.${number.slice(4, 6)}`;
    if (await regionExists(db, code, 3)) districts.add(code);
  }
  const options = { districtExists: (code: string) => districts.has(code), today: now };
  const fields: Record<string, string> = {};
  if (input.nik) {
    const nik = parseNik(input.nik, options);
    if (!nik.ok) fields[`${prefix}.nik`] = NIK_MESSAGES[nik.problem];
  }
  if (input.kk) {
    const kk = parseKk(input.kk, options);
    if (!kk.ok) fields[`${prefix}.kk`] = KK_MESSAGES[kk.problem];
  }
  if (Object.keys(fields).length > 0) throw validationError(fields);
}
