import { MotcuaError } from '../errors.js';
import type { Citation, Citations, Text } from '../model/common.js';
import type { Calendar, CalendarDay, DayStatus, HolidayRule, Session, Week } from '../model/calendar.js';
import type { PackContent } from '../model/entities.js';
import { inForce, isHistory, nameAt, valueAt } from '../org/organisation.js';
import { DAY_MS, type IsoDate, VN_OFFSET_MS, addDays, dayNumber, fromDayNumber } from '../util/dates.js';

/** Why a day is what it is: a weekly rest day, a holiday, a compensatory day, a swap or a make-up day. */
export interface DayReason {
  readonly kind: 'weekend' | 'holiday' | 'compensatory' | 'swap' | 'make-up' | 'other';
  readonly name: Text;
  /** `rule` for a statutory default, `decision` for a dated day, `week` for the weekly pattern. */
  readonly source: 'rule' | 'decision' | 'week';
  readonly status?: DayStatus;
  readonly citations: readonly Citation[];
  /** The calendar layer that decided it. */
  readonly calendar: string;
}

/** One day of a compiled calendar. */
export interface DayInfo {
  readonly date: IsoDate;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly working: boolean;
  /** Working sessions as [start, end) milliseconds after local midnight. */
  readonly sessions: readonly (readonly [number, number])[];
  /** Empty for an ordinary working day. */
  readonly reasons: readonly DayReason[];
}

/**
 * A calendar compiled for fast questions: every day of its range with its sessions, and the working
 * time accumulated before each day, so that adding or measuring working time costs a binary search
 * whatever the length of the duration.
 */
export interface WorkingCalendar {
  readonly id: string;
  /** First and last dates the calendar answers for (the years of the lunar table). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Working hours in one working day. */
  readonly hoursPerDay: number;
  covers(date: IsoDate): boolean;
  day(date: IsoDate): DayInfo;
  isWorkingDay(date: IsoDate): boolean;
  /** Working time (ms) from the start of the calendar's range to `instant`. */
  workedBefore(instant: number): number;
  /** The earliest instant by which `worked` ms of working time have elapsed since the range's start. */
  instantAtWork(worked: number): number;
  /** `instant` if it is inside a working session, else the start of the next session. */
  nextWorkingInstant(instant: number): number;
  /** The start of the first session of the first working day after `date`. */
  nextWorkingDayStart(date: IsoDate): number;
  /** Day number (days since 1970-01-01) of an instant's local date: the fast form of dates. */
  dayOf(instant: number): number;
  /** Whether day number `day` is a working day. */
  isWorkingDayNumber(day: number): boolean;
  /** The instant at which the last session of working day `day` ends. */
  closeOfDay(day: number): number;
  /** Adds `ms` of working time to `instant`. */
  addWorkingTime(instant: number, ms: number): number;
  /** Working time (ms) between two instants (negative when `b` is before `a`). */
  workingTimeBetween(a: number, b: number): number;
  /** Days of `from`…`to` that differ from an ordinary week: holidays, compensatory and swapped days off, make-up days. */
  specialDays(from: IsoDate, to: IsoDate): DayInfo[];
}

/** Options for {@link compileCalendar}. */
export interface CalendarOptions {
  /** Which statuses of dated days count (default: only `decided`). */
  readonly statuses?: readonly DayStatus[];
  /** Operator entries added at run time; they win over the pack's entries for the same date. */
  readonly overrides?: readonly CalendarDay[];
}

const WEEK_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MAX_SESSIONS = 4;
const WEEKEND_NAME: Text = { vi: 'Ngày nghỉ hằng tuần', en: 'Weekly rest day' };

/** The calendar that applies to a unit: a unit calendar naming it, else the city calendar, else the national one. */
export function calendarIdFor(content: PackContent, unitId?: string, date?: IsoDate): string | undefined {
  const live = content.calendars.filter((c) => date === undefined || inForce(c, date));
  const own = unitId === undefined ? undefined : live.find((c) => c.scope === 'unit' && c.units?.includes(unitId));
  return (own ?? live.find((c) => c.scope === 'city') ?? live.find((c) => c.scope === 'national'))?.id;
}

/**
 * Compiles calendar `id` of a pack: its layers (national ⊕ city ⊕ unit), the statutory holidays
 * of Labour Code Art. 112 with the compensatory days of Art. 111(3), and the dated days decided
 * each year, over the years of the pack's lunar table.
 *
 * @throws {@link MotcuaError} `INVALID_ARGUMENT` when the calendar does not exist or the pack has
 * no lunar table (the loader reports both as pack issues first).
 */
