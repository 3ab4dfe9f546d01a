import { describe, expect, it } from 'vitest';
import {
  type ChannelDetailsValues,
  channelDetailsCandidate,
  channelDetailsErrors,
  dateTimeInputValue,
  emptyChannelDetails,
  parseCoordinate,
  positionValues,
  splitCoordinatePair,
  withUtcOffset,
} from './channel-details';

const WIB = () => 420;
const blank = (changes: Partial<ChannelDetailsValues> = {}): ChannelDetailsValues => ({
  ...emptyChannelDetails({ now: new Date(2026, 10, 26, 9, 5) }),
  ...changes,
});

describe('coordinates as an officer types or pastes them', () => {
  it('reads dots, the Indonesian decimal comma, a typographic minus and a degree sign', () => {
    expect(parseCoordinate('-1.0412')).toBe(-1.0412);
    expect(parseCoordinate(' -1,0412 ')).toBe(-1.0412);
    expect(parseCoordinate('−0,5')).toBe(-0.5);
    expect(parseCoordinate('101.6031°')).toBe(101.6031);
    expect(parseCoordinate('101')).toBe(101);
  });

  it('refuses what is not one number', () => {
    for (const text of ['', ' ', 'abc', '1.2.3', '-', '1,0,2', '1e5', '-1.04, 101.6']) {
      expect(parseCoordinate(text)).toBeNull();
    }
  });

  it('splits a "lat, lng" pair from a map app into both fields', () => {
    expect(splitCoordinatePair('-1.0412, 101.6031')).toEqual({ latitude: '-1.0412', longitude: '101.6031' });
    expect(splitCoordinatePair('-1.0412,101.6031')).toEqual({ latitude: '-1.0412', longitude: '101.6031' });
    expect(splitCoordinatePair('-1,0412; 101,6031')).toEqual({ latitude: '-1,0412', longitude: '101,6031' });
    expect(splitCoordinatePair('−1.04 101.6')).toEqual({ latitude: '-1.04', longitude: '101.6' });
  });

  it('keeps a single number with a decimal comma as one number', () => {
    expect(splitCoordinatePair('-1,04')).toBeNull();
    expect(splitCoordinatePair('-1.04')).toBeNull();
    expect(splitCoordinatePair('')).toBeNull();
  });

  it('keeps a GPS fix to six decimals and whole metres', () => {
    expect(positionValues({ latitude: -1, longitude: 101.6, accuracy: 12.6 })).toEqual({
      latitude: '-1.000000',
      longitude: '101.600000',
      accuracyMetres: 13,
    });
  });
});

describe('the visit time', () => {
  it('fills a datetime-local input from the device clock', () => {
    expect(dateTimeInputValue(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });

  it('gets the device offset the server schema asks for', () => {
    expect(withUtcOffset('2026-11-26T09:00', 420)).toBe('2026-11-26T09:00:00+07:00');
    expect(withUtcOffset('2026-11-26T09:00:30', 540)).toBe('2026-11-26T09:00:30+09:00');
    expect(withUtcOffset('2026-11-26T09:00', -150)).toBe('2026-11-26T09:00:00-02:30');
    expect(withUtcOffset('', 420)).toBeNull();
  });
});

describe('the channel details sent for each intake page', () => {
  it('sends only the fields of the page’s channel', () => {
    const values = blank({ guestBookEntryId: 'g1', contact: '0812', reportId: 'LAP-1', sender: 'Polres' });
    expect(channelDetailsCandidate('walk-in', values)).toEqual({
      channel: 'walk_in',
      guestBookEntryId: 'g1',
    });
    expect(channelDetailsCandidate('walk-in', blank())).toEqual({
      channel: 'walk_in',
      guestBookEntryId: null,
    });
    expect(channelDetailsCandidate('phone', { ...values, contactChannel: 'whatsapp' })).toEqual({
      channel: 'whatsapp',
      contact: '0812',
    });
    expect(channelDetailsCandidate('sp4n-lapor', values)).toEqual({
      channel: 'sp4n_lapor',
      reportId: 'LAP-1',
    });
  });

  it('turns an outreach visit into numbers and an offset time', () => {
    const values = blank({ latitude: '-1,04', longitude: '101.6', accuracyMetres: 12 });
    expect(channelDetailsCandidate('outreach', values, WIB)).toEqual({
      channel: 'outreach',
      latitude: -1.04,
      longitude: 101.6,
      accuracyMetres: 12,
      visitedAt: '2026-11-26T09:05:00+07:00',
    });
  });

  it('passes a complete page and names each missing field by its form path', () => {
    const outreach = blank({ latitude: '-1.04', longitude: '101.6' });
    expect(channelDetailsErrors('outreach', outreach, 'isi koordinat', WIB)).toEqual({});
    expect(channelDetailsErrors('outreach', blank({ latitude: 'x' }), 'isi koordinat', WIB)).toEqual({
      'details.latitude': 'isi koordinat',
      'details.longitude': 'isi koordinat',
    });
    expect(channelDetailsErrors('outreach', blank({ latitude: '48.8', longitude: '2.3' }), 'x', WIB)).toEqual(
      {
        'details.latitude': 'Lokasi di luar Indonesia',
        'details.longitude': 'Lokasi di luar Indonesia',
      },
    );
    expect(channelDetailsErrors('phone', blank(), 'x')).toEqual({
      'details.contact': 'Catat nomor atau akun yang menghubungi',
    });
    expect(Object.keys(channelDetailsErrors('letter', blank(), 'x')).sort()).toEqual([
      'details.letterDate',
      'details.referenceNumber',
      'details.sender',
    ]);
    expect(channelDetailsErrors('walk-in', blank({ guestBookEntryId: 'not-a-uuid' }), 'x')).toEqual({
      'details.guestBookEntryId': 'Pilih tamu dari buku tamu',
    });
    expect(channelDetailsErrors('walk-in', blank(), 'x')).toEqual({});
  });
});
