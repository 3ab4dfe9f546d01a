import { describe, expect, it } from 'vitest';
import type { TServiceStandard } from '../../../domain/catalogue/standard';
import {
  emptyServiceValues,
  emptyStepRow,
  formPathOfCreateField,
  serviceValuesOf,
  toStandardInput,
  validateServiceValues,
} from './service-form-values';

function filledValues() {
  const values = emptyServiceValues();
  for (const key of Object.keys(values.components) as (keyof typeof values.components)[]) {
    values.components[key] = 'Ada';
  }
  values.components.completionTime = '3 - 4 Hari kerja';
  values.code = 'odgj-baru';
  values.name = 'Penanganan ODGJ';
  values.steps = [{ ...emptyStepRow(), name: 'Penerimaan', actor: 'Petugas Front Office' }];
  return values;
}

describe('service form values', () => {
  it('accepts a complete new service', () => {
    expect(validateServiceValues(filledValues(), true)).toEqual({});
  });

  it('marks a bad completion time, step time and code at the paths of their inputs', () => {
    const values = filledValues();
    values.code = 'Kode Salah';
    values.components.completionTime = 'sebentar';
    values.steps = [{ ...emptyStepRow(), name: 'Penerimaan', actor: 'Petugas', timeStandard: '2 kali' }];
    values.requirementChecklist = [{ key: 'a', name: 'KTP', mandatory: false, condition: ' ' }];
    const errors = validateServiceValues(values, true);
    expect(Object.keys(errors).sort()).toEqual([
      'code',
      'components.completionTime',
      'requirementChecklist.0.condition',
      'steps.0.timeStandard',
    ]);
    expect(errors['components.completionTime']).toContain('tidak dikenali');
  });

  it('sends nulls for blank optional texts, one product per line, and no row keys', () => {
    const values = filledValues();
    values.branches = [
      { key: 'k', code: 'kis', name: 'KIS', description: '', products: 'Kartu KIS\n\n Surat \n' },
    ];
    values.requirementChecklist = [{ key: 'a', name: 'KTP', mandatory: true, condition: 'lupa' }];
    const input = toStandardInput(values);
    expect(input.summary).toBeNull();
    expect(input.steps[0]).toMatchObject({ timeStandard: null, startWithin: null });
    expect(input.branches[0]?.products).toEqual(['Kartu KIS', 'Surat']);
    expect(input.requirementChecklist[0]).toEqual({ name: 'KTP', mandatory: true, condition: null });
    expect(JSON.stringify(input)).not.toContain('"key"');
  });

  it('reads a stored version back into the same input', () => {
    const values = filledValues();
    const input = toStandardInput(values);
    const stored = {
      ...input,
      code: 'odgj-baru',
      version: 2,
      versionCreatedAt: '2026-01-05T02:00:00.000Z',
      active: true,
      sortOrder: 1,
      divisionName: null,
      completionTime: { kind: 'flexible', text: 'menyesuaikan', note: null },
      source: null,
    } as TServiceStandard;
    expect(toStandardInput(serviceValuesOf(stored))).toEqual(input);
  });

  it('maps the create answer onto the form', () => {
    expect(formPathOfCreateField('standard.steps.2.timeStandard')).toBe('steps.2.timeStandard');
    expect(formPathOfCreateField('code')).toBe('code');
  });
});