export function compileCalendar(content: PackContent, id: string, options: CalendarOptions = {}): WorkingCalendar {
  const chain = layers(content.calendars, id);
  const years = content.lunarYears.map((y) => y.year);
  if (years.length === 0) throw new MotcuaError('INVALID_ARGUMENT', { detail: 'the pack has no lunarYears table' });
  const from = `${Math.min(...years)}-01-01`;
  const to = `${Math.max(...years)}-12-31`;
  const start = dayNumber(from);
  const n = dayNumber(to) - start + 1;
  const chainIds = new Set(chain.map((c) => c.id));
  const own = chain[chain.length - 1]!;
  const hoursPerDay = [...chain].reverse().find((c) => c.hoursPerDay !== undefined)?.hoursPerDay ?? 8;

  // Per day: session bounds (ms after midnight), their count, and the reasons of special days.
  const bounds = new Float64Array(n * MAX_SESSIONS * 2);
  const count = new Uint8Array(n);
  const reasons = new Map<number, DayReason[]>();
  const setSessions = (i: number, sessions: readonly (readonly [number, number])[]) => {
    count[i] = Math.min(sessions.length, MAX_SESSIONS);
    sessions.slice(0, MAX_SESSIONS).forEach(([s, e], k) => {
      bounds[(i * MAX_SESSIONS + k) * 2] = s;
      bounds[(i * MAX_SESSIONS + k) * 2 + 1] = e;
    });
  };
  const addReason = (i: number, r: DayReason) => reasons.set(i, [...(reasons.get(i) ?? []), r]);

  // 1. The weekly pattern, from the nearest layer that sets one (a week may itself be dated).
  const weekOf = weekResolver(chain);
  const weekdaySessions: (readonly (readonly [number, number])[])[] = [];
  for (let i = 0; i < n; i++) {
    const date = fromDayNumber(start + i);
    const sessions = sessionsOf(weekOf(date), weekdayOf(start + i));
    weekdaySessions[i] = sessions;
    setSessions(i, sessions);
  }
  const isRest = (i: number) => i < 0 || i >= n || weekdaySessions[i]!.length === 0;

  // 2. Dated days that count, the latest decision winning per (date); overrides last.
  const statuses = new Set(options.statuses ?? ['decided']);
  const chosen = new Map<number, CalendarDay>();
  const decidedOccasions = new Set<string>();
  const candidates = [...content.calendarDays.filter((d) => chainIds.has(d.calendar) && statuses.has(d.status))].sort((a, b) =>
    (a.issued ?? '').localeCompare(b.issued ?? ''),
  );
  for (const d of [...candidates, ...(options.overrides ?? [])]) {
    const i = dayNumber(d.date) - start;
    if (i < 0 || i >= n) continue;
    chosen.set(i, d);
    if (d.occasion) decidedOccasions.add(`${d.occasion}:${d.date.slice(0, 4)}`);
  }

  // 3. Statutory holidays by rule, for the years no decision settles, with Art. 111(3) compensation.
  const lunar = new Map(content.lunarYears.map((y) => [y.year, y]));
  const rules = content.holidays.filter((h) => chainIds.has(h.calendar));
  const off = new Set<number>();
  for (const year of years) {
    for (const rule of rules) {
      if (decidedOccasions.has(`${rule.id}:${year}`)) continue;
      const base = ruleDate(rule, year, lunar);
      if (!base || !inForce(rule, base)) continue;
      const first = dayNumber(base) - start + (rule.offset ?? 0);
      const block: number[] = [];
      for (let k = 0; k < (rule.days ?? 1); k++) if (first + k >= 0 && first + k < n) block.push(first + k);
      for (const i of block) {
        off.add(i);
        addReason(i, { kind: 'holiday', name: nameAt(rule), source: 'rule', citations: list(rule.citation), calendar: rule.calendar });
      }
      // Art. 111(3): each day of the block that falls on a rest day gives the next working day off,
      // looked for after the whole block is marked so that it never lands inside the block.
      if (rule.compensate === false) continue;
      for (const i of block) {
        if (!isRest(i)) continue;
        let j = i + 1;
        while (j < n && (isRest(j) || off.has(j) || chosen.get(j)?.kind === 'day-off')) j++;
        if (j >= n) continue;
        off.add(j);
        addReason(j, {
          kind: 'compensatory',
          name: { vi: `Nghỉ bù ${nameAt(rule)}`, en: `Compensatory day for ${nameAt(rule)}` },
          source: 'rule',
          citations: list(rule.citation),
          calendar: rule.calendar,
        });
      }
    }
  }
  for (const i of off) setSessions(i, []);

  // 4. Decided days override the week and the rules.
  const workdayPattern = (i: number) => weekdaySessions[i]!.length > 0 ? weekdaySessions[i]! : firstWorkdaySessions(weekOf(fromDayNumber(start + i)));
  for (const [i, d] of chosen) {
    setSessions(i, d.kind === 'day-off' ? [] : workdayPattern(i));
    addReason(i, { kind: d.reason === 'other' ? 'other' : d.reason, name: d.name, source: 'decision', status: d.status, citations: list(d.citation), calendar: d.calendar });
  }

  // 5. Working time accumulated before each day.
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let k = 0; k < count[i]!; k++) total += bounds[(i * MAX_SESSIONS + k) * 2 + 1]! - bounds[(i * MAX_SESSIONS + k) * 2]!;
    cum[i + 1] = cum[i]! + total;
  }
  const rangeStartMs = start * DAY_MS - VN_OFFSET_MS;
  const rangeEndMs = (start + n) * DAY_MS - VN_OFFSET_MS;

  const indexOf = (date: IsoDate) => {
    const i = dayNumber(date) - start;
    if (i < 0 || i >= n) throw outOfRange(date, from, to);
    return i;
  };
  const dayInfo = (i: number): DayInfo => {
    const sessions: [number, number][] = [];
    for (let k = 0; k < count[i]!; k++) sessions.push([bounds[(i * MAX_SESSIONS + k) * 2]!, bounds[(i * MAX_SESSIONS + k) * 2 + 1]!]);
    const rs = reasons.get(i) ?? [];
    const weekend: DayReason[] = sessions.length === 0 && weekdaySessions[i]!.length === 0 && !rs.some((r) => r.source === 'decision')
      ? [{ kind: 'weekend', name: WEEKEND_NAME, source: 'week', citations: [], calendar: own.id }]
      : [];
    return { date: fromDayNumber(start + i), weekday: weekdayOf(start + i), working: sessions.length > 0, sessions, reasons: [...weekend, ...rs] };
  };

  const workedBefore = (instant: number): number => {
    if (instant <= rangeStartMs) return 0;
    if (instant >= rangeEndMs) return cum[n]!;
    const local = instant + VN_OFFSET_MS;
    const day = Math.floor(local / DAY_MS);
    const i = day - start;
    const t = local - day * DAY_MS;
    let worked = cum[i]!;
    for (let k = 0; k < count[i]!; k++) {
      const s = bounds[(i * MAX_SESSIONS + k) * 2]!;
      const e = bounds[(i * MAX_SESSIONS + k) * 2 + 1]!;
      if (t <= s) break;
      worked += (t < e ? t : e) - s;
    }
    return worked;
  };

  const instantAtWork = (worked: number): number => {
    if (worked <= 0) return nextWorkingInstant(rangeStartMs);
    if (worked > cum[n]!) throw outOfRange('after ' + to, from, to);
    // First day i whose accumulated work at its end reaches `worked`.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid + 1]! >= worked) hi = mid;
      else lo = mid + 1;
    }
    let rest = worked - cum[lo]!;
    const dayStart = (start + lo) * DAY_MS - VN_OFFSET_MS;
    for (let k = 0; k < count[lo]!; k++) {
      const s = bounds[(lo * MAX_SESSIONS + k) * 2]!;
      const e = bounds[(lo * MAX_SESSIONS + k) * 2 + 1]!;
      if (rest <= e - s) return dayStart + s + rest;
      rest -= e - s;
    }
    return dayStart + bounds[(lo * MAX_SESSIONS + count[lo]! - 1) * 2 + 1]!;
  };

  const nextWorkingInstant = (instant: number): number => {
    let local = Math.max(instant, rangeStartMs) + VN_OFFSET_MS;
    let day = Math.floor(local / DAY_MS);
    for (let i = day - start; i < n; i++, day++) {
      const t = local - day * DAY_MS;
      for (let k = 0; k < count[i]!; k++) {
        const s = bounds[(i * MAX_SESSIONS + k) * 2]!;
        const e = bounds[(i * MAX_SESSIONS + k) * 2 + 1]!;
        if (t < e) return day * DAY_MS - VN_OFFSET_MS + Math.max(t, s);
      }
      local = (day + 1) * DAY_MS;
    }
    throw outOfRange('after ' + to, from, to);
  };

  const cal: WorkingCalendar = {
    id: own.id,
    from,
    to,
    hoursPerDay,
    covers: (date) => date >= from && date <= to,
    day: (date) => dayInfo(indexOf(date)),
    isWorkingDay: (date) => count[indexOf(date)]! > 0,
    workedBefore,
    instantAtWork,
    nextWorkingInstant,
    nextWorkingDayStart: (date) => nextWorkingInstant((dayNumber(addDays(date, 1)) * DAY_MS) - VN_OFFSET_MS),
    dayOf: (instant) => Math.floor((instant + VN_OFFSET_MS) / DAY_MS),
    isWorkingDayNumber: (day) => {
      const i = day - start;
      if (i < 0 || i >= n) throw outOfRange(fromDayNumber(day), from, to);
      return count[i]! > 0;
    },
    closeOfDay: (day) => {
      const i = day - start;
      if (i < 0 || i >= n) throw outOfRange(fromDayNumber(day), from, to);
      if (count[i] === 0) throw new MotcuaError('INVALID_ARGUMENT', { detail: `${fromDayNumber(day)} is not a working day` });
      return day * DAY_MS - VN_OFFSET_MS + bounds[(i * MAX_SESSIONS + count[i]! - 1) * 2 + 1]!;
    },
    addWorkingTime: (instant, ms) => (ms <= 0 ? nextWorkingInstant(instant) : instantAtWork(workedBefore(instant) + ms)),
    workingTimeBetween: (a, b) => workedBefore(b) - workedBefore(a),
    specialDays: (a, b) => {
      const out: DayInfo[] = [];
      for (let i = Math.max(0, dayNumber(a) - start); i <= Math.min(n - 1, dayNumber(b) - start); i++) {
        if (reasons.has(i) || chosen.has(i)) out.push(dayInfo(i));
      }
      return out;
    },
  };
  return cal;
}

