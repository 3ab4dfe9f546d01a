/** The part of `localStorage` this feature uses; tests pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  /** Throws when the phone's storage is full (QuotaExceededError). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store in memory: what the functions fall back to when the browser refuses localStorage. */
export function memoryStore(): KeyValueStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

let fallback: KeyValueStore | null = null;

/**
 * The browser's localStorage, or a store in memory when it is blocked (private mode, strict
 * settings): the page then still works for this visit, it only forgets on reload.
 */
export function browserStore(): KeyValueStore {
  try {
    const probe = 'satu-atap.probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    fallback ??= memoryStore();
    return fallback;
  }
}

/** JSON from the store, or null when missing or unreadable (a half-written or foreign value). */
export function readJson(store: KeyValueStore, key: string): unknown {
  const raw = store.getItem(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
