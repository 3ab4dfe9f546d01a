import { describe, expect, it } from 'vitest';
import { memoryStore } from '../public-tracking/local-store';
import { emptyReportValues } from './form-values';
import { clearDraft, draftKey, isBlankReport, readDraft, serializeDraft, writeDraft } from './report-draft';

const savedAt = '2026-08-14T08:00:00.000Z';
const photo = `data:image/jpeg;base64,${'A'.repeat(1000)}`;

function typed() {
  const values = emptyReportValues();
  values.person.fullName = 'Mak Ijah';
  values.aid.kinds = ['pkh'];
  values.consent = true;
  return values;
}

describe('report draft', () => {
  it('comes back as it was typed, photos included, per office', () => {
    const store = memoryStore();
    expect(writeDraft(store, 'dumai', { savedAt, values: typed(), photos: { ktpPhoto: photo } })).toEqual({
      photosDropped: false,
    });
    const draft = readDraft(store, 'dumai');
    expect(draft?.values).toEqual(typed());
    expect(draft?.photos.ktpPhoto).toBe(photo);
    expect(readDraft(store, 'bekasi')).toBeNull();
    clearDraft(store, 'dumai');
    expect(readDraft(store, 'dumai')).toBeNull();
  });

  it('leaves the photos out when they would take too much room', () => {
    const { text, photosDropped } = serializeDraft(
      { savedAt, values: typed(), photos: { ktpPhoto: photo } },
      900,
    );
    expect(photosDropped).toBe(true);
    expect(text).not.toContain('AAAA');
    expect(JSON.parse(text).values.person.fullName).toBe('Mak Ijah');
  });

  it('keeps the text when the phone is too full for the photos', () => {
    const base = memoryStore();
    const store = {
      ...base,
      setItem: (key: string, value: string) => {
        if (value.length > 900) throw new Error('QuotaExceededError');
        base.setItem(key, value);
      },
    };
    expect(writeDraft(store, 'dumai', { savedAt, values: typed(), photos: { ktpPhoto: photo } })).toEqual({
      photosDropped: true,
    });
    expect(readDraft(store, 'dumai')?.values.person.fullName).toBe('Mak Ijah');
  });

  it('stores nothing for a blank form, even with a service chosen from the link', () => {
    const store = memoryStore();
    writeDraft(store, 'dumai', { savedAt, values: typed(), photos: {} });
    writeDraft(store, 'dumai', { savedAt, values: emptyReportValues({ serviceCode: 'odgj' }), photos: {} });
    expect(store.getItem(draftKey('dumai'))).toBeNull();
    expect(isBlankReport(emptyReportValues({ reporter: { name: 'Ani', phone: '' } }), {})).toBe(false);
  });

  it('survives an old or damaged draft: unknown fields dropped, missing ones blank', () => {
    const store = memoryStore();
    store.setItem(
      draftKey('dumai'),
      JSON.stringify({
        version: 1,
        savedAt,
        values: { person: { fullName: 'Ani', nik: 42 }, aid: { kinds: ['pkh', 3] }, extra: 'x' },
        photos: { ktpPhoto: 'javascript:alert(1)' },
      }),
    );
    const draft = readDraft(store, 'dumai');
    expect(draft?.values.person).toMatchObject({ fullName: 'Ani', nik: '' });
    expect(draft?.values.aid.kinds).toEqual(['pkh']);
    expect(draft?.values).not.toHaveProperty('extra');
    expect(draft?.photos).toEqual({});
    store.setItem(draftKey('dumai'), JSON.stringify({ version: 99, savedAt, values: {} }));
    expect(readDraft(store, 'dumai')).toBeNull();
  });
});
