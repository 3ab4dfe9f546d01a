import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { validationError } from '../../../domain/errors/app-error';
import { assertSafeText } from '../../http/text-input';

/** A registry export may be large: a city's DTKS is a few hundred thousand rows, a province's millions. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export interface ReceivedFile {
  path: string;
  fileName: string;
  fields: Record<string, string>;
  remove(): Promise<void>;
}

/** An upload older than this is what a crashed process left (an import of a million rows takes minutes). */
const STALE_UPLOAD_MS = 6 * 60 * 60_000;
let swept = false;

/** Removes uploads left behind by a process that died mid-import (kill -9, power cut); once per process. */
export async function sweepStaleUploads(dir: string, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > STALE_UPLOAD_MS) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}

export const uploadDir = () => join(tmpdir(), 'satu-atap-imports');

/**
 * Streams the uploaded export to a temporary file (never whole into memory) and collects the form
 * fields sent with it. The import reads the file from there and removes it when done, whatever happens
 * (the route's finally); the folder is 0700 and the file 0600, as it holds the registry's NIKs.
 */
export async function receiveExport(request: FastifyRequest): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw validationError({ file: 'Kirim berkas sebagai multipart/form-data' });
  const dir = uploadDir();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  if (!swept) {
    swept = true;
    await sweepStaleUploads(dir);
  }
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
      await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
      if (part.file.truncated) throw validationError({ file: 'Berkas paling besar 1 GB' });
    }
    // Streamed, so the app's text guard never saw these fields: NUL or a lone surrogate is a 400 here.
    assertSafeText({ ...fields, file: fileName ?? '' });
  } catch (error) {
    await remove();
    throw error;
  }
  if (fileName === null) throw validationError({ file: 'Pilih berkas ekspor (CSV atau XLSX)' });
  return { path, fileName, fields, remove };
}
