import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type FakeBehaviour,
  type FakeFailure,
  type FakeReply,
  failureReply,
  graphError,
  inboundTextPayload,
  invalidReply,
  type ParsedSend,
  parseSend,
  type ReceivedMessage,
  random,
  type StatusUpdate,
  signWebhook,
  statusWebhookPayload,
} from './fake-whatsapp-protocol';

export type {
  FakeBehaviour,
  FakeFailure,
  FakeReply,
  ReceivedMessage,
  StatusUpdate,
} from './fake-whatsapp-protocol';
export { graphError, inboundTextPayload, signWebhook, statusWebhookPayload } from './fake-whatsapp-protocol';

/**
 * A local WhatsApp Business Cloud API (Graph API) for tests and benchmarks: a real HTTP server
 * with the documented send call `POST /{version}/{phone-number-id}/messages`, its success and
 * error answers (shapes and sources in fake-whatsapp-protocol.ts), and the signed webhooks
 * (statuses, a citizen's reply) Meta would post to the app.
 *
 * Beyond Meta: it dedupes on the `Idempotency-Key` header (a repeated key gets the first answer
 * again and is not delivered twice), so tests can show that a retry never sends twice.
 */

export interface FakeWhatsapp {
  baseUrl: string;
  /** What the app's WHATSAPP_API_BASE should be: `${baseUrl}/v21.0`. */
  apiBase: string;
  token: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  messages: ReceivedMessage[];
  /** Repeated Idempotency-Keys answered without sending again. */
  readonly duplicatesRefused: number;
  /** Every request it was sent, refused ones included. */
  readonly requests: number;
  /**
   * The next `times` new messages fail this way. `timeout`: the message is taken (and recorded)
   * but the answer never comes, as when a connection drops after Meta accepted it.
   */
  failNext(kind: FakeFailure, times?: number): void;
  setBehaviour(fn?: FakeBehaviour): void;
  /** Posts a signed status webhook to the app (its base URL or the webhook's full URL); the HTTP status. */
  sendStatus(appUrl: string, update: StatusUpdate): Promise<number>;
  /** Posts a signed webhook of a citizen's text message to the app; the HTTP status. */
  sendInboundText(
    appUrl: string,
    input: { from: string; body: string; phoneNumberId?: string },
  ): Promise<number>;
  close(): Promise<void>;
}

export interface FakeWhatsappOptions {
  token?: string;
  phoneNumberId?: string;
  appSecret?: string;
  verifyToken?: string;
  /** Retry-After of a rate-limit answer, in seconds (default 1). */
  retryAfterSeconds?: number;
}

const WEBHOOK_PATH = '/api/v1/webhooks/whatsapp';
const SEND_PATH = /^(?:\/v\d+(?:\.\d+)?)?\/([^/]+)\/messages$/;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, reply: FakeReply): void {
  const body = JSON.stringify(reply.body ?? {});
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(body),
    ...reply.headers,
  });
  response.end(body);
}

/** A send request checked as Meta checks it: the answer to refuse it with, or what it asks. */
async function readSend(
  request: IncomingMessage,
  token: string,
): Promise<
  | { reply: FakeReply }
  | { numberId: string; body: Record<string, unknown>; parsed: ParsedSend & { ok: true } }
> {
  const match = SEND_PATH.exec(new URL(request.url ?? '/', 'http://fake').pathname);
  const raw = await readBody(request);
  if (request.method !== 'POST' || !match)
    return { reply: { status: 400, body: graphError(100, 'Unsupported post request', 'Unknown path') } };
  if (request.headers.authorization !== `Bearer ${token}`)
    return {
      reply: {
        status: 401,
        body: graphError(190, 'Invalid OAuth access token', 'Cannot parse access token'),
      },
    };
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    body = null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { reply: invalidReply('The request body is not a JSON object') };
  const parsed = parseSend(body as Record<string, unknown>);
  if (!parsed.ok) return { reply: parsed.reply };
  return { numberId: decodeURIComponent(match[1] as string), body: body as Record<string, unknown>, parsed };
}

function successReply(
  wamid: string,
  body: Record<string, unknown>,
  parsed: ParsedSend & { ok: true },
): FakeReply {
  return {
    status: 200,
    body: {
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: parsed.to }],
      messages: [{ id: wamid, ...(parsed.type === 'template' ? { message_status: 'accepted' } : {}) }],
    },
  };
}

