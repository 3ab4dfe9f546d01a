import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { FIRST, LAST } from './cases-fixture';

// A registry export as SIKS-NG writes it (semicolon CSV, its column names) for the benchmark, and
// more members in bulk by SQL. Every NIK, KK and birth date agrees with the NIK rules.

const DISTRICTS = ['147201', '147202', '147203', '147204', '147205', '147206', '147207'];
const HEADER =
  'IDDTKS;NOKK;NIK;NAMA;TMPT_LHR;TGL_LHR;JNS_KEL;HUB_KEL;ALAMAT;KODE_WILAYAH;PKH;BPNT;PBI;BLT;DESIL';
/** Birth dates spread over 20,000 days from 1 January 1950. */
const DAYS = 20_000;
const BASE_DAY = Date.UTC(1950, 0, 1);
export const MEMBERS_PER_HOUSEHOLD = 4;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The birth date of member i, as a Date (UTC). */
function birthOf(i: number): Date {
  return new Date(BASE_DAY + (Math.floor(i / DISTRICTS.length) % DAYS) * 86_400_000);
}

/** Member i's NIK: district, birth date (+40 for women), sequence. Unique for i below 7 × 20,000 × 9,999. */
export function nikOf(i: number): string {
  const date = birthOf(i);
  const female = i % 2 === 1;
  const day = date.getUTCDate() + (female ? 40 : 0);
  const yy = pad(date.getUTCFullYear() % 100, 2);
  const sequence = Math.floor(i / (DISTRICTS.length * DAYS)) + 1;
  return `${DISTRICTS[i % DISTRICTS.length]}${pad(day, 2)}${pad(date.getUTCMonth() + 1, 2)}${yy}${pad(sequence, 4)}`;
}

/** Household h's KK: district, an issue date in 2010-2024, sequence. */
export function kkOf(h: number): string {
  const issued = new Date(Date.UTC(2010, 0, 1) + (Math.floor(h / DISTRICTS.length) % 5000) * 86_400_000);
  const sequence = Math.floor(h / (DISTRICTS.length * 5000)) + 1;
  return `${DISTRICTS[h % DISTRICTS.length]}${pad(issued.getUTCDate(), 2)}${pad(issued.getUTCMonth() + 1, 2)}${pad(issued.getUTCFullYear() % 100, 2)}${pad(sequence, 4)}`;
}

export function nameOf(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}

export function birthDateOf(i: number): string {
  return birthOf(i).toISOString().slice(0, 10);
}

/** Writes `members` rows of a registry export to `path`; villages are taken in turn from the list. */
export async function writeRegistryCsv(path: string, members: number, villages: string[]): Promise<number> {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  const CHUNK = 10_000;
  for (let start = 0; start < members; start += CHUNK) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(members, start + CHUNK); i++) {
      const h = Math.floor(i / MEMBERS_PER_HOUSEHOLD);
      const date = birthOf(i);
      // Head, spouse, then children (BPS codes 1, 2, 3).
      const relation = Math.min(3, (i % MEMBERS_PER_HOUSEHOLD) + 1);
      const village = villages[h % villages.length] ?? '';
      lines.push(
        `DTKS-${h};${kkOf(h)};${nikOf(i)};${nameOf(i)};Dumai;${pad(date.getUTCDate(), 2)}-${pad(date.getUTCMonth() + 1, 2)}-${date.getUTCFullYear()};${i % 2 ? 'P' : 'L'};${relation};Jl. Sultan Syarif Kasim No. ${h % 300};${village.replaceAll('.', '')};${h % 3 === 0 ? 1 : 0};${h % 4 === 0 ? 1 : 0};${i % 2};${h % 7 === 0 ? 1 : 0};${(h % 10) + 1}`,
      );
    }
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}

/**
 * More members by SQL, for the check's latency at millions of rows: not readable by NIK (their hash
 * is not the app's), but they fill the same indexes the checks read.
 */
export async function addBulkMembers(db: Database, officeId: string, total: number, villages: string[]) {
  const list = `{${villages.map((v) => `"${v}"`).join(',')}}`;
  const step = 500_000;
  for (let start = 0; start < total; start += step) {
    await db.execute(sql`
      insert into registry_members (office_id, nik, nik_hash, kk, kk_hash, household_ref, name, birth_place,
        birth_date, sex, relation, address, village_code, pkh, bpnt, pbi_jkn, blt, decile, source, data_date, import_id)
      select ${officeId}::uuid, lpad(i::text, 16, '9'), md5(i::text) || 'b', lpad((i / 4)::text, 16, '8'),
        md5('kk' || (i / 4)::text) || 'b', 'BULK-' || (i / 4), (array['Siti','Ahmad','Nur','Budi','Dewi','Joko'])[1 + i % 6]
        || ' ' || (array['Lubis','Siregar','Putri','Rahman','Harahap'])[1 + i % 5], 'Dumai',
        date '1940-01-01' + (i % 25000), case when i % 2 = 0 then 'male' else 'female' end, 'child',
        'Jl. Bulk', (${list}::text[])[1 + i % ${villages.length}], i % 3 = 0, i % 4 = 0, i % 2 = 0, false,
        1 + i % 10, 'DTKS', date '2026-01-01', gen_random_uuid()
      from generate_series(${start + 1}::int, ${Math.min(total, start + step)}::int) i`);
  }
}
