import { dayNumber } from '../util/dates.js';

/** Index of the first bound greater than `day`: the period that `day` falls in (0 for NaN). */
export function upperBound(bounds: readonly number[], day: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Day numbers of the first of each month of 1900–2199, for reading a date without float division.
const FIRST_YEAR = 1900;
const monthStarts = Int32Array.from({ length: 300 * 12 }, (_, i) => dayNumber(`${FIRST_YEAR + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`));

/** A table of the period of each day spans at most this many days (about 270 years). */
const MAX_TABLE_DAYS = 100_000;

/**
 * `(date) => upperBound(starts, dayNumber(date))` for sorted period starts, by array reads for the
 * dates of 1900–2199: the day number of the first of the month, then the period of the day. Other
 * strings take `dayNumber` and the search. Both ways give the same for any string, since
 * `dayNumber` is linear in the day of the month.
 */
export function periodFinder(starts: readonly number[]): (date: string) => number {
  const first = starts[0] ?? 0;
  const span = (starts.at(-1) ?? first) - first + 1;
  const periods = span <= MAX_TABLE_DAYS ? Int32Array.from({ length: span }, (_, i) => upperBound(starts, first + i)) : undefined;
  return (date) => {
    const y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
    const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
    const month = (y - FIRST_YEAR) * 12 + m - 1;
    if (periods !== undefined && m >= 1 && m <= 12 && month >= 0 && month < monthStarts.length) {
      const day = monthStarts[month]! + (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48) - 1 - first;
      // Before the first start, no period has begun; after the last, the last goes on.
      if (!Number.isNaN(day)) return day < 0 ? 0 : day < periods.length ? periods[day]! : starts.length;
    }
    return upperBound(starts, dayNumber(date));
  };
}
