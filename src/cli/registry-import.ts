import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { ZColumnMapping } from '../domain/registry/fields';
import { readConfig } from '../server/config';
import { prepareKeys } from '../server/crypto/startup';
import { openDatabase } from '../server/db/client';
import { applyMigrations } from '../server/db/migrate';
import { offices } from '../server/modules/offices/tables';
import { beginImport, loadImport } from '../server/modules/registry/import';
import { registryImportErrors } from '../server/modules/registry/tables';

const SHOWN_ERRORS = 20;

/** `--mapping` is JSON text, or the path of a JSON file. */
function mappingOf(value: string | undefined) {
  if (!value) return null;
  const text = value.trim().startsWith('{') ? value : readFileSync(resolve(value), 'utf8');
  const parsed = ZColumnMapping.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return parsed.data;
}

/** `registry:import`: loads a registry export from the command line, printing progress and the refused rows. */
export async function importRegistryFile(
  values: Record<string, string | boolean | undefined>,
): Promise<string> {
  const file = typeof values.file === 'string' ? resolve(values.file) : null;
  if (!file || typeof values.office !== 'string')
    throw new Error('Pakai: registry:import --office <slug> --file <path>');
  const dataDate = typeof values.date === 'string' ? values.date : new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dataDate)) throw new Error('--date harus TTTT-BB-HH');
  const mapping = mappingOf(typeof values.mapping === 'string' ? values.mapping : undefined);
  const config = readConfig();
  const handle = await openDatabase(config.database);
  try {
    await applyMigrations(handle);
    await prepareKeys(handle.db, config.keys);
    const [office] = await handle.db.select().from(offices).where(eq(offices.slug, values.office));
    if (!office) throw new Error(`Kantor ${values.office} tidak ada; jalankan "seed" dulu.`);
    const started = Date.now();
    const request = {
      office: { id: office.id, code: office.code },
      filePath: file,
      fileName: file.split('/').at(-1) ?? file,
      source: typeof values.source === 'string' ? values.source.toUpperCase() : 'DTKS',
      dataDate,
      mapping,
      saveMapping: mapping !== null,
      userId: null,
      audit: { actor: null, ip: null, requestId: 'cli' },
      now: () => new Date(),
      onProgress: (p: { rowsRead: number; inserted: number; updated: number; failed: number }) =>
        process.stderr.write(
          `\r${p.rowsRead} baris: ${p.inserted} baru, ${p.updated} diperbarui, ${p.failed} ditolak`,
        ),
    };
    const begun = await beginImport(handle.db, request);
    const result = await loadImport(handle.db, request, begun);
    process.stderr.write('\n');
    if (result.failure) throw new Error(`Impor ${begun.importId} gagal: ${result.failure}`);
    const errors = await handle.db
      .select()
      .from(registryImportErrors)
      .where(eq(registryImportErrors.importId, begun.importId))
      .orderBy(registryImportErrors.line)
      .limit(SHOWN_ERRORS);
    const report = errors.map((e) => `  baris ${e.line}, kolom ${e.column}: ${e.message}`);
    if (result.failed > errors.length)
      report.push(`  … dan lainnya; lihat halaman Impor DTKS (impor ${begun.importId}).`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    return [
      `Impor ${begun.importId} selesai dalam ${seconds} detik: ${result.rowsRead} baris dibaca, ${result.inserted} baru, ${result.updated} diperbarui, ${result.failed} ditolak.`,
      ...report,
    ].join('\n');
  } finally {
    await handle.close();
  }
}
