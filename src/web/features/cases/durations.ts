/** Working minutes as whole hours and the minutes left over (125 → 2 h 5 min). */
export function hoursAndMinutes(totalMinutes: number): { hours: number; minutes: number } {
  const rounded = Math.max(0, Math.round(totalMinutes));
  return { hours: Math.floor(rounded / 60), minutes: rounded % 60 };
}

/** Minutes as hours with at most one decimal, for the workload board (90 → 1.5). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

/** Share of capacity filled, as a whole percent; no capacity reads as full when there is work. */
export function loadPercent(weightMinutes: number, capacityMinutes: number): number {
  if (capacityMinutes <= 0) return weightMinutes > 0 ? 100 : 0;
  return Math.round((weightMinutes / capacityMinutes) * 100);
}
