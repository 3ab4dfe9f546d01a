import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import { fromLocal, toLocal } from '../../../domain/calendar/zoned-time';
import { validationError } from '../../../domain/errors/app-error';
import { ZReportCreated, ZReportInput, ZTrackingView } from '../../../domain/intake/report';
import {
  ZDuplicateCheck,
  ZDuplicateMatch,
  ZGuestBookEntry,
  ZGuestBookInput,
  ZStaffIntake,
} from '../../../domain/intake/staff-intake';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { unpackMultipart } from '../../http/multipart';
import { sendPrivateFile } from '../../http/private-file';
import { MAX_UPLOAD_BYTES } from '../../storage/uploads';
import { openAttachment } from './attachments';
import { blankComplaintForm, filledComplaintForm } from './forms';
import { type AttachmentKind, type IncomingFile, takeInReport } from './intake';
import { addGuestBookEntry, findDuplicates, listGuestBook, takeInByStaff } from './staff-intake';
import { trackCase } from './tracking';

/** Who takes reports in: everyone at the desk or in the field, and district units for their district. */
const INTAKE_ROLES = [
  'admin',
  'coordinator',
  'front_office',
  'complaint_officer',
  'service_officer',
  'social_worker',
  'district_operator',
] as const;

/** Multipart field names of the report form's photos. */
const FILE_FIELDS: Record<string, AttachmentKind> = { ktpPhoto: 'ktp_photo', personPhoto: 'person_photo' };

/** `Idempotency-Key`: 16-100 letters, digits, `-` or `_`; anything else is refused. */
function idempotencyKeyOf(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return null;
  if (typeof header !== 'string' || !/^[A-Za-z0-9_-]{16,100}$/.test(header))
    throw validationError({ idempotencyKey: 'Kunci pengiriman tidak valid' });
  return header;
}

export const caseRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: Object.keys(FILE_FIELDS).length, fields: 5 },
  });

  app.post('/api/v1/reports', {
    config: {
      access: 'public',
      // A phone behind a shared village connection files a few reports an hour, not hundreds.
      rateLimit: { max: 30, timeWindow: '1 hour', hook: 'preHandler' },
    },
    bodyLimit: MAX_UPLOAD_BYTES * 2 + 64 * 1024,
    preValidation: unpackMultipart('report', FILE_FIELDS),
    schema: {
      tags: ['reports'],
      summary: 'File a report or a service request',
      description:
        'JSON body, or multipart/form-data with the JSON in a `report` field and the photos in `ktpPhoto` and `personPhoto` (JPEG, PNG or WebP, at most 10 MB each).',
      consumes: ['application/json', 'multipart/form-data'],
      body: ZReportInput,
      response: { 201: ZReportCreated },
    },
    handler: async (request, reply) => {
      const created = await takeInReport(
        deps,
        {
          input: request.body,
          channel: 'web',
          files: (request.uploads ?? []) as IncomingFile[],
          createdBy: null,
          idempotencyKey: idempotencyKeyOf(request),
        },
        auditContextOf(request),
      );
      return reply.status(201).send(created);
    },
  });

  app.post('/api/v1/cases', {
    config: { access: INTAKE_ROLES },
    bodyLimit: MAX_UPLOAD_BYTES * 2 + 64 * 1024,
    preValidation: unpackMultipart('intake', FILE_FIELDS),
    schema: {
      tags: ['intake'],
      summary: 'Record a report taken in by an officer (walk-in, phone, outreach, letter, SP4N-LAPOR)',
      description:
        'JSON body, or multipart/form-data with the JSON in an `intake` field and photos in `ktpPhoto` and `personPhoto`.',
      consumes: ['application/json', 'multipart/form-data'],
      body: ZStaffIntake,
      response: { 201: ZReportCreated },
    },
    handler: async (request, reply) => {
      const created = await takeInByStaff(
        deps,
        requireActor(request.actor),
        request.body,
        (request.uploads ?? []) as IncomingFile[],
        auditContextOf(request),
      );
      return reply.status(201).send(created);
    },
  });

  app.post('/api/v1/cases/duplicate-check', {
    config: { access: INTAKE_ROLES },
    schema: {
      tags: ['intake'],
      summary: 'Open cases of the same NIK for the same service (POST, so the NIK stays out of URLs)',
      body: ZDuplicateCheck,
      response: { 200: z.object({ items: z.array(ZDuplicateMatch) }) },
    },
    handler: async (request) => ({
      items: await findDuplicates(
        deps.db,
        requireActor(request.actor),
        request.body.nik,
        request.body.serviceCode,
      ),
    }),
  });

  app.get('/api/v1/guest-book', {
    config: { access: INTAKE_ROLES },
    schema: { tags: ['intake'], response: { 200: z.object({ items: z.array(ZGuestBookEntry) }) } },
    handler: async (request) => {
      const actor = requireActor(request.actor);
      const today = toLocal(deps.now(), actor.officeTimeZone).date;
      return { items: await listGuestBook(deps.db, actor, fromLocal(today, 0, actor.officeTimeZone)) };
    },
  });

  app.post('/api/v1/guest-book', {
    config: { access: INTAKE_ROLES },
    schema: { tags: ['intake'], body: ZGuestBookInput, response: { 201: ZGuestBookEntry } },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addGuestBookEntry(deps.db, requireActor(request.actor), request.body, deps.now())),
  });

  app.get('/api/v1/offices/:office/forms/complaint.pdf', {
    config: { access: 'public' },
    schema: {
      tags: ['intake'],
      summary: 'The blank complaint form (Lampiran 1) with the office letterhead',
      params: z.object({ office: z.string().max(60) }),
    },
    handler: async (request, reply) =>
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="formulir-pengaduan.pdf"')
        .send(await blankComplaintForm(deps.db, request.params.office)),
  });

  app.get('/api/v1/cases/:ticket/complaint-form.pdf', {
    config: { access: INTAKE_ROLES },
    schema: {
      tags: ['intake'],
      summary: 'The complaint form filled from a case (audited)',
      params: z.object({ ticket: z.string().max(20) }),
    },
    handler: async (request, reply) => {
      const pdf = await filledComplaintForm(
        deps.db,
        requireActor(request.actor),
        request.params.ticket,
        deps.now(),
        auditContextOf(request),
      );
      return sendPrivateFile(reply, {
        bytes: pdf,
        contentType: 'application/pdf',
        fileName: `formulir-pengaduan-${request.params.ticket}.pdf`,
      });
    },
  });

  app.get('/api/v1/cases/:ticket/attachments/:id', {
    config: { access: ROLE_GROUPS.officeStaff },
    schema: {
      tags: ['intake'],
      summary: 'A photo or document of a case (audited)',
      params: z.object({ ticket: z.string().max(20), id: z.uuid() }),
    },
    handler: async (request, reply) => {
      const file = await openAttachment(
        deps.db,
        deps.storage,
        requireActor(request.actor),
        request.params.ticket,
        request.params.id,
        auditContextOf(request),
      );
      return sendPrivateFile(reply, file);
    },
  });

  app.get('/api/v1/track/:ticket', {
    config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags: ['reports'],
      summary: 'Progress of a case by its ticket, without personal data',
      params: z.object({ ticket: z.string().max(20) }),
      response: { 200: ZTrackingView },
    },
    // The most reloaded public page: trackCase builds exactly the documented shape from fixed
    // columns, so the reply skips a second zod pass (the schema still documents it in OpenAPI).
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request) => trackCase(deps.db, request.params.ticket),
  });
};
