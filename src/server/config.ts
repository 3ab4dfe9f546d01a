import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type KeySettings, readKeySettings } from './crypto/key-source';
import type { DatabaseConfig } from './db/client';
import { type DeliveryConfig, readDeliveryConfig } from './modules/notifications/delivery-config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  demoMode: boolean;
  version: string;
  cookieSecure: boolean;
  webDistDir: string;
  logLevel: string;
  /** Folder for case files (photos, documents). */
  storageDir: string;
  publicBaseUrl: string;
  /** The map page's tile server; null draws points and district totals without a background. */
  mapTileUrl: string | null;
  mapTileAttribution: string | null;
  /** WhatsApp, SMS and SMTP providers (README "Notices"). */
  delivery: DeliveryConfig;
  /** Shared rate-limit counters in Redis (REDIS_URL); null: in the database. */
  redisUrl: string | null;
  /** Bearer token GET /metrics asks for (METRICS_TOKEN); null: internal addresses only. */
  metricsToken: string | null;
  /** Where the data keys come from (README "Keys"): never the database. */
  keys: KeySettings;
}

export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
  return pkg.version;
}

/** Reads the environment: PORT, HOST, DATA_DIR, DATABASE_URL, DEMO, COOKIE_SECURE, LOG_LEVEL, STORAGE_DIR, MAP_TILE_URL, REDIS_URL, METRICS_TOKEN. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  const dataDir = env.DATA_DIR?.trim() || `${ROOT}/data`;
  const database: DatabaseConfig = databaseUrl ? { databaseUrl } : { dataDir };
  // Demo accounts come with the embedded database; on a real server only when asked for.
  const demoMode = env.DEMO !== undefined ? env.DEMO === '1' || env.DEMO === 'true' : !databaseUrl;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    database,
    demoMode,
    version: readVersion(),
    cookieSecure: env.COOKIE_SECURE === '1',
    webDistDir: env.WEB_DIST_DIR ?? `${ROOT}/dist/web`,
    logLevel: env.LOG_LEVEL ?? 'info',
    storageDir: env.STORAGE_DIR?.trim() || `${dataDir}/files`,
    publicBaseUrl: (env.PUBLIC_BASE_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    mapTileUrl: env.MAP_TILE_URL?.trim() || null,
    mapTileAttribution: env.MAP_TILE_ATTRIBUTION?.trim() || null,
    delivery: readDeliveryConfig(env),
    redisUrl: env.REDIS_URL?.trim() || null,
    metricsToken: env.METRICS_TOKEN?.trim() || null,
    keys: readKeySettings(env, dataDir),
  };
}

export const PROJECT_ROOT = ROOT;
