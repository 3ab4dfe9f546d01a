import type { TRetentionSettings } from './schemas';

/**
 * Default retention periods, chosen to keep rather than lose (an office shortens them in its
 * settings):
 * - closed cases' personal data: 10 years after closing. The Dinas's JRA (Jadwal Retensi Arsip,
 *   UU 43/2009 on archives) keeps social-service client files active and then inactive for years, and
 *   a case can come back (a re-report, an audit by the Inspektorat, a court); ten years covers the
 *   usual 5 + 5 of such schedules. Counts, categories, districts and dates stay for ever.
 * - registry check answers: 24 months. A check backs a letter; DTKS data is updated at least twice a
 *   year and a recommendation is usually valid for months, so two years outlives any letter's use.
 * - outbox message bodies and recipients: 90 days, time enough for a delivery question or dispute.
 * - sessions (login records with address and browser): 30 days after they expired.
 * The audit log is never shortened by the app (append-only by trigger); it outlives all of these.
 */
export const DEFAULT_RETENTION: TRetentionSettings = {
  closedCaseYears: 10,
  registryCheckMonths: 24,
  outboxDays: 90,
  sessionDays: 30,
};

/** The instants before which each kind of record is past its period. */
export function retentionCutoffs(settings: TRetentionSettings, now: Date) {
  const years = new Date(now);
  years.setUTCFullYear(years.getUTCFullYear() - settings.closedCaseYears);
  const months = new Date(now);
  months.setUTCMonth(months.getUTCMonth() - settings.registryCheckMonths);
  const day = 86_400_000;
  return {
    closedCasesBefore: years,
    registryChecksBefore: months,
    outboxBefore: new Date(now.getTime() - settings.outboxDays * day),
    sessionsExpiredBefore: new Date(now.getTime() - settings.sessionDays * day),
  };
}
