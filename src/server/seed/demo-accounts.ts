import { and, asc, eq } from 'drizzle-orm';
import { ROLE_LABELS, ROLES, type Role } from '../../domain/auth/roles';
import type { Database } from '../db/client';
import { hashPassword } from '../modules/auth/password';
import { users } from '../modules/auth/tables';
import { districtUnits, offices } from '../modules/offices/tables';

/** The one password of every demo account (printed in the README and on the login page in demo mode). */
export const DEMO_PASSWORD = 'satuatap-demo';

/** Username suffix per role, in the words an Indonesian office uses. */
export const DEMO_ROLE_SLUGS: Record<Role, string> = {
  admin: 'admin',
  kadis: 'kadis',
  kabid: 'kabid',
  coordinator: 'koordinator',
  front_office: 'frontoffice',
  complaint_officer: 'pengaduan',
  service_officer: 'pelayanan',
  social_worker: 'peksos',
  district_operator: 'kecamatan',
  partner: 'mitra',
};

export function demoUsername(officeSlug: string, role: Role): string {
  return `${officeSlug}.${DEMO_ROLE_SLUGS[role]}`;
}

/**
 * One account per role per office, created once; existing accounts are left as they are.
 * The district operator gets the office's first district; the partner is a demo social pillar (TKSK)
 * of that district.
 */
export async function seedDemoAccounts(db: Database, options: { scryptLogN?: number } = {}): Promise<number> {
  const officeRows = await db.select().from(offices).orderBy(asc(offices.code));
  let created = 0;
  for (const office of officeRows) {
    const [firstUnit] = await db
      .select({ districtCode: districtUnits.districtCode })
      .from(districtUnits)
      .where(and(eq(districtUnits.officeId, office.id)))
      .orderBy(asc(districtUnits.districtCode))
      .limit(1);
    const rows = await Promise.all(
      ROLES.map(async (role) => ({
        officeId: office.id,
        username: demoUsername(office.slug, role),
        fullName: `${ROLE_LABELS[role]} (demo) ${office.regionName}`,
        role,
        // The demo partner is a TKSK, a social pillar of one district: it sees that district's referrals.
        districtCode:
          role === 'district_operator' || role === 'partner' ? (firstUnit?.districtCode ?? null) : null,
        partnerName: role === 'partner' ? 'TKSK (demo)' : null,
        passwordHash: await hashPassword(DEMO_PASSWORD, options.scryptLogN),
      })),
    );
    const inserted = await db
      .insert(users)
      .values(rows)
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    created += inserted.length;
  }
  return created;
}