function layers(calendars: readonly Calendar[], id: string): Calendar[] {
  const byId = new Map(calendars.map((c) => [c.id, c]));
  const chain: Calendar[] = [];
  for (let c = byId.get(id); c; c = c.extends ? byId.get(c.extends) : undefined) {
    if (chain.includes(c)) break;
    chain.unshift(c);
  }
  if (chain.length === 0) throw new MotcuaError('INVALID_ARGUMENT', { detail: `no calendar "${id}" in the pack` });
  return chain;
}

/** The week in force on a date, from the nearest layer that sets one. */
function weekResolver(chain: readonly Calendar[]): (date: IsoDate) => Week | undefined {
  const withWeek = [...chain].reverse().filter((c) => c.week !== undefined);
  const plain = withWeek.every((c) => !isHistory(c.week!));
  if (plain) {
    const week = withWeek[0]?.week as Week | undefined;
    return () => week;
  }
  return (date) => {
    for (const c of withWeek) {
      const w = valueAt(c.week!, date);
      if (w !== undefined) return w;
    }
    return undefined;
  };
}

function sessionsOf(week: Week | undefined, weekday: number): [number, number][] {
  return (week?.[WEEK_KEYS[weekday]!] ?? []).map(toMs);
}

function firstWorkdaySessions(week: Week | undefined): [number, number][] {
  for (const key of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) if (week?.[key]?.length) return week[key]!.map(toMs);
  return [];
}

function toMs([s, e]: Session): [number, number] {
  return [timeMs(s), timeMs(e)];
}

/** Milliseconds after midnight of `HH:MM`. */
export function timeMs(time: string): number {
  return (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000;
}

function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function ruleDate(rule: HolidayRule, year: number, lunar: ReadonlyMap<number, { tet: string; hungKings: string }>): IsoDate | undefined {
  if ('solar' in rule.date) return `${year}-${rule.date.solar}`;
  const entry = lunar.get(year);
  return entry ? (rule.date.lunar === 'tet' ? entry.tet : entry.hungKings) : undefined;
}

function list(c: Citations | undefined): Citation[] {
  return c === undefined ? [] : Array.isArray(c) ? c : [c];
}

function outOfRange(date: string, from: string, to: string): MotcuaError {
  return new MotcuaError('CALENDAR_OUT_OF_RANGE', { date, from, to });
}
