import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { contactHash, identityHash } from '../../crypto/keys';
import type { Database } from '../../db/client';

/**
 * Before issue 16 the NIK hash key was kept here; start-up (`prepareKeys`) moves it into the key file
 * and deletes it, so a dump holds no key. What stays are the keys' fingerprints (not keys).
 */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The NIK's keyed hash: equal NIKs match, and the hash alone does not give the NIK back. */
export async function nikHash(_db: Database, nik: string): Promise<string> {
  return identityHash(nik);
}

/** A phone number's or e-mail address's keyed hash (opt-outs, "not on WhatsApp"): never the address. */
export async function addressHash(_db: Database, address: string): Promise<string> {
  return contactHash(address);
}
