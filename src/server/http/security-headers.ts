import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../app-deps';

type CspDirectives = Record<string, string[]>;

/**
 * The map's tile server as a CSP source: `https://{s}.tile.example.org/{z}/{x}/{y}.png` gives
 * `https://*.tile.example.org` (a placeholder in the host becomes the one wildcard CSP allows, the
 * leftmost label). Null for an address a CSP cannot name safely: the map then draws no background.
 */
export function tileSource(url: string | null | undefined): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(url?.trim() ?? '');
  if (!match?.[1] || !match[2] || !/^[a-z0-9.:{}-]+$/i.test(match[2])) return null;
  const scheme = match[1].toLowerCase();
  const labels = match[2].toLowerCase().split('.');
  const lastPlaceholder = labels.findLastIndex((label) => label.includes('{'));
  if (lastPlaceholder < 0) return `${scheme}://${labels.join('.')}`;
  const rest = labels.slice(lastPlaceholder + 1);
  // `{s}.org` would allow every .org host: too wide to be worth the background.
  if (rest.length < 2) return null;
  return `${scheme}://*.${rest.join('.')}`;
}

/**
 * The policy the web app runs under (checked in Chromium by test/e2e/csp.e2e.test.ts): scripts only
 * from our own files (Vite's build puts none inline), nothing framing us, no plugins.
 */
export function contentSecurityPolicy(config: Pick<AppConfig, 'cookieSecure' | 'mapTileUrl'>): CspDirectives {
  const tiles = tileSource(config.mapTileUrl);
  const directives: CspDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // 'unsafe-inline' for styles only: Mantine writes its CSS variables in a <style> element and
    // sizes components through style attributes, and Leaflet places every tile and marker by a style
    // attribute. Styles cannot run code; scripts stay 'self' only.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: for the favicon and Swagger UI's icons, blob: for the preview of a photo being shrunk
    // before upload; the office's tile server for the PPKS map's background.
    'img-src': ["'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  // Behind TLS only: on plain http (development, tests) it would send every request to https.
  if (config.cookieSecure) directives['upgrade-insecure-requests'] = [];
  return directives;
}

/**
 * A PDF shown inline: Chrome draws it with a built-in viewer that `object-src 'none'` or a
 * `default-src` blocks (crbug.com/271452), and a PDF has no use for the page's policy. It keeps
 * only what stops it being framed.
 */
const PDF_CSP = "frame-ancestors 'none'";

/**
 * The one caching rule. A staff route (any access but 'public') answers `no-store` whatever it set
 * itself: every staff answer may carry a person. A public route keeps a cache header it chose (region
 * codes, office logo, transparency figures, web assets); one that chose none (tracking, survey,
 * dispute, login, letter verification: masked names and ticket-bound data) gets `no-store` too.
 */
export function cacheControlFor(access: unknown, own: string | undefined): string | undefined {
  const staff = access !== undefined && access !== 'public';
  return staff || own === undefined ? 'no-store' : undefined;
}

export interface RouteEntry {
  method: string;
  url: string;
  access: unknown;
}

const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Every route of the app with its declared access, as registered: the no-store test walks them all. */
export function registeredRoutes(app: FastifyInstance): readonly RouteEntry[] {
  return routeTables.get(app) ?? [];
}

async function noStoreUnlessCacheable(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const own = reply.getHeader('cache-control');
  const rule = cacheControlFor(
    request.routeOptions.config?.access,
    own === undefined ? undefined : String(own),
  );
  if (rule) reply.header('cache-control', rule);
  if (String(reply.getHeader('content-type') ?? '').startsWith('application/pdf')) {
    reply.header('content-security-policy', PDF_CSP);
  }
  return payload;
}

/**
 * Security headers on every answer (API, web app, short links, Swagger UI) through @fastify/helmet,
 * and the no-store rule. Registered before the routes and before access control, so a 401, 403 or
 * 429 carries them too.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  config: Pick<AppConfig, 'cookieSecure' | 'mapTileUrl'>,
): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    // A browser that once saw HSTS refuses plain http for a year: only where the site is on TLS.
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    // The origin only, across sites (OpenStreetMap-style tile servers ask for one); full paths
    // (a tracking page's ticket) never leave the site.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // X-Content-Type-Options: nosniff, and helmet's other defaults, stay on.
  });
  app.addHook('onSend', noStoreUnlessCacheable);
  const table: RouteEntry[] = [];
  routeTables.set(app, table);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      table.push({ method, url: route.url, access: route.config?.access });
    }
  });
}
