import type { Database, Dialect } from './db/client';
import type { DeliveryConfig } from './modules/notifications/delivery-config';
import type { FileStorage } from './storage/file-storage';

export interface AppConfig {
  version: string;
  demoMode: boolean;
  /** Send cookies only over HTTPS (set behind a TLS proxy in production). */
  cookieSecure: boolean;
  /** Built web app to serve; absent in API-only tests. */
  webDistDir: string | null;
  logLevel: string;
  /** The public site's address (`https://layanan.dinsos.example.go.id`), for links in notices. */
  publicBaseUrl?: string;
  /** Per-address rate limits; off only in benchmarks, which send everything from one address. */
  rateLimits?: boolean;
  /** The map page's tile server (`https://…/{z}/{x}/{y}.png`, MAP_TILE_URL); unset: no background. */
  mapTileUrl?: string | null;
  /** The tile server's attribution, shown on the map (MAP_TILE_ATTRIBUTION). */
  mapTileAttribution?: string | null;
  /** The deployment's notice providers (WhatsApp, SMS, SMTP); absent: none, every notice by hand. */
  delivery?: DeliveryConfig;
  /** Redis for the rate-limit counters (REDIS_URL); unset: they live in the database. */
  redisUrl?: string | null;
  /** GET /metrics wants `Authorization: Bearer <token>` (METRICS_TOKEN); unset: internal addresses only. */
  metricsToken?: string | null;
  /** Where the log goes instead of stdout (the log-privacy test reads it). */
  logStream?: { write(line: string): void };
}

/** What the app is built from: tests pass their own database and clock. */
export interface AppDeps {
  db: Database;
  dialect: Dialect;
  config: AppConfig;
  now: () => Date;
  /** Case files: photos and documents. */
  storage: FileStorage;
}
