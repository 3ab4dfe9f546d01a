import { describe, expect, it } from 'vitest';
import { auditsOverflow, REGISTRY_CHECKS_PER_HOUR, REGISTRY_OVERFLOW_AUDIT_EVERY } from './check-limit';

describe('registry check overflow audit', () => {
  it('audits the first refused check of the hour and then every fiftieth, never the allowed ones', () => {
    const audited = Array.from({ length: 400 }, (_, i) => i + 1).filter((n) => auditsOverflow(n));
    const limit = REGISTRY_CHECKS_PER_HOUR;
    expect(audited).toEqual([
      limit + 1,
      limit + REGISTRY_OVERFLOW_AUDIT_EVERY,
      limit + 2 * REGISTRY_OVERFLOW_AUDIT_EVERY,
      limit + 3 * REGISTRY_OVERFLOW_AUDIT_EVERY,
      limit + 4 * REGISTRY_OVERFLOW_AUDIT_EVERY,
      limit + 5 * REGISTRY_OVERFLOW_AUDIT_EVERY,
    ]);
  });
});
