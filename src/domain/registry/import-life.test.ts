import { describe, expect, it } from 'vitest';
import { IMPORT_SILENCE_LIMIT_MS, isAbandonedImport } from './import-life';

describe('abandoned registry imports', () => {
  const now = new Date('2026-11-26T10:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it('settles a running import only once it has been silent longer than the limit', () => {
    expect(isAbandonedImport({ status: 'running', heartbeatAt: ago(IMPORT_SILENCE_LIMIT_MS + 1) }, now)).toBe(
      true,
    );
    expect(isAbandonedImport({ status: 'running', heartbeatAt: ago(IMPORT_SILENCE_LIMIT_MS) }, now)).toBe(
      false,
    );
    expect(isAbandonedImport({ status: 'running', heartbeatAt: ago(5_000) }, now)).toBe(false);
  });

  it('leaves finished imports alone, however old', () => {
    expect(isAbandonedImport({ status: 'done', heartbeatAt: ago(86_400_000) }, now)).toBe(false);
    expect(isAbandonedImport({ status: 'failed', heartbeatAt: ago(86_400_000) }, now)).toBe(false);
  });
});
