// Where the case pages lead. PDFs and files are API addresses, opened by the browser, not the router.

export function casePagePath(ticket: string): string {
  return `/staff/cases/${encodeURIComponent(ticket)}`;
}

/** The inbox showing one officer's open cases (from the coordinator's board). */
export function officerCasesPath(userId: string): string {
  return `/staff/cases?${new URLSearchParams({ assignee: userId }).toString()}`;
}

/** An OpenStreetMap view of a point, for the assessment's location. */
export function mapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}
