import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../domain/errors/app-error';
import type { AppDeps } from '../../app-deps';
import { type BackupResult, takeBackup } from '../../backup/backup';
import { backupConfigFromEnv } from '../../backup/config';
import { auditContextOf, CSRF_HEADER } from '../../http/access';
import { recordAudit } from '../audit/service';

const ZBackupTaken = z.object({
  name: z.string(),
  path: z.string(),
  bytes: z.number(),
  cases: z.number(),
  files: z.number(),
  missingFiles: z.number(),
});

function tokenMatches(request: FastifyRequest, token: string | null): boolean {
  const header = request.headers.authorization;
  if (!token || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * An admin, or the CLI with BACKUP_TOKEN (it has no session), may take a backup. The route is
 * declared public because the token path has no session; both paths are checked here instead.
 */
function authorize(request: FastifyRequest, token: string | null): 'token' | 'admin' {
  if (tokenMatches(request, token)) return 'token';
  const actor = request.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (request.headers[CSRF_HEADER] !== actor.csrfToken) throw new AppError('CSRF_INVALID');
  if (actor.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN');
  return 'admin';
}

/**
 * The running app takes the backup: with PGlite only this process may open the data folder, so the
 * CLI asks here (src/cli/backup.ts). The archive goes to BACKUP_DIR; the audit row is written after
 * the snapshot, so the archive does not hold its own record.
 */
export const backupRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  // Two requests at once share one backup instead of racing for the disk.
  let running: Promise<BackupResult> | null = null;

  app.post('/api/v1/admin/backup', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Take a backup (database and files) into BACKUP_DIR: an admin, or the CLI with BACKUP_TOKEN',
      response: { 200: ZBackupTaken },
    },
    handler: async (request) => {
      const backup = backupConfigFromEnv();
      const via = authorize(request, backup.token);
      running ??= takeBackup(
        { db: deps.db, dialect: deps.dialect, storage: deps.storage, appVersion: deps.config.version },
        backup.dir,
        backup.key,
        deps.now(),
      ).finally(() => {
        running = null;
      });
      const result = await running;
      const summary = {
        name: result.name,
        path: result.path,
        bytes: result.bytes,
        cases: result.manifest.tables.find((t) => t.name === 'cases')?.rows ?? 0,
        files: result.manifest.files.length,
        missingFiles: result.manifest.missingFiles.length,
      };
      await recordAudit(deps.db, auditContextOf(request), {
        action: 'system.backup_taken',
        targetType: 'backup',
        targetId: result.name,
        officeId: request.actor?.officeId ?? null,
        after: { ...summary, path: undefined, via, encrypted: backup.key !== null },
      });
      return summary;
    },
  });
};
