import { validationError } from '../../../domain/errors/app-error';
import { KK_MESSAGES, parseKk } from '../../../domain/identity/kk';
import { NIK_MESSAGES, parseNik } from '../../../domain/identity/nik';
import type { ActiveStandard, OfficeContext } from '../../reference/office-context';

/**
 * The standard a new case runs under: the service asked for, or else the office's complaint
 * standard for the channel (Si-PULAU PANDHA has one per channel), or its general complaint standard.
 */
export function resolveStandard(
  context: OfficeContext,
  serviceCode: string | null,
  channel: string,
  field = 'serviceCode',
): ActiveStandard | null {
  if (serviceCode) {
    const found = context.standards.find((s) => s.code === serviceCode);
    if (!found) throw validationError({ [field]: 'Layanan tidak dikenal di dinas ini' });
    return found;
  }
  const complaints = context.standards.filter((s) => s.content.kind === 'complaint');
  return (
    complaints.find((s) => s.content.channel === channel) ??
    complaints.find((s) => s.content.channel === null) ??
    null
  );
}

/** The village must be one of the office's regency; its district follows from its code. */
export function checkVillage(
  known: Set<string>,
  officeCode: string,
  villageCode: string,
  field: string,
): { districtCode: string } {
  if (!villageCode.startsWith(`${officeCode}.`) || !known.has(villageCode))
    throw validationError({ [field]: 'Desa/kelurahan tidak ada di wilayah dinas ini' });
  return { districtCode: villageCode.split('.').slice(0, 3).join('.') };
}

/** NIK and KK checked against the real district list (their first six digits). */
export function checkIdentity(
  known: Set<string>,
  input: { nik: string | null; kk: string | null },
  now: Date,
  prefix: string,
): void {
  const options = { districtExists: (code: string) => known.has(code), today: now };
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
