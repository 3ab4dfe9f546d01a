import { describe, expect, it } from 'vitest';
import { ZStaffIntake } from '../../../domain/intake/staff-intake';
import { emptyReportValues, type ReportFormValues } from '../public-report/form-values';
import { emptyChannelDetails } from './channel-details';
import {
  localPhoneOf,
  reporterFromGuest,
  splitIntakeFieldErrors,
  staffIntakeCandidate,
} from './intake-payload';

function filledReport(): ReportFormValues {
  const values = emptyReportValues({ reporter: { name: 'Pak Hasan', phone: '0812 9876 5432' } });
  return {
    ...values,
    person: {
      ...values.person,
      fullName: 'Budi Santoso',
      nik: '1472 0117 0890 0001',
      villageCode: '14.72.01.1001',
    },
    ppks: { category: 'gelandangan', subcategory: 'tinggal-sendiri', other: '' },
    dtksStatus: 'tidak-masuk',
    aid: { kinds: ['belum-pernah'], pbiScheme: 'daerah', other: '' },
    description: 'Ditemukan tidur di emperan pasar sejak seminggu.',
    consent: true,
  };
}

describe('the staff intake request', () => {
  it('is a valid ZStaffIntake: the public report, the officer’s office, the channel and the link', () => {
    const details = {
      ...emptyChannelDetails({ now: new Date() }),
      contactChannel: 'whatsapp' as const,
      contact: '0812 1111 2222',
    };
    const candidate = staffIntakeCandidate({
      route: 'phone',
      details,
      report: filledReport(),
      officeSlug: 'dumai',
      linkToTicket: 'DUM-AAAA-BBBB',
    });
    const parsed = ZStaffIntake.parse(candidate);
    expect(parsed.details).toEqual({ channel: 'whatsapp', contact: '0812 1111 2222' });
    expect(parsed.linkToTicket).toBe('DUM-AAAA-BBBB');
    expect(parsed.report.office).toBe('dumai');
    expect(parsed.report.person.nik).toBe('1472011708900001');
    expect(parsed.report.reporter.phone).toBe('+6281298765432');
    // Answers to questions no longer asked are dropped, as on the public form.
    expect(parsed.report.ppks.subcategory).toBeNull();
    expect(parsed.report.aid.pbiScheme).toBeNull();
  });

  it('sends no link when the officer chose none', () => {
    const candidate = staffIntakeCandidate({
      route: 'walk-in',
      details: emptyChannelDetails({ now: new Date() }),
      report: filledReport(),
      officeSlug: 'dumai',
      linkToTicket: null,
    });
    expect(ZStaffIntake.parse(candidate)).toMatchObject({
      details: { channel: 'walk_in', guestBookEntryId: null },
      linkToTicket: null,
    });
  });
});

describe('the server’s field messages on the two forms', () => {
  it('keeps details paths, strips the report prefix, and leaves unprefixed report paths as they are', () => {
    expect(
      splitIntakeFieldErrors({
        'details.contact': 'Catat nomor',
        'report.person.nik': 'NIK salah',
        'person.villageCode': 'Desa di luar wilayah',
        linkToTicket: 'Kasus tidak ditemukan',
      }),
    ).toEqual({
      details: { 'details.contact': 'Catat nomor' },
      report: {
        'person.nik': 'NIK salah',
        'person.villageCode': 'Desa di luar wilayah',
        linkToTicket: 'Kasus tidak ditemukan',
      },
    });
  });
});

describe('the visitor as the reporter', () => {
  it('writes the guest book’s phone as people do, and leaves a missing one empty', () => {
    expect(localPhoneOf('+6281374052139')).toBe('081374052139');
    expect(localPhoneOf('0812')).toBe('0812');
    const guest = {
      id: 'g',
      visitorName: 'Ibu Rosmawati',
      purpose: 'Lapor',
      timeIn: '2026-11-26T02:00:00.000Z',
      ticket: null,
      recordedBy: null,
    };
    expect(reporterFromGuest({ ...guest, visitorPhone: '+6281374052139' })).toEqual({
      name: 'Ibu Rosmawati',
      phone: '081374052139',
    });
    expect(reporterFromGuest({ ...guest, visitorPhone: null })).toEqual({ name: 'Ibu Rosmawati', phone: '' });
  });
});
