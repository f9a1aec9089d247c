import { MotcuaError } from '../errors.js';
import { type IsoDate, dayNumber, fromDayNumber, isIsoDate } from '../util/dates.js';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed with Hồ Ngọc Đức's method: lunar months
 * start on the local day of the astronomical new moon, month 11 is the month that contains the
 * winter solstice, and in a year with 13 months between two months 11 the first month in which
 * the sun enters no new 30° sector of longitude (no "major solar term") is the leap month.
 *
 * Everything is computed for the **fixed time zone UTC+7** (Asia/Ho_Chi_Minh), never the host's.
 * The zone decides on which civil day a new moon or a solar term falls, so Vietnam's calendar
 * differs from China's (UTC+8) whenever one falls between 23:00 and 24:00 Vietnam time: Tết 2007
 * is 17 Feb in Vietnam and 18 Feb in China, Tết 2030 is 2 Feb and 3 Feb.
 *
 * Astronomy: new moons by the full series of Meeus, *Astronomical Algorithms* (2nd ed.) ch. 49,
 * the apparent longitude of the sun by Meeus ch. 25 (about 0.01°), and ΔT = TT − UT by the
 * Espenak–Meeus polynomials. New moons come out within a minute or so of published times, which
 * only matters when one falls within minutes of local midnight (as on 2054-05-08, 00:00 UTC+7).
 *
 * The functions accept any year but are meant for 1900–2199 (the range of the rule packs' lunar
 * table). Before 1968 Vietnam reckoned the calendar at UTC+8; this module does not model that.
 * Holidays with legal effect should be read from the generated, reviewed table
 * (`lunarYears` in the rule pack), not recomputed at run time.
 *
 * Pure and synchronous (months 11 and leap months are memoised, which changes no result); no
 * host-time-zone `Date` getters are used.
 *
 * @module
 */

/** The time zone of the Vietnamese calendar, in hours east of UTC. Fixed: never the host's zone. */
export const VN_CALENDAR_UTC_OFFSET_HOURS = 7;

const TZ_DAYS = VN_CALENDAR_UTC_OFFSET_HOURS / 24;
/** Julian day number of 1970-01-01, the epoch of {@link dayNumber}. */
const JDN_UNIX_EPOCH = 2_440_588;
/** Mean length of a lunation, in days. */
const SYNODIC_MONTH = 29.530588861;
/** JDE of the mean new moon with lunation number 0 (2000-01-06), Meeus (49.1). */
const MEAN_NEW_MOON_EPOCH = 2_451_550.09766;
const RAD = Math.PI / 180;

/** A date of the Vietnamese lunar calendar. `leap` marks the second (intercalary) month of a number. */
export interface LunarDate {
  /** The lunar year, named by the Gregorian year in which its month 1 (Tết) falls. */
  readonly year: number;
  /** Month number 1–12; a leap month repeats the number of the month before it. */
  readonly month: number;
  /** Day of the month, 1–30. */
  readonly day: number;
  /** Whether the month is the leap (intercalary) month, tháng nhuận. */
  readonly leap: boolean;
}

// ---------------------------------------------------------------------------------------------
// Julian days

/**
 * The Julian day number (the Julian day that begins at noon UT of that date) of a Gregorian date
 * `YYYY-MM-DD`, proleptic Gregorian for all years. 2000-01-01 is 2451545.
 *
 * @throws {@link MotcuaError} `INVALID_ARGUMENT` when `date` is not a real date `YYYY-MM-DD`.
 */
