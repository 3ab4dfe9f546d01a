import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import {
  ZServiceCode,
  ZServiceDeadline,
  ZServiceStandard,
  ZServiceStandardCreate,
  ZServiceStandardInput,
  ZServiceSummary,
  ZServiceVersionEntry,
} from '../../../domain/catalogue/standard';
import { AppError } from '../../../domain/errors/app-error';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { officeContext } from '../../reference/office-context';
import { serviceDeadline } from './deadline';
import { getService, listServices, listVersions, officeIdOf } from './read';
import { createService, reorderServices, setServiceActive, updateService } from './write';

const ZOfficeParams = z.object({ office: z.string().max(60).describe('slug or Kemendagri code') });
const ZCodeParams = z.object({ code: ZServiceCode });
const tags = ['catalogue'];
const editors = ROLE_GROUPS.admins;
const readers = ROLE_GROUPS.officeStaff;

export const catalogueRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  // Public: the published service standards of an office (UU 25/2009 requires publishing them).
  app.get('/api/v1/offices/:office/services', {
    config: { access: 'public' },
    schema: { tags, params: ZOfficeParams, response: { 200: z.object({ items: z.array(ZServiceSummary) }) } },
    handler: async (request) => ({
      items: await listServices(db, await officeIdOf(db, request.params.office), { includeInactive: false }),
    }),
  });

  app.get('/api/v1/offices/:office/services/:code', {
    config: { access: 'public' },
    schema: { tags, params: ZOfficeParams.extend(ZCodeParams.shape), response: { 200: ZServiceStandard } },
    handler: async (request) =>
      getService(db, await officeIdOf(db, request.params.office), request.params.code, {
        includeInactive: false,
      }),
  });

  // When a request filed at a moment is due, on the office's calendar (hours, weekends, holidays).
  app.get('/api/v1/offices/:office/services/:code/deadline', {
    config: { access: 'public' },
    schema: {
      tags,
      params: ZOfficeParams.extend(ZCodeParams.shape),
      querystring: z.object({ from: z.iso.datetime({ offset: true }).optional() }),
      response: { 200: ZServiceDeadline },
    },
    handler: async (request) => {
      // The same cached office context intake uses: calendar and active standards in one read.
      const context = await officeContext(db, request.params.office);
      const service = context.standards.find((s) => s.code === request.params.code);
      if (!service) throw new AppError('SERVICE_NOT_FOUND');
      const from = request.query.from ? new Date(request.query.from) : now();
      return serviceDeadline(service.completionTime, from, context.calendar);
    },
  });

  // Staff: the caller's own office, inactive services included.
  app.get('/api/v1/catalogue/services', {
    config: { access: readers },
    schema: { tags, response: { 200: z.object({ items: z.array(ZServiceSummary) }) } },
    handler: async (request) => ({
      items: await listServices(db, requireActor(request.actor).officeId, { includeInactive: true }),
    }),
  });

  app.get('/api/v1/catalogue/services/:code', {
    config: { access: readers },
    schema: { tags, params: ZCodeParams, response: { 200: ZServiceStandard } },
    handler: async (request) =>
      getService(db, requireActor(request.actor).officeId, request.params.code, { includeInactive: true }),
  });

  app.get('/api/v1/catalogue/services/:code/versions', {
    config: { access: readers },
    schema: {
      tags,
      params: ZCodeParams,
      response: { 200: z.object({ items: z.array(ZServiceVersionEntry) }) },
    },
    handler: async (request) => ({
      items: await listVersions(db, requireActor(request.actor).officeId, request.params.code),
    }),
  });

  app.get('/api/v1/catalogue/services/:code/versions/:version', {
    config: { access: readers },
    schema: {
      tags,
      params: ZCodeParams.extend({ version: z.coerce.number().int().min(1) }),
      response: { 200: ZServiceStandard },
    },
    handler: async (request) =>
      getService(db, requireActor(request.actor).officeId, request.params.code, {
        includeInactive: true,
        version: request.params.version,
      }),
  });

  app.post('/api/v1/catalogue/services', {
    config: { access: editors },
    schema: { tags, body: ZServiceStandardCreate, response: { 201: ZServiceStandard } },
    handler: async (request, reply) => {
      const { code, standard } = request.body;
      const created = await createService(
        db,
        requireActor(request.actor),
        code,
        standard,
        auditContextOf(request),
      );
      return reply.status(201).send(created);
    },
  });

  app.put('/api/v1/catalogue/services/:code', {
    config: { access: editors },
    schema: { tags, params: ZCodeParams, body: ZServiceStandardInput, response: { 200: ZServiceStandard } },
    handler: async (request) =>
      updateService(
        db,
        requireActor(request.actor),
        request.params.code,
        request.body,
        auditContextOf(request),
      ),
  });

  app.patch('/api/v1/catalogue/services/:code/status', {
    config: { access: editors },
    schema: {
      tags,
      params: ZCodeParams,
      body: z.object({ active: z.boolean() }),
      response: { 200: ZServiceStandard },
    },
    handler: async (request) =>
      setServiceActive(
        db,
        requireActor(request.actor),
        request.params.code,
        request.body.active,
        auditContextOf(request),
      ),
  });

  app.put('/api/v1/catalogue/order', {
    config: { access: editors },
    schema: {
      tags,
      body: z.object({ codes: z.array(ZServiceCode).max(500) }),
      response: { 200: z.object({ items: z.array(ZServiceSummary) }) },
    },
    handler: async (request) => ({
      items: await reorderServices(
        db,
        requireActor(request.actor),
        request.body.codes,
        auditContextOf(request),
      ),
    }),
  });
};
