import type { FastifyReply } from 'fastify';
import { sniffContentType } from '../storage/content-type';

/** Types of the files the app itself writes (exports), which no sniffing can tell apart from a zip or text. */
const GENERATED_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv; charset=utf-8',
]);

const DEFAULT_NAMES: Record<string, string> = {
  'image/jpeg': 'foto.jpg',
  'image/png': 'foto.png',
  'image/webp': 'foto.webp',
  'application/pdf': 'dokumen.pdf',
};

/** The type a file is sent with: what its bytes are, never what was stored or claimed beside them. */
function safeTypeOf(bytes: Buffer, declared: string): string {
  const sniffed = sniffContentType(bytes);
  if (sniffed) return sniffed;
  return GENERATED_TYPES.has(declared) ? declared : 'application/octet-stream';
}

/** A download name of plain ASCII, no quotes or paths: the app's own names, never a person's. */
export function safeFileName(name: string | undefined, type: string): string {
  const cleaned = (name ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  return cleaned || DEFAULT_NAMES[type] || 'berkas';
}

/**
 * Sends a file that holds personal data or office figures: never cached by a browser or proxy, never
 * sniffed into another type, and a download (`attachment`), so a document opens in the staff's own
 * viewer rather than in our origin. Photos alone stay `inline`: the case page shows them in <img>,
 * and they were re-encoded on upload. `fileName` is the app's name for it (e.g. the report's period).
 */
export function sendPrivateFile(
  reply: FastifyReply,
  file: { bytes: Buffer; contentType: string; fileName?: string },
): FastifyReply {
  const type = safeTypeOf(file.bytes, file.contentType);
  const disposition = type.startsWith('image/') ? 'inline' : 'attachment';
  return reply
    .header('content-type', type)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', `${disposition}; filename="${safeFileName(file.fileName, type)}"`)
    .send(file.bytes);
}