export function jdFromDate(date: IsoDate): number {
  if (typeof date !== 'string' || !isIsoDate(date)) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not a date YYYY-MM-DD: ${String(date)}` });
  return dayNumber(date) + JDN_UNIX_EPOCH;
}

/** The Gregorian date `YYYY-MM-DD` of a Julian day number (see {@link jdFromDate}); the inverse of it. */
export function jdToDate(jdn: number): IsoDate {
  return fromDayNumber(Math.floor(jdn) - JDN_UNIX_EPOCH);
}

// ---------------------------------------------------------------------------------------------
// Astronomy

/**
 * ΔT = TT − UT in days at Julian day `jd`, by the polynomial expressions of Espenak and Meeus
 * (NASA, *Five Millennium Canon of Solar Eclipses*, 2006). The extrapolation beyond the present is
 * uncertain by about a minute in 2100, which is why a new moon close to midnight stays uncertain.
 */
function deltaTDays(jd: number): number {
  const y = 2000 + (jd - 2_451_544.5) / 365.2425;
  let s: number;
  if (y < 1900 || y >= 2150) {
    const u = (y - 1820) / 100;
    s = -20 + 32 * u * u;
  } else if (y < 1920) {
    const t = y - 1900;
    s = -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  } else if (y < 1941) {
    const t = y - 1920;
    s = 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  } else if (y < 1961) {
    const t = y - 1950;
    s = 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  } else if (y < 1986) {
    const t = y - 1975;
    s = 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  } else if (y < 2005) {
    const t = y - 2000;
    s = 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  } else if (y < 2050) {
    const t = y - 2000;
    s = 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  } else {
    const u = (y - 1820) / 100;
    s = -20 + 32 * u * u - 0.5628 * (2150 - y);
  }
  return s / 86_400;
}

const sin = (deg: number) => Math.sin(deg * RAD);

/** Periodic terms of the new-moon correction, Meeus ch. 49: [coefficient, power of E, M, M', F, Ω]. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments of the additional corrections, Meeus ch. 49: [coefficient, A0, A per lunation]. */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * The instant of the `k`-th new moon as a Julian day in UT (fractional), where `k` = 0 is the new
 * moon of 2000-01-06 and `k` counts lunations (negative before it). Meeus ch. 49, corrected by ΔT.
 */
export function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = MEAN_NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  let correction = 0;
  for (const [c, ePow, cm, cmp, cf, com] of NEW_MOON_TERMS) {
    correction += c * e ** ePow * sin(cm * m + cmp * mp + cf * f + com * om);
  }
  for (const [i, [c, a0, a1]] of PLANETARY_TERMS.entries()) {
    correction += c * sin(a0 + a1 * k + (i === 0 ? -0.009173 * t2 : 0));
  }
  const jdeTrue = jde + correction;
  return jdeTrue - deltaTDays(jdeTrue);
}

/**
 * The Julian day number of the UTC+7 civil day on which the `k`-th new moon falls (`k` as in
 * {@link newMoonJd}): the first day of a lunar month.
 */
export function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + TZ_DAYS);
}

/**
 * The apparent geocentric longitude of the sun in degrees [0, 360) at Julian day `jd` (UT),
 * Meeus ch. 25 (accurate to about 0.01°, a quarter of an hour of the sun's motion).
 */
export function sunLongitude(jd: number): number {
  const t = (jd + deltaTDays(jd) - 2_451_545) / 36_525;
  const l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t;
  const c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const apparent = l0 + c - 0.00569 - 0.00478 * sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/**
 * Which 30° sector of solar longitude (0 = 0°–30° from the March equinox, …, 9 = 270°–300°
 * from the winter solstice, …, 11) the sun is in at the start (00:00 UTC+7) of day `jdn`.
 * A lunar month whose first day has the same sector as the next month's first day contains no
 * major solar term (trung khí).
 */
export function sunLongitudeSector(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - TZ_DAYS) / 30);
}

// ---------------------------------------------------------------------------------------------
// The rules of the calendar

// Each conversion needs months 11 and the leap month of two years; they are remembered (a few hundred
// numbers at most) so that converting every day of a century stays fast. Results do not depend on it.
const month11Cache = new Map<number, number>();
const leapCache = new Map<number, number>();
const CACHE_LIMIT = 2048;

function remember(cache: Map<number, number>, key: number, compute: () => number): number {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Lunation number `k` (as in {@link newMoonJd}) of the month that starts near day `jdn`. */
function lunationNear(jdn: number): number {
  return Math.round((jdn - MEAN_NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/** Lunation number of the month containing day `jdn` (its new moon day is on or before `jdn`). */
function lunationOf(jdn: number): number {
  let k = Math.floor((jdn - MEAN_NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= jdn) k++;
  while (newMoonDay(k) > jdn) k--;
  return k;
}

/**
 * The Julian day number of the first day of month 11 that contains the winter solstice of
 * Gregorian year `year` (December): the last month whose first day begins (00:00 UTC+7) before
 * the sun reaches longitude 270°.
 */
export function lunarMonth11(year: number): number {
  return remember(month11Cache, year, () => {
    const k = lunationOf(jdFromDate(`${String(year).padStart(4, '0')}-12-31`));
    return sunLongitudeSector(newMoonDay(k)) >= 9 ? newMoonDay(k - 1) : newMoonDay(k);
  });
}

/**
 * In a lunar year with 13 months between month 11 starting on day `a11` (a Julian day number from
 * {@link lunarMonth11}) and the next month 11, the position of the leap month counted from `a11`:
 * 1 means the month right after month 11 is leap (leap 11), 2 leap 12, 3 leap 1, and so on. It is
 * the first month that contains no major solar term. Meaningless in a 12-month year.
 */
export function leapMonthOffset(a11: number): number {
  return remember(leapCache, a11, () => computeLeapMonthOffset(a11));
}

function computeLeapMonthOffset(a11: number): number {
  const k = lunationNear(a11);
  let i = 1;
  let sector = sunLongitudeSector(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i++;
    sector = sunLongitudeSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

/** Month number (1–12) of the month at `offset` months after month 11, given the leap offset (or none). */
function monthAtOffset(offset: number, leapOffset: number | undefined): { month: number; leap: boolean } {
  const counted = leapOffset !== undefined && offset >= leapOffset ? offset - 1 : offset;
  return { month: ((10 + counted) % 12) + 1, leap: offset === leapOffset };
}

/** Months 11 of the lunar year interval containing day `jdn`, with the Gregorian year of the first. */
function yearInterval(jdn: number, gregorianYear: number): { a11: number; b11: number; year: number } {
  const here = lunarMonth11(gregorianYear);
  return jdn >= here ? { a11: here, b11: lunarMonth11(gregorianYear + 1), year: gregorianYear } : { a11: lunarMonth11(gregorianYear - 1), b11: here, year: gregorianYear - 1 };
}

/**
 * The Vietnamese lunar date of a Gregorian date `YYYY-MM-DD`, computed at UTC+7.
 *
 * @example solarToLunar('2025-01-29') // { year: 2025, month: 1, day: 1, leap: false } — Tết Ất Tỵ
 * @throws {@link MotcuaError} `INVALID_ARGUMENT` when `date` is not a real date `YYYY-MM-DD`.
 */
export function solarToLunar(date: IsoDate): LunarDate {
  const jdn = jdFromDate(date);
  const k = lunationOf(jdn);
  const monthStart = newMoonDay(k);
  const { a11, b11, year } = yearInterval(monthStart, Number(date.slice(0, 4)));
  const offset = k - lunationNear(a11);
  const leapOffset = b11 - a11 > 365 ? leapMonthOffset(a11) : undefined;
  const { month, leap } = monthAtOffset(offset, leapOffset);
  // Months 11 and 12 (and a leap 11 or 12) belong to the lunar year of the Gregorian year of a11.
  return { year: month >= 11 && offset < 4 ? year : year + 1, month, day: jdn - monthStart + 1, leap };
}

/**
 * The Gregorian date `YYYY-MM-DD` of a Vietnamese lunar date, computed at UTC+7, or `undefined`
 * when no such day exists: a `leap` month that is not the leap month of that year, day 30 of a
 * 29-day month, or numbers out of range.
 *
 * @example lunarToSolar({ year: 2026, month: 3, day: 10, leap: false }) // '2026-04-26' — Hùng Kings day
 */
export function lunarToSolar(date: LunarDate): IsoDate | undefined {
  const { year, month, day, leap } = date;
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  // Months 11 and 12 of lunar year Y start after month 11 of Gregorian year Y; months 1–10 before it.
  const a11 = lunarMonth11(month >= 11 ? year : year - 1);
  const b11 = lunarMonth11(month >= 11 ? year + 1 : year);
  const leapOffset = b11 - a11 > 365 ? leapMonthOffset(a11) : undefined;
  let offset = (month + 12 - 11) % 12;
  if (leapOffset !== undefined && (offset >= leapOffset || leap)) offset++;
  const found = monthAtOffset(offset, leapOffset);
  if (found.month !== month || found.leap !== leap) return undefined;
  const k = lunationNear(a11) + offset;
  const start = newMoonDay(k);
  if (day > newMoonDay(k + 1) - start) return undefined;
  return jdToDate(start + day - 1);
}

/**
 * The Gregorian date of Tết Nguyên Đán (1/1 âm lịch) of lunar year `year`, computed at UTC+7;
 * it falls in Gregorian year `year`, between 21 January and 20 February.
 */
export function tetOf(year: number): IsoDate {
  const date = lunarToSolar({ year, month: 1, day: 1, leap: false });
  if (date === undefined) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not a year: ${String(year)}` });
  return date;
}

/**
 * The Gregorian date of Giỗ Tổ Hùng Vương, the Hùng Kings' Commemoration (10/3 âm lịch, a public
 * holiday under Labour Code 2019 Art. 112), of lunar year `year`, computed at UTC+7. It is the
 * 10th day of the ordinary month 3, never of a leap month 3.
 */
export function hungKingsOf(year: number): IsoDate {
  const date = lunarToSolar({ year, month: 3, day: 10, leap: false });
  if (date === undefined) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not a year: ${String(year)}` });
  return date;
}
