import { Redis } from 'ioredis';

/** Redacts a password in a Redis address before it reaches a message. */
function safeAddress(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(alamat tidak terbaca)';
  }
}

/**
 * Connects to REDIS_URL and waits until it answers: a wrong address stops the start with one clear
 * message instead of every limited request hanging. Afterwards a request waits at most one retry
 * (maxRetriesPerRequest 1) while Redis is away, then fails rather than piling up.
 */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, connectTimeout: timeoutMs });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      client.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
      client.once('error', (error: Error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  } catch (error) {
    client.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`REDIS_URL ${safeAddress(url)}: cannot connect to Redis (${reason})`);
  }
  // Later connection errors are retried by ioredis; the failing requests carry their own error.
  client.on('error', () => {});
  return client;
}
