import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Role } from '../../../domain/auth/roles';
import { ZCaseAction } from '../../../domain/cases/actions';
import { CASE_ROLES } from '../../../domain/cases/permissions';
import { REFERRAL_STATUSES, ZReferralAction } from '../../../domain/cases/referral';
import {
  ZCaseDetail,
  ZCaseListPage,
  ZCaseListQuery,
  ZCaseNikSearch,
  ZCaseSearch,
  ZDispute,
  ZReferralView,
  ZWorkloadRow,
} from '../../../domain/cases/views';
import { ZTrackingView } from '../../../domain/intake/report';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { unpackMultipart } from '../../http/multipart';
import { sendPrivateFile } from '../../http/private-file';
import { MAX_UPLOAD_BYTES } from '../../storage/uploads';
import { trackCase } from '../cases/tracking';
import { nikHash } from '../system/secrets';
import { actOnCase } from './case-actions';
import { addRequirementDocument } from './case-files';
import { caseDetail } from './case-view';
import { disputeCase } from './dispute';
import { listCases, nikFilter } from './inbox';
import { caseAssignees, officeWorkload, revealIdentity } from './people';
import { actOnReferral, listReferrals, referralPhoto } from './referrals';

const LEADERS: readonly Role[] = ['kadis', 'kabid', 'coordinator'];
const REFERRAL_READERS: readonly Role[] = [...CASE_ROLES, 'partner'];

const ticketParams = z.object({ ticket: z.string().max(20) });
const PHOTO_FIELDS = { photo1: 'assessment_photo', photo2: 'assessment_photo', photo3: 'assessment_photo' };

