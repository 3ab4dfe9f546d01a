import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client';

/**
 * Keys the app makes for itself at first start and keeps in the database, so every instance on one
 * PostgreSQL shares them. `SATU_ATAP_SECRET_<NAME>` in the environment overrides a stored key.
 */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

const cache = new WeakMap<Database, Map<string, Buffer>>();

export async function appSecret(db: Database, name: string): Promise<Buffer> {
  const fromEnv = process.env[`SATU_ATAP_SECRET_${name.toUpperCase().replace(/-/g, '_')}`];
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  const cached = perDb.get(name);
  if (cached) return cached;
  await db
    .insert(appSecrets)
    .values({ name, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, name));
  if (!row) throw new Error(`secret ${name} was not stored`);
  const key = Buffer.from(row.value, 'hex');
  perDb.set(name, key);
  return key;
}

/** The NIK's keyed hash: equal NIKs match, and the hash alone does not give the NIK back. */
export async function nikHash(db: Database, nik: string): Promise<string> {
  return createHmac('sha256', await appSecret(db, 'nik-hmac'))
    .update(nik)
    .digest('hex');
}

/** A phone number's or e-mail address's keyed hash (opt-outs, "not on WhatsApp"): never the address. */
export async function addressHash(db: Database, address: string): Promise<string> {
  return createHmac('sha256', await appSecret(db, 'nik-hmac'))
    .update(`address:${address.trim().toLowerCase()}`)
    .digest('hex');
}
