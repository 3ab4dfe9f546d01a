import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validationError } from '../../../domain/errors/app-error';
import { ZReportCreated, ZReportInput, ZTrackingView } from '../../../domain/intake/report';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { MAX_UPLOAD_BYTES } from '../../storage/uploads';
import { type AttachmentKind, type IncomingFile, takeInReport } from './intake';
import { trackCase } from './tracking';

/** Multipart field names of the report form's photos. */
const FILE_FIELDS: Record<string, AttachmentKind> = { ktpPhoto: 'ktp_photo', personPhoto: 'person_photo' };

declare module 'fastify' {
  interface FastifyRequest {
    uploads?: IncomingFile[];
  }
}

/**
 * A multipart report carries its JSON in the `report` field and its photos beside it: unpack it so
 * the same schema validates both forms of the request.
 */
async function unpackMultipart(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const parts = (request.body ?? {}) as Record<string, unknown>;
  const uploads: IncomingFile[] = [];
  for (const [field, kind] of Object.entries(FILE_FIELDS)) {
    const value = parts[field];
    if (Buffer.isBuffer(value) && value.length > 0) uploads.push({ kind, bytes: value });
  }
  request.uploads = uploads;
  try {
    request.body = JSON.parse(String(parts.report ?? ''));
  } catch {
    throw validationError({ report: 'Isian laporan tidak terbaca' });
  }
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
    preValidation: unpackMultipart,
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
        { input: request.body, channel: 'web', files: request.uploads ?? [], createdBy: null },
        auditContextOf(request),
      );
      return reply.status(201).send(created);
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
    handler: async (request) => trackCase(deps.db, request.params.ticket),
  });
};
