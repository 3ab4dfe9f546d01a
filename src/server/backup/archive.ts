import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { decryptingStream, encryptor, isEncrypted } from './encryption';

/**
 * Packs a staging folder (manifest.json, tables/, files/) into `target` as .tar.gz, encrypted when a
 * key is given. Written to `.part` and renamed when complete: a half-written archive never looks done.
 */
export async function packArchive(stagingDir: string, target: string, key: Buffer | null): Promise<void> {
  const part = `${target}.part`;
  try {
    const packed = tar.c({ gzip: { level: 6 }, cwd: stagingDir, portable: true }, [
      'manifest.json',
      'tables',
      'files',
    ]);
    const out = createWriteStream(part);
    if (key) {
      const { header, cipher } = encryptor(key);
      await new Promise<void>((done, fail) => out.write(header, (error) => (error ? fail(error) : done())));
      await pipeline(
        packed,
        cipher,
        new Writable({
          write(chunk, _encoding, callback) {
            out.write(chunk, callback);
          },
          final(callback) {
            out.end(cipher.getAuthTag(), callback);
          },
        }),
      );
    } else {
      await pipeline(packed, out);
    }
    await rename(part, target);
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
}

/** Unpacks an archive (decrypting it when it is encrypted) into `dir`. */
export async function unpackArchive(path: string, dir: string, key: Buffer | null): Promise<void> {
  const source = (await isEncrypted(path)) ? await decryptingStream(path, key) : createReadStream(path);
  // strict: a damaged archive fails instead of restoring half of it.
  await pipeline(source, tar.x({ cwd: dir, strict: true }));
}
