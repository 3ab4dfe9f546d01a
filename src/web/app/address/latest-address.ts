/**
 * The address as the browser holds it right now. React Router applies a navigation in a transition,
 * so for a moment after `setSearchParams` the `params` a page rendered with are already old; two
 * filter changes in quick succession would then each build on the old address and the second would
 * undo the first. Building the next address on this one keeps both.
 */
export function latestAddress(): { params: URLSearchParams; state: unknown } {
  // The history library React Router uses keeps the caller's state under `usr`.
  const entry = window.history.state as { usr?: unknown } | null;
  return { params: new URLSearchParams(window.location.search), state: entry?.usr ?? null };
}
