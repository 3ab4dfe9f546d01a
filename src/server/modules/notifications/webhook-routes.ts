import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import {
  applyStopReply,
  applyWhatsappStatuses,
  officesOfNumber,
  sameSecret,
  statusesOf,
  stopRepliesOf,
  validSignature,
  ZWhatsappWebhook,
} from './whatsapp-webhook';

const PATH = '/api/v1/webhooks/whatsapp';

/**
 * WhatsApp Cloud API webhook: registration check, delivery statuses, replies (STOP).
 * Followed: Meta's "Webhooks" guide for WhatsApp: the GET verification request (`hub.mode`,
 * `hub.verify_token`, `hub.challenge` echoed back), and event POSTs signed in `X-Hub-Signature-256`
 * with the app secret over the raw body; anything but a 200 makes Meta retry the delivery.
 */
export const whatsappWebhookRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  // The signature covers the exact bytes Meta sent, so this plugin (and only this plugin: Fastify
  // keeps content-type parsers to their plugin) takes JSON bodies raw and parses them itself.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    PATH,
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['notifications'],
        summary: 'Verifikasi webhook WhatsApp (Meta)',
        querystring: z.object({
          'hub.mode': z.string().max(40).optional(),
          'hub.verify_token': z.string().max(500).optional(),
          'hub.challenge': z.string().max(200).optional(),
        }),
      },
    },
    async (request, reply) => {
      const expected = deps.config.delivery?.whatsapp?.verifyToken;
      const q = request.query;
      const given = q['hub.verify_token'];
      if (q['hub.mode'] !== 'subscribe' || !expected || given === undefined || !sameSecret(given, expected))
        throw new AppError('FORBIDDEN');
      return reply.type('text/plain; charset=utf-8').send(q['hub.challenge'] ?? '');
    },
  );

  app.post(
    PATH,
    {
      // Meta posts up to three statuses per message from a few addresses: 10,000 notices drained in
      // a minute bring some 30,000 calls. A high ceiling against a flood, not a throttle on Meta
      // (a refused call is retried by Meta later, so nothing is lost either way).
      config: { access: 'public', rateLimit: { max: 20_000, timeWindow: '1 minute' } },
      schema: {
        tags: ['notifications'],
        summary: 'Status pengiriman dan balasan WhatsApp (Meta)',
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const secret = deps.config.delivery?.whatsapp?.appSecret;
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const signature = request.headers['x-hub-signature-256'];
      if (!secret || !validSignature(raw, typeof signature === 'string' ? signature : undefined, secret))
        throw new AppError('UNAUTHENTICATED');
      const payload = ZWhatsappWebhook.safeParse(parseJson(raw));
      if (!payload.success) throw validationError({ _: 'Isi webhook WhatsApp tidak dikenali' });
      const now = deps.now();
      await applyWhatsappStatuses(deps.db, statusesOf(payload.data, now));
      const deploymentNumber = deps.config.delivery?.whatsapp?.phoneNumberId ?? null;
      for (const stop of stopRepliesOf(payload.data)) {
        const officeIds = await officesOfNumber(deps.db, stop.phoneNumberId, deploymentNumber);
        await applyStopReply(deps.db, officeIds, stop.phone, now, auditContextOf(request));
      }
      // Other messages (questions, thanks) are for the conversations of issue 21; taken all the same.
      return { ok: true as const };
    },
  );
};

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw validationError({ _: 'Isi webhook bukan JSON' });
  }
}
