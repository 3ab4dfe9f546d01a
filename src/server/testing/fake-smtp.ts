import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the fake server received it, parsed by mailparser. */
export interface ReceivedMail {
  /** The SMTP envelope (MAIL FROM, RCPT TO). */
  envelope: { from: string; to: string[] };
  /** The From and To headers as text. */
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string | null;
  /** Every header, lower-case names, values as text. */
  headers: Record<string, string>;
}

export interface FakeSmtp {
  /** `smtp://user:pass@127.0.0.1:<port>`. */
  url: string;
  user: string;
  pass: string;
  mails: ReceivedMail[];
  /** Answers the next `times` mails with `code` at RCPT TO (default) or after DATA. */
  failNextWith(code: number, times?: number, at?: 'rcpt' | 'data'): void;
  close(): Promise<void>;
}

const REPLY_TEXT: Record<number, string> = {
  421: 'Service not available, closing transmission channel',
  450: 'Requested mail action not taken: mailbox unavailable',
  451: 'Requested action aborted: local error in processing, try again later',
  452: 'Requested action not taken: insufficient system storage',
  550: 'Requested action not taken: mailbox unavailable',
  552: 'Requested mail action aborted: exceeded storage allocation',
  553: 'Requested action not taken: mailbox name not allowed',
  554: 'Transaction failed',
};

function smtpError(code: number): Error {
  return Object.assign(new Error(REPLY_TEXT[code] ?? 'Failed'), { responseCode: code });
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  if (value && typeof value === 'object' && 'value' in value)
    return String((value as { value: unknown }).value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * An SMTP server speaking the real protocol on a local port (the `smtp-server` package), with
 * AUTH required (PLAIN/LOGIN over plain text, no STARTTLS) so the client's credentials are tested.
 */
export async function startFakeSmtp(options: { user?: string; pass?: string } = {}): Promise<FakeSmtp> {
  const user = options.user ?? 'satu-atap';
  const pass = options.pass ?? 'rahasia-uji-smtp';
  const mails: ReceivedMail[] = [];
  const failures: { code: number; at: 'rcpt' | 'data' }[] = [];
  const takeFailure = (at: 'rcpt' | 'data') =>
    failures[0]?.at === at ? (failures.shift() as { code: number }).code : null;

  const server = new SMTPServer({
    secure: false,
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    closeTimeout: 200,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) return callback(null, { user });
      return callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      const code = takeFailure('rcpt');
      callback(code ? smtpError(code) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const code = takeFailure('data');
        if (code) return callback(smtpError(code));
        simpleParser(Buffer.concat(chunks), {
          skipHtmlToText: true,
          skipTextToHtml: true,
          skipImageLinks: true,
        })
          .then((parsed) => {
            const headers: Record<string, string> = {};
            for (const [name, value] of parsed.headers) headers[name.toLowerCase()] = headerText(value);
            mails.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              from: parsed.from?.text ?? '',
              to: Array.isArray(parsed.to)
                ? parsed.to.map((a) => a.text).join(', ')
                : (parsed.to?.text ?? ''),
              subject: parsed.subject ?? '',
              text: (parsed.text ?? '').replace(/\n$/, ''),
              messageId: parsed.messageId ?? null,
              headers,
            });
            callback(null, `OK: queued as ${mails.length}`);
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}`,
    user,
    pass,
    mails,
    failNextWith(code, times = 1, at = 'rcpt') {
      for (let i = 0; i < times; i += 1) failures.push({ code, at });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
