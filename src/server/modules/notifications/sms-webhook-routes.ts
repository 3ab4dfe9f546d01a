import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../domain/errors/app-error';
import { normalizePhone } from '../../../domain/identity/phone';
import { isStopReply } from '../../../domain/notifications/stop-replies';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { isTwilioSigned } from './channels/sms-twilio';
import { applyProviderStatuses, type ProviderStatus } from './provider-status';
import { stopBySmsReply, twilioStatusOf } from './sms-inbound';

const STATUS_PATH = '/api/v1/webhooks/sms/twilio/status';
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

/** A form body as the parser below gives it; anything else (JSON, nested values) is not Twilio's. */
function formParams(body: unknown): Record<string, string> | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const entries = Object.entries(body);
  return entries.every(([, value]) => typeof value === 'string') ? (body as Record<string, string>) : null;
}

const ZGenericReport = z.object({
  id: z.string().min(1).max(200),
  status: z.enum(['sent', 'delivered', 'failed']),
  reason: z.string().max(500).optional(),
});
const ZGenericReply = z.object({ from: z.string().min(5).max(32), text: z.string().max(2000) });
const ZGenericItem = z.union([ZGenericReport, ZGenericReply]);

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * SMS gateways' delivery reports and replies (STOP). Twilio's are form posts signed with
 * X-Twilio-Signature (checked before anything is read); the generic gateway's are JSON with the
 * shared SMS_INBOUND_TOKEN. A route whose provider is not configured answers 404.
 */
export const smsWebhookRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  // Twilio posts application/x-www-form-urlencoded; the parser lives in this plugin only.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  const twilioSigned = async (request: FastifyRequest) => {
    const sms = deps.config.delivery?.sms;
    if (sms?.provider !== 'twilio') throw new AppError('NOT_FOUND');
    // Twilio signs the URL it called: the public address (behind the proxy), or the StatusCallback.
    const urls = [`${deps.config.publicBaseUrl ?? ''}${request.url}`];
    if (sms.statusCallbackUrl && request.url.split('?')[0] === STATUS_PATH) urls.push(sms.statusCallbackUrl);
    // Only a form post is signed this way (Twilio's JSON webhooks sign a body hash instead).
    const isForm = request.headers['content-type']?.startsWith('application/x-www-form-urlencoded');
    const params = isForm ? formParams(request.body) : null;
    const signature = request.headers['x-twilio-signature'];
    if (!params || typeof signature !== 'string' || !isTwilioSigned(sms.authToken, signature, urls, params)) {
      throw new AppError('FORBIDDEN');
    }
  };
  const twilioRoute = (max: number) => ({
    config: { access: 'public' as const, rateLimit: { max, timeWindow: '1 minute' } },
    preValidation: twilioSigned,
    schema: { hide: true, body: z.record(z.string(), z.string().max(2000)) },
  });

  app.post(STATUS_PATH, twilioRoute(3000), async (request, reply) => {
    const status = twilioStatusOf(request.body, deps.now());
    if (status) await applyProviderStatuses(deps.db, [status]);
    return reply.status(204).send();
  });

  app.post('/api/v1/webhooks/sms/twilio/inbound', twilioRoute(300), async (request, reply) => {
    const from = normalizePhone(request.body.From ?? '');
    if (from.ok && isStopReply(request.body.Body ?? '')) {
      await stopBySmsReply(deps.db, from.value, deps.now(), auditContextOf(request));
    }
    // Empty TwiML: no automatic answer (Twilio sends its own STOP confirmation).
    return reply.type('text/xml').send(EMPTY_TWIML);
  });

  app.post(
    '/api/v1/webhooks/sms/generic',
    {
      config: { access: 'public', rateLimit: { max: 3000, timeWindow: '1 minute' } },
      preValidation: async (request) => {
        const sms = deps.config.delivery?.sms;
        if (sms?.provider !== 'generic' || !sms.inboundToken) throw new AppError('NOT_FOUND');
        const bearer = request.headers.authorization?.replace(/^Bearer\s+/i, '');
        const header = request.headers['x-webhook-token'];
        if (
          !sameSecret(bearer, sms.inboundToken) &&
          !sameSecret(typeof header === 'string' ? header : undefined, sms.inboundToken)
        ) {
          throw new AppError('FORBIDDEN');
        }
      },
      schema: {
        summary: 'Laporan kirim dan balasan dari gateway SMS umum (token SMS_INBOUND_TOKEN)',
        body: z.union([ZGenericItem, z.array(ZGenericItem).max(1000)]),
        response: { 200: z.object({ statuses: z.number().int(), stops: z.number().int() }) },
      },
    },
    async (request) => {
      const items = Array.isArray(request.body) ? request.body : [request.body];
      const at = deps.now();
      const statuses: ProviderStatus[] = [];
      let stops = 0;
      for (const item of items) {
        if ('id' in item) {
          statuses.push({
            providerMessageId: item.id,
            status: item.status,
            at,
            ...(item.reason ? { reason: item.reason } : {}),
          });
          continue;
        }
        const from = normalizePhone(item.from);
        if (from.ok && isStopReply(item.text)) {
          await stopBySmsReply(deps.db, from.value, at, auditContextOf(request));
          stops += 1;
        }
      }
      await applyProviderStatuses(deps.db, statuses);
      return { statuses: statuses.length, stops };
    },
  );
};
