import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors/app-error';
import { assertSafeText, findUnsafeText, isUnsafeText } from './text-input';

describe('unsafe text', () => {
  it('is a NUL byte or a lone surrogate; a paired surrogate (an emoji) is fine', () => {
    expect(isUnsafeText('Mak Ijah 🙏')).toBe(false);
    expect(isUnsafeText('a\u0000b')).toBe(true);
    expect(isUnsafeText('a\uD800b')).toBe(true);
    expect(isUnsafeText('a\uDC00')).toBe(true);
  });

  it('is found by its path in nested bodies, keys included', () => {
    expect(findUnsafeText({ person: { fullName: 'x\u0000' } })).toBe('person.fullName');
    expect(findUnsafeText({ items: ['ok', { note: '\uD83D' }] })).toBe('items.1.note');
    expect(findUnsafeText({ aid: { 'k\u0000': 1 } })).toBe('aid._');
    expect(findUnsafeText('\u0000')).toBe('_');
    expect(findUnsafeText({ n: 1, b: true, d: new Date(), f: Buffer.from([0]), z: null })).toBeNull();
  });

  it('answers 400 VALIDATION_FAILED naming the field', () => {
    let thrown: unknown;
    try {
      assertSafeText({ source: 'DTKS\u0000' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).status).toBe(400);
    expect((thrown as AppError).toBody().fields).toHaveProperty('source');
  });
});
