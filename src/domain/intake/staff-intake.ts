import { z } from '../zod';
import { ZPhone, ZReportInput } from './report';

const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max);

/** What the officer records about how the report came in, per channel (Si-PULAU PANDHA's four, and more). */
export const ZChannelDetails = z.discriminatedUnion('channel', [
  z.object({
    channel: z.literal('walk_in'),
    /** The guest book entry made when the visitor arrived. */
    guestBookEntryId: z.uuid('Pilih tamu dari buku tamu').nullable(),
  }),
  z.object({
    channel: z.enum(['phone', 'whatsapp', 'social_media']),
    contact: text(3, 120, 'Catat nomor atau akun yang menghubungi'),
  }),
  z.object({
    channel: z.literal('outreach'),
    latitude: z.number().min(-11.5, 'Lokasi di luar Indonesia').max(6.5, 'Lokasi di luar Indonesia'),
    longitude: z.number().min(94.5, 'Lokasi di luar Indonesia').max(141.5, 'Lokasi di luar Indonesia'),
    accuracyMetres: z.number().min(0).max(100_000).nullable(),
    visitedAt: z.iso.datetime({ offset: true, error: 'Waktu kunjungan tidak valid' }),
  }),
  z.object({
    channel: z.literal('letter'),
    sender: text(3, 200, 'Catat pengirim surat (mis. Polres Dumai)'),
    referenceNumber: text(3, 100, 'Catat nomor surat'),
    letterDate: z.iso.date('Tanggal surat tidak valid'),
  }),
  z.object({
    channel: z.literal('sp4n_lapor'),
    reportId: text(3, 60, 'Catat nomor laporan SP4N-LAPOR!'),
  }),
]);
export type TChannelDetails = z.infer<typeof ZChannelDetails>;

/** An officer's intake: the same report as the public form, how it came in, and an optional link to an open case. */
export const ZStaffIntake = z.object({
  details: ZChannelDetails,
  report: ZReportInput,
  /** When the duplicate check found an open case and the officer chose to link this report to it. */
  linkToTicket: z.string().max(20).nullable().default(null),
});
export type TStaffIntake = z.infer<typeof ZStaffIntake>;

export const ZGuestBookInput = z.object({
  visitorName: text(2, 120, 'Nama tamu minimal 2 huruf'),
  visitorPhone: ZPhone.nullable().default(null),
  purpose: text(3, 300, 'Tulis keperluan tamu'),
});

export const ZGuestBookEntry = z.object({
  id: z.string(),
  visitorName: z.string(),
  visitorPhone: z.string().nullable(),
  purpose: z.string(),
  timeIn: z.string(),
  ticket: z.string().nullable(),
  recordedBy: z.string().nullable(),
});
export type TGuestBookEntry = z.infer<typeof ZGuestBookEntry>;

/** The duplicate check at intake: asked by POST so the NIK never sits in a URL. */
export const ZDuplicateCheck = z.object({
  nik: z.string().regex(/^\d{16}$/, 'NIK harus 16 angka'),
  serviceCode: z.string().max(60).nullable(),
});

export const ZDuplicateMatch = z.object({
  ticket: z.string(),
  serviceCode: z.string().nullable(),
  status: z.string(),
  openedAt: z.string(),
  channel: z.string(),
  /** The person's name masked: enough to recognise, not to read out. */
  personName: z.string(),
});
