import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { AppError } from '../../domain/errors/app-error';
import type { AppDeps } from '../app-deps';
import { registerCollectors } from './collectors';
import { jobRegistry } from './jobs';

/** Node's own metrics (CPU, memory, event loop lag, GC) once per process, whatever apps it builds. */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Loopback and private (RFC 1918, unique-local, link-local) addresses: the inside of the deployment. */
export function isInternalAddress(ip: string): boolean {
  const address = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIP(address) === 4) {
    const [a = 0, b = 0] = address.split('.').map(Number);
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (isIP(address) === 6) {
    const lower = address.toLowerCase();
    return lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
  }
  return false;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * Request rates and latencies per route pattern (never the URL: no tickets in labels), and
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN it wants that bearer token; without,
 * it answers internal addresses only and is a plain 404 to everyone else.
 */
export function registerMetrics(app: FastifyInstance, deps: AppDeps): void {
  const registry = new Registry();
  const labelNames = ['route', 'method', 'status'] as const;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, per route pattern, method and status',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, per route pattern',
    labelNames: ['route', 'method'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const refresh = registerCollectors(registry, deps.db, deps.now);

  app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    // Unmatched paths (scanners) share one label instead of one series per URL tried.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ route, method: request.method, status: String(reply.statusCode) });
    duration.observe({ route, method: request.method }, reply.elapsedTime / 1000);
  });

  const token = deps.config.metricsToken ?? null;
  app.get(
    '/metrics',
    {
      // Public to the access check; guarded here by the token or the caller's address.
      config: { access: 'public' },
      schema: { hide: true },
      onRequest: async (request) => {
        const allowed = token
          ? tokenMatches(request.headers.authorization, token)
          : isInternalAddress(request.ip);
        if (!allowed) throw new AppError('NOT_FOUND');
      },
    },
    async (_request, reply) => {
      await refresh();
      const parts = await Promise.all([processMetrics(), jobRegistry, registry].map((r) => r.metrics()));
      return reply.header('content-type', registry.contentType).send(parts.join('\n'));
    },
  );
}
