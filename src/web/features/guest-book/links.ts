// Where a guest book row leads. The PDFs are API addresses, opened by the browser, not by the router.

/** The staff intake page for a walk-in, with the visitor already chosen. */
export function walkInIntakePath(guestId: string): string {
  return `/staff/intake/walk-in?guest=${encodeURIComponent(guestId)}`;
}

/** The public tracking page of a ticket, as the citizen sees it. */
export function publicTrackingPath(officeSlug: string, ticket: string): string {
  return `/${encodeURIComponent(officeSlug)}/lacak?tiket=${encodeURIComponent(ticket)}`;
}

/** The complaint form filled from a case; staff only, and the server audits each print. */
export function filledComplaintFormUrl(ticket: string): string {
  return `/api/v1/cases/${encodeURIComponent(ticket)}/complaint-form.pdf`;
}

/** The blank complaint form (Lampiran 1) with the office letterhead. */
export function blankComplaintFormUrl(officeSlug: string): string {
  return `/api/v1/offices/${encodeURIComponent(officeSlug)}/forms/complaint.pdf`;
}

/**
 * Whether the print button is offered: administrators configure and never read cases, so the server
 * answers them 404 for a filled form (the visibility policy), even for a report they took in.
 */
export function mayPrintFilledForm(role: string): boolean {
  return role !== 'admin' && role !== 'partner';
}
