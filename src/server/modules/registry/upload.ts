import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { validationError } from '../../../domain/errors/app-error';

/** A registry export may be large: a city's DTKS is a few hundred thousand rows, a province's millions. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export interface ReceivedFile {
  path: string;
  fileName: string;
  fields: Record<string, string>;
  remove(): Promise<void>;
}

/**
 * Streams the uploaded export to a temporary file (never whole into memory) and collects the form
 * fields sent with it. The import reads the file from there and removes it when done.
 */
export async function receiveExport(request: FastifyRequest): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw validationError({ file: 'Kirim berkas sebagai multipart/form-data' });
  const dir = join(tmpdir(), 'satu-atap-imports');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.upload`);
  const fields: Record<string, string> = {};
  let fileName: string | null = null;
  const remove = () => rm(path, { force: true });
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || fileName !== null) {
        part.file.resume();
        continue;
      }
      fileName = part.filename || 'registry.csv';
      await pipeline(part.file, createWriteStream(path));
      if (part.file.truncated) throw validationError({ file: 'Berkas paling besar 1 GB' });
    }
  } catch (error) {
    await remove();
    throw error;
  }
  if (fileName === null) throw validationError({ file: 'Pilih berkas ekspor (CSV atau XLSX)' });
  return { path, fileName, fields, remove };
}
