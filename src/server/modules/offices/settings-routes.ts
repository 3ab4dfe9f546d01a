import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZDivisionEntry,
  ZDivisionInput,
  ZDivisionUpdate,
  ZHoliday,
  ZOfficeSettings,
  ZOfficeSettingsUpdate,
} from '../../../domain/offices/settings';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { officeContext } from '../../reference/office-context';
import { officeIdOf } from '../catalogue/read';
import { calendarCoverageWarnings, ZCalendarCoverageWarning } from './calendar-coverage';
import { importHolidays, ZHolidayImportRequest, ZHolidayImportResult } from './holiday-import';
import {
  addHoliday,
  createDivision,
  getOfficeLogo,
  getOfficeSettings,
  listDivisions,
  listHolidays,
  MAX_LOGO_BYTES,
  removeHoliday,
  setOfficeLogo,
  updateDivision,
  updateOfficeSettings,
} from './settings-service';

const tags = ['office settings'];
const editors = ['admin'] as const;
const readers = ['admin', 'kadis'] as const;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

/** The signed-in admin's own office: letterhead, officials, divisions, hours and holidays. */
export const officeSettingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  // The logo arrives as the raw image; its type is checked again from its bytes.
  app.addContentTypeParser(
    IMAGE_TYPES,
    { parseAs: 'buffer', bodyLimit: MAX_LOGO_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get('/api/v1/office/settings', {
    config: { access: readers },
    schema: { tags, response: { 200: ZOfficeSettings } },
    handler: async (request) => getOfficeSettings(db, requireActor(request.actor)),
  });

  app.put('/api/v1/office/settings', {
    config: { access: editors },
    schema: { tags, body: ZOfficeSettingsUpdate, response: { 200: ZOfficeSettings } },
    handler: async (request) =>
      updateOfficeSettings(db, requireActor(request.actor), request.body, auditContextOf(request)),
  });

  app.put('/api/v1/office/logo', {
    config: { access: editors },
    schema: { tags, description: 'Raw PNG, JPEG or WebP body, at most 256 KB.' },
    handler: async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      await setOfficeLogo(db, requireActor(request.actor), body, auditContextOf(request));
      return reply.status(204).send();
    },
  });

  app.delete('/api/v1/office/logo', {
    config: { access: editors },
    schema: { tags },
    handler: async (request, reply) => {
      await setOfficeLogo(db, requireActor(request.actor), null, auditContextOf(request));
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/offices/:office/logo', {
    config: { access: 'public' },
    schema: { tags, params: z.object({ office: z.string().max(60) }) },
    handler: async (request, reply) => {
      const logo = await getOfficeLogo(db, await officeIdOf(db, request.params.office));
      return reply
        .header('content-type', logo.type)
        .header('cache-control', 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(logo.bytes);
    },
  });

  app.get('/api/v1/office/divisions', {
    config: { access: readers },
    schema: { tags, response: { 200: z.object({ items: z.array(ZDivisionEntry) }) } },
    handler: async (request) => ({ items: await listDivisions(db, requireActor(request.actor).officeId) }),
  });

  app.post('/api/v1/office/divisions', {
    config: { access: editors },
    schema: { tags, body: ZDivisionInput, response: { 201: ZDivisionEntry } },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createDivision(db, requireActor(request.actor), request.body, auditContextOf(request))),
  });

  app.patch('/api/v1/office/divisions/:code', {
    config: { access: editors },
    schema: {
      tags,
      params: z.object({ code: ZDivisionInput.shape.code }),
      body: ZDivisionUpdate,
      response: { 200: ZDivisionEntry },
    },
    handler: async (request) =>
      updateDivision(
        db,
        requireActor(request.actor),
        request.params.code,
        request.body,
        auditContextOf(request),
      ),
  });

  app.get('/api/v1/office/holidays', {
    config: { access: readers },
    schema: {
      tags,
      querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      response: { 200: z.object({ items: z.array(ZHoliday) }) },
    },
    handler: async (request) => {
      const actor = requireActor(request.actor);
      const year = request.query.year ?? new Date().getFullYear();
      return { items: await listHolidays(db, actor.officeId, year) };
    },
  });

  app.post('/api/v1/office/holidays', {
    config: { access: editors },
    schema: { tags, body: ZHoliday, response: { 201: ZHoliday } },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addHoliday(db, requireActor(request.actor), request.body, auditContextOf(request))),
  });

  app.post('/api/v1/office/holidays/import', {
    config: { access: editors },
    schema: {
      tags,
      summary: "Import one year's holidays from CSV (date,name,kind; ',' or ';') or a JSON array",
      description:
        'The file is sent as text. Any refused row refuses the whole import (422, fields keyed "baris N"); dates the office already has are skipped.',
      body: ZHolidayImportRequest,
      response: { 200: ZHolidayImportResult },
    },
    handler: async (request) =>
      importHolidays(db, requireActor(request.actor), request.body, auditContextOf(request)),
  });

  app.get('/api/v1/office/holidays/coverage', {
    config: { access: readers },
    schema: {
      tags,
      summary: 'Years whose holiday calendar is missing or incomplete and should be imported',
      response: { 200: z.object({ warnings: z.array(ZCalendarCoverageWarning) }) },
    },
    handler: async (request) => {
      const actor = requireActor(request.actor);
      const { calendar } = await officeContext(db, actor.officeSlug);
      return { warnings: await calendarCoverageWarnings(db, actor.officeId, calendar.timeZone, now()) };
    },
  });

  app.delete('/api/v1/office/holidays/:date', {
    config: { access: editors },
    schema: { tags, params: z.object({ date: ZHoliday.shape.date }) },
    handler: async (request, reply) => {
      await removeHoliday(db, requireActor(request.actor), request.params.date, auditContextOf(request));
      return reply.status(204).send();
    },
  });
};
