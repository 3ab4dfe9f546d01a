import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAP_ROLES, MERGE_ROLES, REGISTER_ROLES } from '../../../domain/ppks-register/roles';
import {
  ZDuplicateCandidate,
  ZMapQuery,
  ZMapView,
  ZMergeInput,
  ZMergeResult,
  ZPersonDetail,
  ZRegisterPage,
  ZRegisterSearch,
} from '../../../domain/ppks-register/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { nikHash } from '../system/secrets';
import { mapView } from './map';
import { duplicateCandidates, mergePersons } from './merge';
import { personDetail } from './person-view';
import { searchRegister } from './search';

const idParams = z.object({ id: z.uuid() });

export const ppksRegisterRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post('/api/v1/ppks-persons/search', {
    config: { access: REGISTER_ROLES },
    schema: {
      tags: ['ppks-register'],
      summary: 'The PPKS register, searched by name, exact NIK (POST: never in a URL), district, category',
      body: ZRegisterSearch,
      response: { 200: ZRegisterPage },
    },
    handler: async (request) => {
      const { nik, ...query } = request.body;
      const hash = nik ? await nikHash(deps.db, nik) : null;
      return searchRegister(deps.db, requireActor(request.actor), query, hash);
    },
  });

  app.get('/api/v1/ppks-persons/:id', {
    config: { access: REGISTER_ROLES },
    schema: {
      tags: ['ppks-register'],
      summary: 'A person of the register: identity (masked), photos, categories over time, cases, aid',
      params: idParams,
      response: { 200: ZPersonDetail },
    },
    handler: async (request) =>
      personDetail(deps.db, requireActor(request.actor), request.params.id, auditContextOf(request)),
  });

  app.get('/api/v1/ppks-persons/:id/duplicates', {
    config: { access: MERGE_ROLES },
    schema: {
      tags: ['ppks-register'],
      summary: 'Records that may be the same person, for the merge dialog',
      params: idParams,
      response: { 200: z.object({ items: z.array(ZDuplicateCandidate) }) },
    },
    handler: async (request) => ({
      items: await duplicateCandidates(deps.db, requireActor(request.actor), request.params.id),
    }),
  });

  app.post('/api/v1/ppks-persons/:id/merge', {
    config: { access: MERGE_ROLES },
    schema: {
      tags: ['ppks-register'],
      summary: 'Merges another record of the same person into this one (audited with the reason)',
      params: idParams,
      body: ZMergeInput,
      response: { 200: ZMergeResult },
    },
    handler: async (request) =>
      mergePersons(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        auditContextOf(request),
      ),
  });

  app.get('/api/v1/ppks-map', {
    config: { access: MAP_ROLES },
    schema: {
      tags: ['ppks-register'],
      summary: 'PPKS and cases on the map (outreach and assessment GPS) and as tables',
      querystring: ZMapQuery,
      response: { 200: ZMapView },
    },
    handler: async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const url = deps.config.mapTileUrl ?? null;
      const tiles = url ? { url, attribution: deps.config.mapTileAttribution ?? '' } : null;
      return mapView(deps.db, requireActor(request.actor), request.query, tiles);
    },
  });
};
