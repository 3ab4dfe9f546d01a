import type { FastifyRequest } from 'fastify';
import { validationError } from '../../domain/errors/app-error';

export interface Upload<K extends string = string> {
  kind: K;
  bytes: Buffer;
}

declare module 'fastify' {
  interface FastifyRequest {
    uploads?: Upload[];
  }
}

/**
 * A multipart request carries its JSON in one field and its files beside it: unpack it so the same
 * schema validates both forms of the request. `fileFields` maps each file field to the kind of file.
 */
export const unpackMultipart =
  (jsonField: string, fileFields: Record<string, string>) =>
  async (request: FastifyRequest): Promise<void> => {
    if (!request.isMultipart()) return;
    const parts = (request.body ?? {}) as Record<string, unknown>;
    const uploads: Upload[] = [];
    for (const [field, kind] of Object.entries(fileFields)) {
      const value = parts[field];
      if (Buffer.isBuffer(value) && value.length > 0) uploads.push({ kind, bytes: value });
    }
    request.uploads = uploads;
    try {
      request.body = JSON.parse(String(parts[jsonField] ?? ''));
    } catch {
      throw validationError({ [jsonField]: 'Isian tidak terbaca' });
    }
  };
