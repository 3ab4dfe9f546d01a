import type { TGuestBookEntry } from '../../../domain/intake/staff-intake';
import { type ReportFormValues, toReportCandidate } from '../public-report/form-values';
import { type ChannelDetailsValues, channelDetailsCandidate } from './channel-details';
import type { IntakeRoute } from './channels';

/**
 * The POST /cases body for ZStaffIntake to check: the channel's details, the report exactly as the
 * public form builds it (the office is the officer's own), and the open case it is linked to.
 */
export function staffIntakeCandidate(input: {
  route: IntakeRoute;
  details: ChannelDetailsValues;
  report: ReportFormValues;
  officeSlug: string;
  linkToTicket: string | null;
  offsetOf?: (local: string) => number;
}): Record<string, unknown> {
  return {
    details: channelDetailsCandidate(input.route, input.details, input.offsetOf),
    report: toReportCandidate(input.report, input.officeSlug),
    linkToTicket: input.linkToTicket,
  };
}

/**
 * The server's field messages, split between the two forms of the page: `details.*` stay as they
 * are (the channel form nests its values under `details`), `report.*` lose their prefix to match
 * the report form, and unprefixed fields (the report checks shared with the public form name
 * them `person.villageCode`) go to the report form too; what no input shows ends in the alert.
 */
export function splitIntakeFieldErrors(fields: Record<string, string>): {
  details: Record<string, string>;
  report: Record<string, string>;
} {
  const details: Record<string, string> = {};
  const report: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    if (field.startsWith('details.')) details[field] ??= message;
    else if (field.startsWith('report.')) report[field.slice('report.'.length)] ??= message;
    else report[field] ??= message;
  }
  return { details, report };
}

/** `+6281374052139` as people write it, `081374052139`; other forms unchanged. */
export function localPhoneOf(phone: string): string {
  return phone.startsWith('+62') ? `0${phone.slice(3)}` : phone;
}

/** The visitor is the reporter of a walk-in: their name and phone, from the guest book. */
export function reporterFromGuest(guest: TGuestBookEntry): { name: string; phone: string } {
  return { name: guest.visitorName, phone: guest.visitorPhone ? localPhoneOf(guest.visitorPhone) : '' };
}
