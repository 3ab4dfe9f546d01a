import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import {
  ZDistrictUnit,
  ZDistrictUnitUpdate,
  ZOfficeProfile,
  ZOfficeSummary,
} from '../../../domain/offices/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import {
  getDistrictUnit,
  getOfficeProfile,
  listDistrictUnits,
  listOffices,
  updateDistrictUnit,
} from './service';

const ZDistrictParams = z.object({
  districtCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan tidak valid'),
});

export const officeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/v1/offices', {
    config: { access: 'public' },
    schema: { tags: ['offices'], response: { 200: z.object({ items: z.array(ZOfficeSummary) }) } },
    handler: async () => ({ items: await listOffices(db) }),
  });

  app.get('/api/v1/offices/:office', {
    config: { access: 'public' },
    schema: {
      tags: ['offices'],
      params: z.object({ office: z.string().max(60).describe('slug or Kemendagri code') }),
      response: { 200: ZOfficeProfile },
    },
    handler: async (request) => getOfficeProfile(db, request.params.office),
  });

  app.get('/api/v1/district-units', {
    config: { access: ROLE_GROUPS.officeStaff },
    schema: { tags: ['offices'], response: { 200: z.object({ items: z.array(ZDistrictUnit) }) } },
    handler: async (request) => ({ items: await listDistrictUnits(db, requireActor(request.actor)) }),
  });

  app.get('/api/v1/district-units/:districtCode', {
    config: { access: ROLE_GROUPS.officeStaff },
    schema: { tags: ['offices'], params: ZDistrictParams, response: { 200: ZDistrictUnit } },
    handler: async (request) => getDistrictUnit(db, requireActor(request.actor), request.params.districtCode),
  });

  app.patch('/api/v1/district-units/:districtCode', {
    config: { access: ['admin', 'district_operator'] },
    schema: {
      tags: ['offices'],
      params: ZDistrictParams,
      body: ZDistrictUnitUpdate,
      response: { 200: ZDistrictUnit },
    },
    handler: async (request) =>
      updateDistrictUnit(
        db,
        requireActor(request.actor),
        request.params.districtCode,
        request.body,
        auditContextOf(request),
      ),
  });
};
