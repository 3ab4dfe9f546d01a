import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { twilioSignature } from '../modules/notifications/channels/sms-twilio';

/**
 * Local HTTP servers that speak the SMS providers' documented shapes, for tests and the
 * notifications benchmark: Twilio's Messages API (and its signed webhooks back to the app), and a
 * generic JSON/form gateway that honours Idempotency-Key.
 */

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

// ───────────────────────────── Twilio ─────────────────────────────

export type TwilioFailure =
  | 'rate_limit'
  | 'server_error'
  | 'invalid_number'
  | 'not_mobile'
  | 'unsubscribed'
  | 'region_disabled'
  | 'timeout';

export interface FakeTwilioMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  statusCallback: string | null;
}

export interface FakeTwilio {
  /** What SMS_API_BASE would be. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** The number messages come from (SMS_FROM). */
  from: string;
  /** Messages Twilio accepted (201). */
  messages: FakeTwilioMessage[];
  /** Every create request, answered or not. */
  requests: number;
  failNext(kind: TwilioFailure, times?: number): void;
  /** Posts a status callback to the app, signed as Twilio signs it. */
  sendStatus(
    appUrl: string,
    status: { sid: string; status: string; errorCode?: string },
  ): Promise<{ status: number; body: string }>;
  /** Posts an incoming SMS to the app's inbound webhook, signed. */
  sendInbound(appUrl: string, sms: { from: string; body: string }): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

const STATUS_PATH = '/api/v1/webhooks/sms/twilio/status';
const INBOUND_PATH = '/api/v1/webhooks/sms/twilio/inbound';

/** Twilio's error answers, as https://www.twilio.com/docs/api/errors lists them. */
function twilioError(kind: Exclude<TwilioFailure, 'timeout'>, to: string) {
  const table = {
    rate_limit: [429, 20429, 'Too Many Requests'],
    server_error: [500, 20500, 'Internal Server Error'],
    invalid_number: [400, 21211, `The 'To' number ${to} is not a valid phone number.`],
    not_mobile: [400, 21614, `'To' number is not a valid mobile number`],
    unsubscribed: [400, 21610, 'Attempt to send to unsubscribed recipient'],
    region_disabled: [
      400,
      21408,
      `Permission to send an SMS has not been enabled for the region indicated by the 'To' number: ${to}.`,
    ],
  } as const;
  const [status, code, message] = table[kind];
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

function messageResource(accountSid: string, message: FakeTwilioMessage, now: Date) {
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}.json`;
  return {
    account_sid: accountSid,
    api_version: '2010-04-01',
    body: message.body,
    date_created: now.toUTCString(),
    date_sent: null,
    date_updated: now.toUTCString(),
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: message.from,
    messaging_service_sid: null,
    num_media: '0',
    num_segments: '1',
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: 'queued',
    subresource_uris: { media: uri.replace('.json', '/Media.json') },
    to: message.to,
    uri,
  };
}

export async function startFakeTwilio(
  options: { accountSid?: string; authToken?: string; from?: string; publicBaseUrl?: string } = {},
): Promise<FakeTwilio> {
  const accountSid = options.accountSid ?? `AC${hex(16)}`;
  const authToken = options.authToken ?? hex(16);
  const from = options.from ?? '+15005550006';
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const messages: FakeTwilioMessage[] = [];
  const failures: TwilioFailure[] = [];
  const state = { requests: 0 };

  const server = createServer(async (request, response) => {
    // The body is read before any answer, so keep-alive connections stay in step.
    const params = new URLSearchParams(await readBody(request));
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(request.url ?? '');
    if (request.method !== 'POST' || !match) {
      return sendJson(response, 404, {
        code: 20404,
        message: 'The requested resource was not found',
        status: 404,
      });
    }
    state.requests += 1;
    if (request.headers.authorization !== expectedAuth || match[1] !== accountSid) {
      return sendJson(response, 401, {
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      });
    }
    const to = params.get('To') ?? '';
    const failure = failures.shift();
    if (failure === 'timeout') return; // never answers; the client's deadline ends it
    if (failure) {
      const error = twilioError(failure, to);
      return sendJson(
        response,
        error.status,
        error.body,
        failure === 'rate_limit' ? { 'retry-after': '1' } : {},
      );
    }
    if (!/^\+[1-9]\d{7,14}$/.test(to)) {
      const error = twilioError('invalid_number', to);
      return sendJson(response, error.status, error.body);
    }
    if (!params.get('Body')) {
      return sendJson(response, 400, { code: 21602, message: 'Message body is required.', status: 400 });
    }
    const message: FakeTwilioMessage = {
      sid: `SM${hex(16)}`,
      to,
      from: params.get('From') ?? params.get('MessagingServiceSid') ?? '',
      body: params.get('Body') ?? '',
      statusCallback: params.get('StatusCallback'),
    };
    messages.push(message);
    sendJson(response, 201, messageResource(accountSid, message, new Date()));
  });
  const baseUrl = await listen(server);

  /** Twilio signs the URL it was given; behind a proxy that is the public address, not the app's. */
  const post = async (appUrl: string, path: string, signedUrl: string, params: Record<string, string>) => {
    const response = await fetch(`${appUrl.replace(/\/$/, '')}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(authToken, signedUrl, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    return { status: response.status, body: await response.text() };
  };
  const publicUrl = (appUrl: string, path: string) =>
    `${(options.publicBaseUrl ?? appUrl).replace(/\/$/, '')}${path}`;

  return {
    baseUrl,
    accountSid,
    authToken,
    from,
    messages,
    get requests() {
      return state.requests;
    },
    failNext(kind, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push(kind);
    },
    sendStatus(appUrl, { sid, status, errorCode }) {
      const message = messages.find((m) => m.sid === sid);
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: '2010-04-01',
        From: message?.from ?? from,
        MessageSid: sid,
        MessageStatus: status,
        SmsSid: sid,
        SmsStatus: status,
        To: message?.to ?? '',
      };
      if (errorCode) params.ErrorCode = errorCode;
      return post(appUrl, STATUS_PATH, message?.statusCallback ?? publicUrl(appUrl, STATUS_PATH), params);
    },
    sendInbound(appUrl, sms) {
      const sid = `SM${hex(16)}`;
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: '2010-04-01',
        Body: sms.body,
        From: sms.from,
        FromCountry: 'ID',
        MessageSid: sid,
        NumMedia: '0',
        NumSegments: '1',
        SmsMessageSid: sid,
        SmsSid: sid,
        SmsStatus: 'received',
        To: from,
        ToCountry: 'US',
      };
      return post(appUrl, INBOUND_PATH, publicUrl(appUrl, INBOUND_PATH), params);
    },
    close: () => closeServer(server),
  };
}

