import { customType } from 'drizzle-orm/pg-core';
import { openField, sealField } from './keys';

/**
 * A `text` column whose values are sealed on the way in and opened on the way out, so ordinary Drizzle
 * reads and writes stay as they were. The column name is the additional data: the same name in two
 * tables (`full_name` of a case and of the register's person) may be copied in SQL, another may not.
 * Never compare such a column to a value in SQL (each seal differs): search by the keyed hashes.
 * `keepClear` lets values that are not personal through as they are (staff recipients `user:<id>`).
 */
export function sealedText(name: string, options: { keepClear?: (value: string) => boolean } = {}) {
  const keepClear = options.keepClear;
  return customType<{ data: string; driverData: string }>({
    dataType: () => 'text',
    toDriver: (value) => (keepClear?.(value) ? value : sealField(value, name)),
    fromDriver: (value) => openField(value, name),
  })(name);
}

/**
 * A JSON value kept sealed as text (a letter's snapshot of its person: NIK, KK, name, address). Rows
 * written as jsonb before are clear JSON text after the migration and still read.
 */
export function sealedJson<T>(name: string) {
  return customType<{ data: T; driverData: string }>({
    dataType: () => 'text',
    toDriver: (value) => sealField(JSON.stringify(value), name),
    fromDriver: (value) =>
      JSON.parse(openField(typeof value === 'string' ? value : JSON.stringify(value), name)) as T,
  })(name);
}
