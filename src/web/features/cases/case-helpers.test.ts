import { describe, expect, it } from 'vitest';
import type { TCaseDetail } from '../../../domain/cases/views';
import { aidText, formatDate, ppksText } from './case-text';
import { hoursAndMinutes, hoursOf, loadPercent } from './durations';
import { referralActionsFor, toReferralAction } from './referral-values';
import { eventText, filterTimeline } from './timeline-filter';

type Event = TCaseDetail['timeline'][number];
const event = (overrides: Partial<Event>): Event => ({
  at: '2026-11-26T02:00:00.000Z',
  type: 'note',
  public: false,
  message: null,
  data: {},
  actor: 'Petugas',
  ...overrides,
});

describe('filterTimeline', () => {
  const timeline = [
    event({ type: 'created', public: true, message: 'Laporan diterima' }),
    event({ type: 'note', data: { text: 'Sudah ditelepon' } }),
    event({ type: 'verified', public: true, message: 'Diverifikasi' }),
  ];

  it('shows newest first, keeping each event’s place in the timeline', () => {
    expect(filterTimeline(timeline, 'all').map(({ seq }) => seq)).toEqual([2, 1, 0]);
    expect(filterTimeline(timeline, 'public').map(({ seq }) => seq)).toEqual([2, 0]);
    expect(filterTimeline(timeline, 'internal').map(({ seq }) => seq)).toEqual([1]);
  });

  it('reads an internal event’s words from its data when it has no message', () => {
    expect(eventText(timeline[1] as Event)).toBe('Sudah ditelepon');
    expect(eventText(event({ data: { reason: 'Alamat tidak ditemukan' } }))).toBe('Alamat tidak ditemukan');
    expect(eventText(event({}))).toBeNull();
  });
});

describe('case texts', () => {
  it('names the aid received, with the PBI scheme and the "other" text', () => {
    expect(aidText({ kinds: ['pkh', 'bpjs-pbi', 'lainnya'], pbiScheme: 'daerah', other: 'Beras' })).toBe(
      'Program Keluarga Harapan (PKH), BPJS/PBI (Daerah), Lainnya: Beras',
    );
    expect(aidText({ kinds: [] })).toBeNull();
    expect(aidText(null)).toBeNull();
  });

  it('reads a birth date as a calendar date, whatever the time zone', () => {
    expect(formatDate('1950-08-17', 'id-ID')).toBe('17 Agustus 1950');
    expect(formatDate('bukan tanggal', 'id-ID')).toBe('bukan tanggal');
  });

  it('names the PPKS category and its sub-category', () => {
    expect(ppksText({ category: 'lansia-terlantar', subcategory: 'tinggal-sendiri', other: null })).toBe(
      'Lanjut usia terlantar · Tinggal sendiri',
    );
    expect(ppksText({ category: 'unknown', subcategory: null, other: 'x' })).toBe('unknown · x');
  });
});

describe('durations', () => {
  it('splits working minutes and rounds hours for the board', () => {
    expect(hoursAndMinutes(125)).toEqual({ hours: 2, minutes: 5 });
    expect(hoursAndMinutes(-3)).toEqual({ hours: 0, minutes: 0 });
    expect(hoursOf(90)).toBe(1.5);
    expect(hoursOf(2400)).toBe(40);
    expect(loadPercent(1200, 2400)).toBe(50);
    expect(loadPercent(60, 0)).toBe(100);
    expect(loadPercent(0, 0)).toBe(0);
  });
});

describe('referral answers', () => {
  it('offers accept or decline on a sent referral, a report on an accepted one, nothing after', () => {
    expect(referralActionsFor('sent')).toEqual(['accept', 'decline']);
    expect(referralActionsFor('accepted')).toEqual(['complete']);
    expect(referralActionsFor('declined')).toEqual([]);
    expect(referralActionsFor('done')).toEqual([]);
  });

  it('puts the one text each answer carries where the schema wants it', () => {
    expect(toReferralAction('accept', '  ')).toEqual({ type: 'accept' });
    expect(toReferralAction('accept', ' Besok dijemput ')).toEqual({
      type: 'accept',
      note: 'Besok dijemput',
    });
    expect(toReferralAction('decline', 'Penuh')).toEqual({ type: 'decline', reason: 'Penuh' });
    expect(toReferralAction('complete', 'Sudah dirawat')).toEqual({
      type: 'complete',
      report: 'Sudah dirawat',
    });
  });
});