// ───────────────────────── generic gateway ─────────────────────────

/** `lost_answer`: the gateway takes the message, then the connection drops before it answers. */
export type GatewayFailure = 'rate_limit' | 'server_error' | 'invalid_number' | 'timeout' | 'lost_answer';

export interface GatewayRequest {
  /** The parsed fields (JSON object or form). */
  body: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeSmsGateway {
  /** The send URL (SMS_API_BASE). */
  url: string;
  /** Messages the gateway took, each once per Idempotency-Key. */
  received: GatewayRequest[];
  /** Requests that repeated an Idempotency-Key already taken (answered with the first id). */
  duplicates: number;
  requests: number;
  failNext(kind: GatewayFailure, times?: number): void;
  /** Posts a delivery report or a reply to the app's generic webhook with the shared token. */
  sendReport(appUrl: string, token: string, payload: unknown): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

function parseGatewayBody(
  format: 'json' | 'form',
  type: string,
  text: string,
): Record<string, string> | null {
  if (format === 'json') {
    if (!type.startsWith('application/json')) return null;
    try {
      const parsed = JSON.parse(text) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : null;
    } catch {
      return null;
    }
  }
  if (!type.startsWith('application/x-www-form-urlencoded')) return null;
  return Object.fromEntries(new URLSearchParams(text));
}

/** The answers: 200 `{status:'ok', data:{id}}` (SMS_ID_PATH=data.id); errors as text the outbox keeps. */
export async function startFakeSmsGateway(
  options: { format?: 'json' | 'form'; authorization?: string } = {},
): Promise<FakeSmsGateway> {
  const format = options.format ?? 'json';
  const received: GatewayRequest[] = [];
  const idsByKey = new Map<string, string>();
  const failures: GatewayFailure[] = [];
  const state = { requests: 0, duplicates: 0 };

  const server = createServer(async (request, response) => {
    const text = await readBody(request);
    if (request.method !== 'POST' || request.url !== '/send') {
      return sendJson(response, 404, { status: 'error', message: 'not found' });
    }
    state.requests += 1;
    if (options.authorization && request.headers.authorization !== options.authorization) {
      return sendJson(response, 401, { status: 'error', message: 'invalid api key' });
    }
    const body = parseGatewayBody(format, request.headers['content-type'] ?? '', text);
    if (!body) return sendJson(response, 415, { status: 'error', message: `expected ${format}` });
    const key = request.headers['idempotency-key'];
    const known = typeof key === 'string' ? idsByKey.get(key) : undefined;
    if (known) {
      state.duplicates += 1;
      return sendJson(response, 200, { status: 'ok', data: { id: known } });
    }
    const failure = failures.shift();
    if (failure === 'timeout') return;
    if (failure === 'rate_limit')
      return sendJson(
        response,
        429,
        { status: 'error', message: 'rate limit exceeded' },
        { 'retry-after': '2' },
      );
    if (failure === 'server_error')
      return sendJson(response, 503, { status: 'error', message: 'gateway unavailable' });
    if (failure === 'invalid_number')
      return sendJson(response, 400, { status: 'error', message: 'invalid destination number' });
    const id = `gw-${hex(8)}`;
    if (typeof key === 'string') idsByKey.set(key, id);
    received.push({ body, headers: request.headers });
    if (failure === 'lost_answer') return void request.socket.destroy();
    sendJson(response, 200, { status: 'ok', data: { id } });
  });
  const base = await listen(server);

  return {
    url: `${base}/send`,
    received,
    get duplicates() {
      return state.duplicates;
    },
    get requests() {
      return state.requests;
    },
    failNext(kind, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push(kind);
    },
    async sendReport(appUrl, token, payload) {
      const response = await fetch(`${appUrl.replace(/\/$/, '')}/api/v1/webhooks/sms/generic`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(payload),
      });
      return { status: response.status, body: await response.text() };
    },
    close: () => closeServer(server),
  };
}
