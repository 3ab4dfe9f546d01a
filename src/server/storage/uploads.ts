import { createHash, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '../../domain/errors/app-error';
import { type AcceptedType, isImage, sniffContentType } from './content-type';
import { scanPdf } from './pdf-safety';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Longest side of a stored photo: plenty for reading a KTP, small for a village connection. */
const MAX_IMAGE_SIDE = 2000;

export interface PreparedFile {
  bytes: Buffer;
  contentType: AcceptedType;
  sha256: string;
  key: string;
}

export class UploadRejected extends Error {}

/**
 * Checks an uploaded file by its content (JPEG, PNG, WebP or PDF, at most 10 MB) and re-encodes
 * images, which drops EXIF and with it the GPS position a phone camera writes into a photo. A PDF
 * with scripts, actions or embedded files, or one that cannot be read through, is refused.
 */
export async function prepareUpload(bytes: Buffer, keyPrefix: string): Promise<PreparedFile> {
  if (bytes.length === 0 || bytes.length > MAX_UPLOAD_BYTES) throw new UploadRejected('size');
  const type = sniffContentType(bytes);
  if (!type) throw new UploadRejected('type');
  if (type === 'application/pdf') refuseUnsafePdf(bytes);
  let stored = bytes;
  let storedType: AcceptedType = type;
  if (isImage(type)) {
    try {
      stored = await sharp(bytes, { failOn: 'error' })
        .rotate() // apply the camera's orientation before the metadata goes
        .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer();
      storedType = 'image/jpeg';
    } catch {
      throw new UploadRejected('type');
    }
  }
  const extension = storedType === 'application/pdf' ? 'pdf' : 'jpg';
  return {
    bytes: stored,
    contentType: storedType,
    sha256: createHash('sha256').update(stored).digest('hex'),
    key: `${keyPrefix}/${randomUUID()}.${extension}`,
  };
}

/** Staff open these files: a PDF that could run something on their machine never gets stored. */
function refuseUnsafePdf(bytes: Buffer): void {
  const verdict = scanPdf(bytes);
  if (verdict.ok) return;
  throw new AppError(verdict.reason === 'active' ? 'PDF_ACTIVE_CONTENT' : 'PDF_UNREADABLE');
}
