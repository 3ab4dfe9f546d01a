import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PROPOSAL_DOCUMENT_CODES } from '../../../domain/registry/proposal';
import {
  ZProposalListQuery,
  ZProposalStageInput,
  ZProposalView,
} from '../../../domain/registry/proposal-schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { unpackMultipart } from '../../http/multipart';
import { MAX_UPLOAD_BYTES } from '../../storage/uploads';
import { exportProposals } from './proposal-export';
import {
  addProposalDocument,
  getProposal,
  listProposals,
  recordProposalStage,
  startProposal,
} from './proposals';
import { REGISTRY_CHECK_ROLES } from './routes';

const ticketParams = z.object({ ticket: z.string().max(20) });

/** DTKS proposals (Dumai standard 1): documents, PSM, MUSKEL, SIKS-NG entry, final validation; the export. */
export const proposalRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2 },
  });

  app.get('/api/v1/registry/proposals', {
    config: { access: REGISTRY_CHECK_ROLES },
    schema: {
      tags: ['registry'],
      summary: "The office's DTKS proposals, by status or stage",
      querystring: ZProposalListQuery,
      response: { 200: z.object({ items: z.array(ZProposalView) }) },
    },
    handler: async (request) => ({
      items: await listProposals(deps, requireActor(request.actor), request.query),
    }),
  });

  app.get('/api/v1/registry/proposals/export', {
    config: { access: REGISTRY_CHECK_ROLES },
    schema: {
      tags: ['registry'],
      summary:
        'Proposals for the SIKS-NG operator (eligible at the MUSKEL, or accepted), as XLSX or CSV (audited)',
      querystring: z.object({
        which: z.enum(['awaiting_entry', 'accepted']).default('awaiting_entry'),
        format: z.enum(['xlsx', 'csv']).default('xlsx'),
      }),
    },
    handler: async (request, reply) => {
      const file = await exportProposals(
        deps.db,
        requireActor(request.actor),
        request.query,
        auditContextOf(request),
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.bytes);
    },
  });

  app.post('/api/v1/registry/proposals', {
    config: { access: REGISTRY_CHECK_ROLES },
    schema: {
      tags: ['registry'],
      summary: 'Open the DTKS proposal of a case of the proposal service (two months from today)',
      body: z.object({ ticket: z.string().trim().min(1, 'Tulis nomor tiket').max(20) }),
      response: { 201: ZProposalView },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await startProposal(
            deps,
            requireActor(request.actor),
            request.body.ticket,
            auditContextOf(request),
          ),
        ),
  });

  app.get('/api/v1/registry/proposals/:ticket', {
    config: { access: REGISTRY_CHECK_ROLES },
    schema: { tags: ['registry'], params: ticketParams, response: { 200: ZProposalView } },
    handler: async (request) => getProposal(deps, requireActor(request.actor), request.params.ticket),
  });

  app.post('/api/v1/registry/proposals/:ticket/documents', {
    config: { access: REGISTRY_CHECK_ROLES },
    bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
    preValidation: unpackMultipart('document', { file: 'requirement' }),
    schema: {
      tags: ['registry'],
      summary:
        'A proposal document (multipart: `document` = {"code"}, `file`): KK/KTP, electricity bill, house photos, SKTM',
      consumes: ['multipart/form-data'],
      params: ticketParams,
      body: z.object({ code: z.enum(PROPOSAL_DOCUMENT_CODES, 'Pilih jenis dokumen') }),
      response: { 200: ZProposalView },
    },
    handler: async (request) =>
      addProposalDocument(
        deps,
        requireActor(request.actor),
        request.params.ticket,
        { code: request.body.code, upload: request.uploads?.[0] },
        auditContextOf(request),
      ),
  });

  app.post('/api/v1/registry/proposals/:ticket/stages', {
    config: { access: REGISTRY_CHECK_ROLES },
    schema: {
      tags: ['registry'],
      summary: 'Record the stage the proposal is at; 409 when it is at another',
      params: ticketParams,
      body: ZProposalStageInput,
      response: { 200: ZProposalView },
    },
    handler: async (request) =>
      recordProposalStage(
        deps,
        requireActor(request.actor),
        request.params.ticket,
        request.body,
        auditContextOf(request),
      ),
  });
};
