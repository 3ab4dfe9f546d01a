import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CATALOGUE, type ErrorBody, type FieldErrors } from '../../domain/errors/app-error';

interface ValidationIssueLike {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[]; message?: string } };
}

/** Turns schema validation issues into `{ field: message }`, first message per field. */
function fieldsOf(issues: readonly ValidationIssueLike[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path =
      issue.params?.issue?.path?.map(String).join('.') ||
      issue.instancePath?.replace(/^\//, '').replaceAll('/', '.') ||
      '_';
    fields[path] ??= issue.params?.issue?.message ?? issue.message ?? 'Isian tidak valid';
  }
  return fields;
}

/** The one error handler: AppError as is, validation as 400 with fields, anything else a 500 that leaks nothing. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const body: ErrorBody = {
        code: 'VALIDATION_FAILED',
        message: ERROR_CATALOGUE.VALIDATION_FAILED.message,
        fields: fieldsOf(error.validation as ValidationIssueLike[]),
      };
      return reply.status(400).send(body);
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ code: 'RATE_LIMITED', message: ERROR_CATALOGUE.RATE_LIMITED.message });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, wrong content type, body too large).
      const body: ErrorBody = {
        code: 'VALIDATION_FAILED',
        message: ERROR_CATALOGUE.VALIDATION_FAILED.message,
      };
      return reply.status(error.statusCode).send(body);
    }
    if (request.isMultipart?.() && /^(Unexpected end of|Malformed|Multipart)/i.test(error.message)) {
      // A form cut off on a weak connection, or written wrongly: the sender's fault, not ours.
      const body: ErrorBody = {
        code: 'VALIDATION_FAILED',
        message: ERROR_CATALOGUE.VALIDATION_FAILED.message,
        fields: { _: 'Kiriman terputus atau rusak; kirim ulang' },
      };
      return reply.status(400).send(body);
    }
    // The kind of failure and where it happened, for the operator; the values of the request never.
    request.log.error(
      { err: error, method: request.method, route: request.routeOptions?.url ?? null },
      'unhandled error',
    );
    return reply.status(500).send({ code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL.message });
  });
}