/** Starts the fake Cloud API on 127.0.0.1 at a free port. */
export async function startFakeWhatsapp(options: FakeWhatsappOptions = {}): Promise<FakeWhatsapp> {
  const token = options.token ?? `EAAG${random(24)}`;
  const phoneNumberId = options.phoneNumberId ?? '106540352242922';
  const appSecret = options.appSecret ?? random(16);
  const verifyToken = options.verifyToken ?? random(12);
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  const messages: ReceivedMessage[] = [];
  const answered = new Map<string, FakeReply>();
  const byWamid = new Map<string, ReceivedMessage>();
  const failures: FakeFailure[] = [];
  let behaviour: FakeBehaviour | undefined;
  let duplicatesRefused = 0;
  let requests = 0;
  const hanging = new Set<ServerResponse>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    requests += 1;
    const read = await readSend(request, token);
    if ('reply' in read) return send(response, read.reply);
    const { numberId, body, parsed } = read;
    const key =
      typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : null;
    const earlier = key ? answered.get(key) : undefined;
    if (earlier) {
      duplicatesRefused += 1;
      return send(response, earlier);
    }
    const decided =
      failures.shift() ??
      behaviour?.({ to: parsed.to, phoneNumberId: numberId, template: parsed.template, body });
    if (decided !== undefined && decided !== 'timeout')
      return send(response, typeof decided === 'string' ? failureReply(decided, retryAfterSeconds) : decided);
    const wamid = `wamid.${random(30)}`;
    const opaque = body.biz_opaque_callback_data;
    const received: ReceivedMessage = {
      wamid,
      phoneNumberId: numberId,
      to: parsed.to,
      type: parsed.type,
      template: parsed.template,
      text: parsed.text,
      bizOpaqueCallbackData: typeof opaque === 'string' ? opaque : null,
      idempotencyKey: key,
      receivedAt: new Date(),
      body,
    };
    messages.push(received);
    byWamid.set(wamid, received);
    const reply = successReply(wamid, body, parsed);
    if (key) answered.set(key, reply);
    if (decided !== 'timeout') return send(response, reply);
    // Taken, but the answer never comes: the caller's abort (or close()) ends the connection.
    hanging.add(response);
    response.on('close', () => hanging.delete(response));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent)
        send(response, { status: 500, body: graphError(1, 'An unknown error occurred', '') });
    });
  });
  // The benchmark drains thousands of messages over a few kept-alive connections.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function post(appUrl: string, payload: unknown): Promise<number> {
    const url = appUrl.replace(/\/$/, '').endsWith(WEBHOOK_PATH)
      ? appUrl
      : `${appUrl.replace(/\/$/, '')}${WEBHOOK_PATH}`;
    const raw = JSON.stringify(payload);
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWebhook(raw, appSecret) },
      body: raw,
    });
    await answer.arrayBuffer();
    return answer.status;
  }

  return {
    baseUrl,
    apiBase: `${baseUrl}/v21.0`,
    token,
    phoneNumberId,
    appSecret,
    verifyToken,
    messages,
    get duplicatesRefused() {
      return duplicatesRefused;
    },
    get requests() {
      return requests;
    },
    failNext(kind, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push(kind);
    },
    setBehaviour(fn) {
      behaviour = fn;
    },
    sendStatus(appUrl, update) {
      const sent = byWamid.get(update.wamid);
      return post(
        appUrl,
        statusWebhookPayload({
          phoneNumberId: sent?.phoneNumberId ?? phoneNumberId,
          wamid: update.wamid,
          status: update.status,
          recipientId: sent?.to ?? '0',
          timestamp: update.timestamp ?? Math.floor(Date.now() / 1000),
          bizOpaqueCallbackData: sent?.bizOpaqueCallbackData ?? null,
          ...(update.errors ? { errors: update.errors } : {}),
        }),
      );
    },
    sendInboundText(appUrl, input) {
      return post(
        appUrl,
        inboundTextPayload({
          phoneNumberId: input.phoneNumberId ?? phoneNumberId,
          from: input.from,
          body: input.body,
          timestamp: Math.floor(Date.now() / 1000),
        }),
      );
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
