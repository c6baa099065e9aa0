// Calendar checks for the partial ISO dates the format allows (YYYY, YYYY-MM, YYYY-MM-DD).

/** True when the date exists on the Gregorian calendar ("2023-02-29" does not). */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/**
 * Orders two dates of possibly different precision by their common prefix: "1961" and "1961-07-06" are
 * not out of order with each other. Negative when a is earlier.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}
