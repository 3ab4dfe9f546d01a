import type { FastifyReply } from 'fastify';

/**
 * Sends a file that holds personal data or office figures: never cached by a browser or proxy, and
 * never sniffed into another type. `fileName` makes it a download.
 */
export function sendPrivateFile(
  reply: FastifyReply,
  file: { bytes: Buffer; contentType: string; fileName?: string },
): FastifyReply {
  reply
    .header('content-type', file.contentType)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff');
  if (file.fileName) reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
  return reply.send(file.bytes);
}
