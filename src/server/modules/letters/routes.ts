import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Role } from '../../../domain/auth/roles';
import {
  ZLetterAction,
  ZLetterListQuery,
  ZLetterTemplate,
  ZLetterTemplateView,
  ZLetterVerification,
  ZLetterView,
} from '../../../domain/letters/schemas';
import { LETTER_TYPES } from '../../../domain/registry/decisions';
import { ZDecisionRequest } from '../../../domain/registry/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { sendPrivateFile } from '../../http/private-file';
import { REGISTRY_CHECK_ROLES } from '../registry/routes';
import { actOnLetter, letterFile } from './approve';
import { issueLetter } from './issue';
import { listTemplates, saveTemplate, verifyLetter } from './public';
import { letterView, listLetters, loadLetter } from './views';

/** Who may issue a letter from a check: the officers who check the registry. Approvers act through the chain. */
const LETTER_ROLES: readonly Role[] = REGISTRY_CHECK_ROLES;
const idParams = z.object({ id: z.uuid() });

export const letterRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post('/api/v1/letters', {
    config: { access: LETTER_ROLES },
    schema: {
      tags: ['letters'],
      summary: "Issue the recommendation letter the standard's rule gives for a registry check",
      description: '409 LETTER_NOT_APPLICABLE when the rule gives directions instead of a letter.',
      body: ZDecisionRequest,
      response: { 201: ZLetterView },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await issueLetter(deps, requireActor(request.actor), request.body, auditContextOf(request))),
  });

  app.get('/api/v1/letters', {
    config: { access: LETTER_ROLES },
    schema: {
      tags: ['letters'],
      summary: "Letters waiting for the caller's approval, or a case's letters",
      querystring: ZLetterListQuery,
      response: { 200: z.object({ items: z.array(ZLetterView) }) },
    },
    handler: async (request) => ({
      items: await listLetters(
        deps.db,
        requireActor(request.actor),
        request.query,
        deps.config.publicBaseUrl,
      ),
    }),
  });

  app.get('/api/v1/letters/:id', {
    config: { access: LETTER_ROLES },
    schema: { tags: ['letters'], params: idParams, response: { 200: ZLetterView } },
    handler: async (request) => {
      const actor = requireActor(request.actor);
      return letterView(
        await loadLetter(deps.db, actor, request.params.id),
        actor,
        deps.config.publicBaseUrl,
      );
    },
  });

  app.post('/api/v1/letters/:id/actions', {
    config: { access: LETTER_ROLES },
    schema: {
      tags: ['letters'],
      summary: 'Initial, sign, sign for an absent Kadis (a.n.), return or revoke a letter',
      params: idParams,
      body: ZLetterAction,
      response: { 200: ZLetterView },
    },
    handler: async (request) =>
      actOnLetter(
        deps,
        requireActor(request.actor),
        request.params.id,
        request.body,
        auditContextOf(request),
      ),
  });

  app.get('/api/v1/letters/:id/pdf', {
    config: { access: LETTER_ROLES },
    schema: {
      tags: ['letters'],
      summary: 'The letter as PDF (the archived signed copy once signed)',
      params: idParams,
    },
    handler: async (request, reply) => {
      const bytes = await letterFile(
        deps,
        requireActor(request.actor),
        request.params.id,
        auditContextOf(request),
      );
      // A download, as every stored file: a PDF never opens inside our origin.
      return sendPrivateFile(reply, { bytes, contentType: 'application/pdf', fileName: 'surat.pdf' });
    },
  });

  app.get('/api/v1/letters/verify/:code', {
    config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: {
      tags: ['letters'],
      summary:
        "A letter's QR code: number, date, type, office, valid or revoked, the name masked (never the NIK)",
      params: z.object({ code: z.string().max(64) }),
      response: { 200: ZLetterVerification },
    },
    handler: async (request) => verifyLetter(deps.db, request.params.code),
  });

  app.get('/api/v1/letter-templates', {
    config: { access: ['admin', 'kadis', 'kabid'] },
    schema: { tags: ['letters'], response: { 200: z.object({ items: z.array(ZLetterTemplateView) }) } },
    handler: async (request) => ({ items: await listTemplates(deps.db, requireActor(request.actor)) }),
  });

  app.put('/api/v1/letter-templates/:type', {
    config: { access: ['admin'] },
    schema: {
      tags: ['letters'],
      summary: "Change an office's template of a letter type (letters already issued keep theirs)",
      params: z.object({ type: z.enum(LETTER_TYPES) }),
      body: ZLetterTemplate,
      response: { 200: ZLetterTemplateView },
    },
    handler: async (request) =>
      saveTemplate(
        deps.db,
        requireActor(request.actor),
        request.params.type,
        request.body,
        auditContextOf(request),
      ),
  });
};
