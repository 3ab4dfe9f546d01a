import { describe, expect, it } from 'vitest';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { filterServicesByName } from './service-search';

function service(code: string, name: string): TServiceSummary {
  return {
    code,
    name,
    version: 1,
    active: true,
    sortOrder: 0,
    kind: 'service',
    divisionCode: null,
    divisionName: null,
    channel: null,
    summary: null,
    completionTime: { kind: 'flexible', text: 'Menyesuaikan', note: null },
    fee: 'Gratis',
    product: 'Surat',
    toConfirmCount: 0,
  };
}

const services = [
  service('lansia-terlantar-lksl', 'Pelayanan Lanjut Usia Terlantar ke LKSL'),
  service('odgj', 'Penanganan Orang Dengan Disabilitas Mental'),
  service('adopsi', 'Rekomendasi Pengangkatan Anak (Adopsi)'),
];

describe('filterServicesByName', () => {
  it('keeps every service, in order, for an empty or blank query', () => {
    expect(filterServicesByName(services, '')).toEqual(services);
    expect(filterServicesByName(services, '   ')).toEqual(services);
  });

  it('ignores case and accents and needs every word', () => {
    expect(filterServicesByName(services, 'LANJUT usia').map((s) => s.code)).toEqual([
      'lansia-terlantar-lksl',
    ]);
    expect(filterServicesByName(services, 'disabilitás')).toHaveLength(1);
    expect(filterServicesByName(services, 'anak mental')).toEqual([]);
  });

  it('finds a service by its code too', () => {
    expect(filterServicesByName(services, 'odgj').map((s) => s.code)).toEqual(['odgj']);
  });
});