export const caseHandlingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 3, fields: 3 },
  });

  app.get('/api/v1/cases', {
    config: { access: CASE_ROLES },
    schema: {
      tags: ['cases'],
      summary: 'The inbox: filtered, a page at a time (words searched go by POST /cases/search)',
      description: 'A `q` (or `nik`, `name`) parameter answers 400: names never travel in a URL.',
      querystring: ZCaseListQuery,
      response: { 200: ZCaseListPage },
    },
    handler: async (request) => listCases(deps.db, requireActor(request.actor), request.query, deps.now()),
  });

  app.post('/api/v1/cases/search', {
    config: { access: CASE_ROLES },
    schema: {
      tags: ['cases'],
      summary:
        'The inbox searched by ticket or name, with the same filters and cursor (POST: out of URLs and logs)',
      body: ZCaseSearch,
      response: { 200: ZCaseListPage },
    },
    handler: async (request) => listCases(deps.db, requireActor(request.actor), request.body, deps.now()),
  });

  app.post('/api/v1/cases/search-nik', {
    config: { access: CASE_ROLES },
    schema: {
      tags: ['cases'],
      summary: 'Cases of a person by full NIK (POST: the NIK stays out of URLs and logs)',
      body: ZCaseNikSearch,
      response: { 200: ZCaseListPage },
    },
    handler: async (request) => {
      const hash = await nikHash(deps.db, request.body.nik);
      return listCases(deps.db, requireActor(request.actor), ZCaseListQuery.parse({}), deps.now(), [
        nikFilter(hash),
      ]);
    },
  });

  app.get('/api/v1/cases/:ticket', {
    config: { access: CASE_ROLES },
    schema: { tags: ['cases'], params: ticketParams, response: { 200: ZCaseDetail } },
    handler: async (request) =>
      caseDetail(
        deps.db,
        requireActor(request.actor),
        request.params.ticket,
        deps.now(),
        auditContextOf(request),
      ),
  });

  app.post('/api/v1/cases/:ticket/actions', {
    config: { access: CASE_ROLES },
    bodyLimit: MAX_UPLOAD_BYTES * 3 + 64 * 1024,
    preValidation: unpackMultipart('action', PHOTO_FIELDS),
    schema: {
      tags: ['cases'],
      summary:
        'An action on a case (verify, request documents, assess, refer, close…); 409 when its status does not allow it',
      description:
        'JSON, or multipart/form-data with the JSON in `action` and up to three photos (`photo1`-`photo3`) for an assessment.',
      consumes: ['application/json', 'multipart/form-data'],
      params: ticketParams,
      body: ZCaseAction,
      response: { 200: ZCaseDetail },
    },
    handler: async (request) => {
      const actor = requireActor(request.actor);
      const done = await actOnCase(
        deps,
        actor,
        request.params.ticket,
        request.body,
        auditContextOf(request),
        request.uploads ?? [],
      );
      return caseDetail(deps.db, actor, done.ticket, deps.now());
    },
  });

  app.post('/api/v1/cases/:ticket/documents', {
    config: { access: CASE_ROLES },
    bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
    preValidation: unpackMultipart('document', { file: 'requirement' }),
    schema: {
      tags: ['cases'],
      summary:
        'A requirement document for an item of the service checklist (multipart: `document` = {"item"}, `file`)',
      consumes: ['multipart/form-data'],
      params: ticketParams,
      body: z.object({ item: z.string().min(1, 'Pilih dokumen persyaratan').max(300) }),
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await addRequirementDocument(
            deps,
            requireActor(request.actor),
            request.params.ticket,
            request.body.item,
            request.uploads ?? [],
            auditContextOf(request),
          ),
        ),
  });

  app.post('/api/v1/cases/:ticket/reveal', {
    config: { access: CASE_ROLES },
    schema: {
      tags: ['cases'],
      summary: "The person's full NIK and KK (audited)",
      params: ticketParams,
      response: { 200: z.object({ nik: z.string().nullable(), kk: z.string().nullable() }) },
    },
    handler: async (request) =>
      revealIdentity(deps.db, requireActor(request.actor), request.params.ticket, auditContextOf(request)),
  });

  app.get('/api/v1/case-assignees', {
    config: { access: CASE_ROLES },
    schema: {
      tags: ['cases'],
      summary: 'Officers, divisions, district units and partner accounts to give a case to',
    },
    handler: async (request) => caseAssignees(deps.db, requireActor(request.actor)),
  });

  app.get('/api/v1/workload', {
    config: { access: LEADERS },
    schema: {
      tags: ['cases'],
      summary: "The coordinator's board",
      response: { 200: z.object({ items: z.array(ZWorkloadRow) }) },
    },
    handler: async (request) => ({ items: await officeWorkload(deps.db, requireActor(request.actor)) }),
  });

  app.get('/api/v1/referrals', {
    config: { access: REFERRAL_READERS },
    schema: {
      tags: ['referrals'],
      summary: 'Referrals: a partner account sees those to its body, with only the fields shared',
      querystring: z.object({ status: z.enum(REFERRAL_STATUSES).optional() }),
      response: { 200: z.object({ items: z.array(ZReferralView) }) },
    },
    handler: async (request) => ({
      items: await listReferrals(deps.db, requireActor(request.actor), deps.now(), {
        status: request.query.status,
      }),
    }),
  });

  app.post('/api/v1/referrals/:id/actions', {
    config: { access: REFERRAL_READERS },
    schema: {
      tags: ['referrals'],
      summary: 'Accept, decline (with a reason) or report the result of a referral',
      params: z.object({ id: z.uuid() }),
      body: ZReferralAction,
      response: { 200: ZReferralView },
    },
    handler: async (request) =>
      actOnReferral(
        deps,
        requireActor(request.actor),
        request.params.id,
        request.body,
        auditContextOf(request),
      ),
  });

  app.get('/api/v1/referrals/:id/photos/:photoId', {
    config: { access: REFERRAL_READERS },
    schema: {
      tags: ['referrals'],
      summary: "A photo of the person that the referral shares (audited); never the KTP's photo",
      params: z.object({ id: z.uuid(), photoId: z.uuid() }),
    },
    handler: async (request, reply) => {
      const file = await referralPhoto(
        deps,
        requireActor(request.actor),
        request.params.id,
        request.params.photoId,
        auditContextOf(request),
      );
      return sendPrivateFile(reply, file);
    },
  });

  app.post('/api/v1/track/:ticket/dispute', {
    config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 hour' } },
    schema: {
      tags: ['reports'],
      summary: 'The reporter disputes a closure within 14 days (ticket and the phone they reported with)',
      params: ticketParams,
      body: ZDispute,
      response: { 200: ZTrackingView },
    },
    handler: async (request) => {
      await disputeCase(deps, request.params.ticket, request.body, auditContextOf(request));
      return trackCase(deps.db, request.params.ticket);
    },
  });
};
