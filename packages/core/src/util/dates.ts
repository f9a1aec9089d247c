/**
 * Calendar dates and instants in Asia/Ho_Chi_Minh.
 *
 * Vietnam has kept UTC+07:00 without daylight saving since 1975, so local time is plain offset
 * arithmetic: nothing here reads the host time zone or the clock.
 */

/** A calendar date `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
export type IsoDate = string;

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** The fixed offset of Asia/Ho_Chi_Minh from UTC, in milliseconds. */
export const VN_OFFSET_MS = 7 * 3_600_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (2025-02-29 is not). */
export function isIsoDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Epoch milliseconds of midnight UTC of a date; unlike `Date.UTC`, years 0–99 are not read as 19xx. */
function utcMidnight(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Number of days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month, 0)).getUTCDate();
}

/**
 * Days since 1970-01-01 of a date `YYYY-MM-DD` (assumed valid), by arithmetic on the proleptic
 * Gregorian calendar (no Date object: this runs on every routing and deadline query).
 */
export function dayNumber(date: IsoDate): number {
  let y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  // Days from civil: shift the year to start in March so that the leap day comes last.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The date `YYYY-MM-DD` of a day number (years 0000–9999), by the inverse of {@link dayNumber}'s arithmetic. */
export function fromDayNumber(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
}

/** The date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** The Asia/Ho_Chi_Minh calendar date of an instant (epoch milliseconds). */
export function localDateOf(instant: number): IsoDate {
  return fromDayNumber(Math.floor((instant + VN_OFFSET_MS) / DAY_MS));
}

/** ISO 8601 text of an instant with the `+07:00` offset, to the second. */
export function formatInstant(instant: number): string {
  const local = instant + VN_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  const s = Math.floor((local - day * DAY_MS) / 1000);
  return `${fromDayNumber(day)}T${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}+07:00`;
}

const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** What {@link parseTimeInput} understood. */
export type TimeInput =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'instant'; instant: number; date: IsoDate };

/**
 * Reads an ISO 8601 date or date-time. A date-time without an offset is Asia/Ho_Chi_Minh time;
 * a bare date stays a date (the caller decides which moment of the day it means).
 * Returns `undefined` for text that is not such a value.
 */
export function parseTimeInput(text: string): TimeInput | undefined {
  const m = INSTANT_RE.exec(text.trim());
  if (!m) return undefined;
  const date = m[1]!;
  if (!isIsoDate(date)) return undefined;
  if (m[2] === undefined) {
    return m[6] === undefined ? { kind: 'date', date } : undefined;
  }
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const ms = m[5] ? Number(m[5].slice(0, 3).padEnd(3, '0')) : 0;
  let offset = VN_OFFSET_MS;
  if (m[6] === 'Z') offset = 0;
  else if (m[6]) {
    const sign = m[6][0] === '-' ? -1 : 1;
    const digits = m[6].slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 18 || om > 59) return undefined;
    offset = sign * (oh * 60 + om) * 60_000;
  }
  const instant = dayNumber(date) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms - offset;
  return { kind: 'instant', instant, date: localDateOf(instant) };
}
