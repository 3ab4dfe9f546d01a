import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS, type Role } from '../../../domain/auth/roles';
import { CASE_ROLES } from '../../../domain/cases/permissions';
import { type FieldErrors, validationError } from '../../../domain/errors/app-error';
import { ZColumnMapping } from '../../../domain/registry/fields';
import {
  ZDecision,
  ZDecisionRequest,
  ZImportErrorPage,
  ZImportOptions,
  ZRegistryCheckRequest,
  ZRegistryCheckResult,
  ZRegistryImport,
} from '../../../domain/registry/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { type Actor, requireActor } from '../../http/actor';
import { assertSafeText } from '../../http/text-input';
import type { AuditContext } from '../audit/service';
import { checkRegistry } from './check';
import { registryCheckLimit } from './check-limit';
import { decideForCheck, decisionView } from './decide';
import { beginImport, type ImportRequest, loadImport } from './import';
import { getImport, listImportErrors, listImports, savedMapping, saveMapping } from './imports';
import { MAX_IMPORT_BYTES, type ReceivedFile, receiveExport } from './upload';

/** Office staff who handle cases check the registry; only the administrator loads it. */
/** Who checks the registry: the office staff who handle cases (the domain's list). */
export const REGISTRY_CHECK_ROLES: readonly Role[] = CASE_ROLES;
const ADMINS = ROLE_GROUPS.admins;

export { REGISTRY_CHECKS_PER_HOUR } from './check-limit';

function issuesToFields(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return fields;
}

/** The upload's form fields, checked like any body. */
function importRequestOf(
  actor: Actor,
  file: ReceivedFile,
  audit: AuditContext,
  now: () => Date,
): ImportRequest {
  const options = ZImportOptions.safeParse(file.fields);
  if (!options.success) throw validationError(issuesToFields(options.error));
  let mapping = null;
  if (options.data.mapping) {
    let raw: unknown;
    try {
      raw = JSON.parse(options.data.mapping);
    } catch {
      throw validationError({ mapping: 'Pemetaan kolom tidak terbaca' });
    }
    assertSafeText(raw, ['mapping']);
    const parsed = ZColumnMapping.safeParse(raw);
    if (!parsed.success) throw validationError(issuesToFields(parsed.error));
    mapping = parsed.data;
  }
  return {
    office: { id: actor.officeId, code: actor.officeCode },
    filePath: file.path,
    fileName: file.fileName,
    source: options.data.source.toUpperCase(),
    dataDate: options.data.dataDate,
    mapping,
    saveMapping: options.data.saveMapping === 'true',
    userId: actor.userId,
    audit,
    now,
  };
}

export const registryRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 8 } });
  // Imports run after the upload is answered; closing the app waits for them.
  const running = new Set<Promise<unknown>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled(running);
  });

  app.post('/api/v1/registry/imports', {
    config: { access: ADMINS },
    schema: {
      tags: ['registry'],
      summary: 'Upload a registry export (CSV or XLSX) and start loading it; poll the import for progress',
      description:
        'multipart/form-data: `file`, `dataDate` (YYYY-MM-DD), `source` (DTKS, DTSEN…), optional `mapping` (JSON) and `saveMapping`.',
      consumes: ['multipart/form-data'],
      response: { 202: ZRegistryImport },
    },
    handler: async (request, reply) => {
      const actor = requireActor(request.actor);
      const file = await receiveExport(request);
      let started: Awaited<ReturnType<typeof beginImport>>;
      let importRequest: ImportRequest;
      try {
        importRequest = importRequestOf(actor, file, auditContextOf(request), deps.now);
        started = await beginImport(deps.db, importRequest);
      } catch (error) {
        await file.remove();
        throw error;
      }
      const job = loadImport(deps.db, importRequest, started)
        .catch((error: unknown) =>
          request.log.error({ err: error, importId: started.importId }, 'registry import failed'),
        )
        .finally(() => {
          running.delete(job);
          return file.remove();
        });
      running.add(job);
      return reply.status(202).send(await getImport(deps.db, actor, started.importId, deps.now()));
    },
  });

  app.get('/api/v1/registry/imports', {
    config: { access: ADMINS },
    schema: {
      tags: ['registry'],
      summary: "The office's import history and the number of people its registry holds",
      response: { 200: z.object({ items: z.array(ZRegistryImport), members: z.number() }) },
    },
    handler: async (request) => listImports(deps.db, requireActor(request.actor), deps.now()),
  });

  app.get('/api/v1/registry/imports/:id', {
    config: { access: ADMINS },
    schema: { tags: ['registry'], params: z.object({ id: z.uuid() }), response: { 200: ZRegistryImport } },
    handler: async (request) =>
      getImport(deps.db, requireActor(request.actor), request.params.id, deps.now()),
  });

  app.get('/api/v1/registry/imports/:id/errors', {
    config: { access: ADMINS },
    schema: {
      tags: ['registry'],
      summary: 'The rows an import refused: line, column and reason',
      params: z.object({ id: z.uuid() }),
      querystring: z.object({
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(500).default(50),
      }),
      response: { 200: ZImportErrorPage },
    },
    handler: async (request) =>
      listImportErrors(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
  });

  app.get('/api/v1/registry/mapping', {
    config: { access: ADMINS },
    schema: {
      tags: ['registry'],
      summary: "The office's saved column mapping",
      response: { 200: ZColumnMapping },
    },
    handler: async (request) => savedMapping(deps.db, requireActor(request.actor).officeId),
  });

  app.put('/api/v1/registry/mapping', {
    config: { access: ADMINS },
    schema: { tags: ['registry'], body: ZColumnMapping, response: { 200: ZColumnMapping } },
    handler: async (request) =>
      saveMapping(deps.db, requireActor(request.actor), request.body, auditContextOf(request), deps.now()),
  });

  app.post('/api/v1/registry/checks', {
    config: { access: REGISTRY_CHECK_ROLES },
    // Per officer, shared by every instance, the overflow audited (check-limit.ts).
    preHandler: registryCheckLimit(deps.db, app.sharedCounters),
    schema: {
      tags: ['registry'],
      summary:
        'Check a person by NIK, KK or name and birth date, for a case (audited; POST keeps the NIK out of URLs)',
      body: ZRegistryCheckRequest,
      response: { 200: ZRegistryCheckResult },
    },
    handler: async (request) =>
      checkRegistry(deps, requireActor(request.actor), request.body, auditContextOf(request)),
  });

  app.post('/api/v1/registry/decisions', {
    config: { access: REGISTRY_CHECK_ROLES },
    schema: {
      tags: ['registry'],
      summary: "The standard's rule for a check: a recommendation letter, or the directions to give",
      body: ZDecisionRequest,
      response: { 200: ZDecision },
    },
    handler: async (request) =>
      decisionView(await decideForCheck(deps, requireActor(request.actor), request.body)),
  });
};
