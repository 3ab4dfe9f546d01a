import { describe, expect, it, vi } from 'vitest';

// The client reads messages from i18n, which needs a browser; these tests need none of it.
vi.mock('../i18n', () => ({ i18n: { t: (key: string) => key } }));

const { ApiError } = await import('./client');
const { formPathFor, showApiErrorOnForm } = await import('./form-errors');

const values = {
  name: 'ODGJ',
  summary: null,
  components: { completionTime: 'sebentar' },
  steps: [
    { name: 'Terima', timeStandard: '' },
    { name: 'Asesmen', timeStandard: 'x' },
  ],
  branches: [{ code: 'kis', products: 'KIS\nKIP' }],
};

describe('formPathFor', () => {
  it('finds top-level, nested and list fields by their dotted path', () => {
    expect(formPathFor(values, 'name')).toBe('name');
    expect(formPathFor(values, 'summary')).toBe('summary');
    expect(formPathFor(values, 'components.completionTime')).toBe('components.completionTime');
    expect(formPathFor(values, 'steps.1.timeStandard')).toBe('steps.1.timeStandard');
    expect(formPathFor(values, 'steps')).toBe('steps');
  });

  it('lands a path past a plain value on that value, and refuses what the form does not hold', () => {
    expect(formPathFor(values, 'branches.0.products.1')).toBe('branches.0.products');
    expect(formPathFor(values, 'steps.5.name')).toBeNull();
    expect(formPathFor(values, 'standard.name')).toBeNull();
    expect(formPathFor(values, '_')).toBeNull();
  });
});

describe('showApiErrorOnForm', () => {
  it('puts field messages on inputs and the rest in the alert, mapping server paths', () => {
    const setErrors = vi.fn();
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Periksa isian', {
      'standard.components.completionTime': 'Waktu tidak dikenali',
      'standard.steps.1.timeStandard': 'Satuan tidak dikenali',
      code: 'Kode sudah dipakai',
      'standard.unknown': 'Lain',
    });
    const failure = showApiErrorOnForm({ getValues: () => ({ ...values, code: 'odgj' }), setErrors }, error, {
      pathOf: (field) => field.replace(/^standard\./, ''),
    });
    expect(setErrors).toHaveBeenCalledWith({
      'components.completionTime': 'Waktu tidak dikenali',
      'steps.1.timeStandard': 'Satuan tidak dikenali',
      code: 'Kode sudah dipakai',
    });
    expect(failure.otherMessages).toEqual(['Lain']);
  });
});
