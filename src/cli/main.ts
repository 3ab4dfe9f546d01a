import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { isRole, ROLES } from '../domain/auth/roles';
import { ZUserCreate } from '../domain/auth/schemas';
import { readConfig } from '../server/config';
import { prepareKeys } from '../server/crypto/startup';
import { type DatabaseHandle, openDatabase } from '../server/db/client';
import { applyMigrations } from '../server/db/migrate';
import { recordAudit } from '../server/modules/audit/service';
import { hashPassword } from '../server/modules/auth/password';
import { users } from '../server/modules/auth/tables';
import { offices } from '../server/modules/offices/tables';
import { seedDatabase } from '../server/seed';
import { rebuildDashboard, relinkRegister } from './background-jobs';
import { backupCommand, restoreCommand } from './backup';
import { exportHashKey, newDataKey, rotateKeys } from './keys';
import { importRegistryFile } from './registry-import';

const USAGE = `satu-atap <command>
  migrate                         apply the SQL migrations
  seed [--demo]                   load regions and the seed offices (and demo accounts)
  user:add --office <slug> --role <role> --username <name> --name "<full name>"
                                  create a staff account; the password is read from SATU_ATAP_PASSWORD
  registry:import --office <slug> --file <path> [--mapping <json>] [--source DTKS] [--date YYYY-MM-DD]
                                  load a registry export (CSV or XLSX) into the office's registry
  dashboard:rebuild               recount the dashboard's rollups from every case (after a bulk load)
  register:relink                 link every case without a person to the PPKS register (after a bulk load)
  backup [--out DIR]              archive the database and every stored file (default BACKUP_DIR); with the
                                  embedded database in use, the running app takes it (BACKUP_TOKEN)
  restore <archive> [--force]     restore an archive into an empty database and storage, then compare it
                                  with its manifest; --force overwrites a database that holds data
  keys:rotate                     seal every personal value under the current data key (after a new key)
  keys:new [--file F] [--current] add a data key to the key file (README "Keys")
  keys:hmac-export                print the NIK hash key an older version kept in the database
Roles: ${ROLES.join(', ')}
The database is chosen as for the server: DATABASE_URL, else PGlite in DATA_DIR (./data).
Backups: BACKUP_DIR, BACKUP_ENCRYPTION_KEY (32 bytes, hex or base64), BACKUP_TOKEN (docs/operations-backup.md).`;

async function addUser(values: Record<string, string | boolean | undefined>): Promise<string> {
  const role = String(values.role ?? '');
  const parsed = ZUserCreate.safeParse({
    username: values.username,
    fullName: values.name,
    role: isRole(role) ? role : undefined,
    password: process.env.SATU_ATAP_PASSWORD,
  });
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  const config = readConfig();
  const handle = await openDatabase(config.database);
  try {
    await applyMigrations(handle);
    await prepareKeys(handle.db, config.keys);
    const [office] = await handle.db
      .select()
      .from(offices)
      .where(eq(offices.slug, String(values.office ?? '')));
    if (!office) throw new Error(`Kantor ${values.office} tidak ada; jalankan "seed" dulu.`);
    const passwordHash = await hashPassword(parsed.data.password);
    await handle.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({
          officeId: office.id,
          username: parsed.data.username,
          fullName: parsed.data.fullName,
          role: parsed.data.role,
          passwordHash,
        })
        .returning({ id: users.id });
      await recordAudit(
        tx,
        { actor: null, ip: null, requestId: 'cli' },
        {
          action: 'user.created',
          targetType: 'user',
          targetId: row?.id ?? null,
          officeId: office.id,
          after: { username: parsed.data.username, role: parsed.data.role, via: 'cli' },
        },
      );
    });
    return `Akun ${parsed.data.username} dibuat untuk ${office.name}.`;
  } finally {
    await handle.close();
  }
}

async function run(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      office: { type: 'string' },
      role: { type: 'string' },
      username: { type: 'string' },
      name: { type: 'string' },
      file: { type: 'string' },
      mapping: { type: 'string' },
      source: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      current: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  const config = readConfig();
  if (command === 'user:add') return addUser(values);
  if (command === 'registry:import') return importRegistryFile(values);
  if (command === 'backup') return backupCommand(values);
  if (command === 'restore') return restoreCommand(positionals[1], values);
  if (command === 'keys:new') return newDataKey(values, config);
  const jobs: Record<string, (handle: DatabaseHandle) => Promise<string>> = {
    'dashboard:rebuild': rebuildDashboard,
    'register:relink': relinkRegister,
    'keys:rotate': (handle) => rotateKeys(handle, config),
    'keys:hmac-export': exportHashKey,
  };
  if (command !== 'migrate' && command !== 'seed' && !(command && command in jobs)) return USAGE;
  const handle = await openDatabase(config.database);
  try {
    await applyMigrations(handle);
    if (command === 'migrate') return 'Migrasi selesai.';
    // Every other command may read or write personal data: the keys first (keys:hmac-export reads the old key).
    if (command !== 'keys:hmac-export' && command !== 'keys:rotate')
      await prepareKeys(handle.db, config.keys);
    const job = command ? jobs[command] : undefined;
    if (job) return await job(handle);
    const result = await seedDatabase(handle.db, { demoAccounts: values.demo === true });
    return `Seed selesai: ${result.regionsLoaded} wilayah dimuat, ${result.demoAccountsCreated} akun demo dibuat.`;
  } finally {
    await handle.close();
  }
}

run(process.argv.slice(2)).then(
  (message) => console.log(message),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
