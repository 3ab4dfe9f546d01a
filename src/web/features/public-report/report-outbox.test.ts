import { describe, expect, it } from 'vitest';
import { memoryStore } from '../public-tracking/local-store';
import { emptyReportValues } from './form-values';
import {
  addToOutbox,
  afterSendFailure,
  markRejected,
  OUTBOX_KEY,
  type OutboxEntry,
  pendingEntries,
  readOutbox,
  removeFromOutbox,
} from './report-outbox';

function entry(id: string): OutboxEntry {
  return {
    id,
    officeSlug: 'dumai',
    createdAt: '2026-08-14T08:00:00.000Z',
    body: { office: 'dumai' },
    values: emptyReportValues(),
    photos: { ktpPhoto: 'data:image/jpeg;base64,AAAA' },
    status: 'pending',
    error: null,
  };
}

describe('report outbox', () => {
  it('queues reports in order and forgets them once sent', () => {
    const store = memoryStore();
    addToOutbox(store, entry('a'));
    addToOutbox(store, entry('b'));
    expect(readOutbox(store).map((e) => e.id)).toEqual(['a', 'b']);
    expect(readOutbox(store)[0]?.photos.ktpPhoto).toBe('data:image/jpeg;base64,AAAA');
    removeFromOutbox(store, 'a');
    removeFromOutbox(store, 'b');
    expect(store.getItem(OUTBOX_KEY)).toBeNull();
  });

  it('keeps a refused report with the reasons, out of the next flush', () => {
    const store = memoryStore();
    addToOutbox(store, entry('a'));
    addToOutbox(store, entry('b'));
    markRejected(store, 'a', { message: 'Periksa isian', fields: { 'person.nik': 'NIK harus 16 angka' } });
    const entries = readOutbox(store);
    expect(entries[0]).toMatchObject({
      status: 'rejected',
      error: { fields: { 'person.nik': 'NIK harus 16 angka' } },
    });
    expect(pendingEntries(entries).map((e) => e.id)).toEqual(['b']);
  });

  it('says when the phone is full instead of losing the report silently', () => {
    const full = {
      ...memoryStore(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => addToOutbox(full, entry('a'))).toThrow();
  });

  it('reads past damaged entries', () => {
    const store = memoryStore();
    store.setItem(OUTBOX_KEY, JSON.stringify([{ id: 3 }, entry('ok'), 'x']));
    expect(readOutbox(store).map((e) => e.id)).toEqual(['ok']);
  });

  it('waits on a lost connection, a rate limit or a server fault, but not on a refusal', () => {
    expect(afterSendFailure(0)).toBe('keep-and-stop');
    expect(afterSendFailure(429)).toBe('keep-and-stop');
    expect(afterSendFailure(503)).toBe('keep-and-stop');
    expect(afterSendFailure(400)).toBe('reject');
  });
});
