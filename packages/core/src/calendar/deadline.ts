import type { Lang } from '../codes.js';
import type { Citation } from '../model/common.js';
import { DAY_MS, type IsoDate, VN_OFFSET_MS, addDays, formatInstant, localDateOf } from '../util/dates.js';
import { type DayReason, type WorkingCalendar, timeMs } from './working-calendar.js';

/** Units a processing time is given in. */
export type DurationUnit = 'working-days' | 'working-hours' | 'calendar-days';

/** A processing time: `3 working-days`, `8 working-hours`, `15 calendar-days` (fractions allowed: `0.5 working-days`). */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const UNIT_WORDS: Record<string, DurationUnit> = {
  'working-days': 'working-days',
  'working-day': 'working-days',
  'ngay-lam-viec': 'working-days',
  'working-hours': 'working-hours',
  'working-hour': 'working-hours',
  'gio-lam-viec': 'working-hours',
  'calendar-days': 'calendar-days',
  'calendar-day': 'calendar-days',
  ngay: 'calendar-days',
};

/** Reads `"N unit"` (English or Vietnamese unit words, e.g. `3 ngày làm việc`); `undefined` when it is not one. */
export function parseDuration(text: string): Duration | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s+(.+?)\s*$/.exec(text);
  if (!m) return undefined;
  const key = m[2]!
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const unit = UNIT_WORDS[key];
  const amount = Number(m[1]!.replace(',', '.'));
  return unit && Number.isFinite(amount) && amount >= 0 ? { amount, unit } : undefined;
}

/** An interval during which the clock is stopped (a supplement or financial obligation pending). */
export interface Pause {
  readonly from: number;
  readonly to: number;
}

/** Options of {@link computeDeadline}. */
export interface DeadlineOptions {
  /** Receipts after this time of day (e.g. `15:00`) start the clock on the next working day. */
  readonly cutoff?: string;
  /** Intervals when the clock is stopped. */
  readonly pauses?: readonly Pause[];
}

/** A day the deadline skipped, and why. */
export interface SkippedDay {
  readonly date: IsoDate;
  readonly kind: DayReason['kind'];
  readonly reason: string;
  readonly status?: DayReason['status'];
  readonly citations: readonly Citation[];
}

/** A due date with its explanation. */
export interface Deadline {
  readonly receivedAt: number;
  /** When the clock started: the receipt, or the next working session after it. */
  readonly start: number;
  readonly due: number;
  readonly dueDate: IsoDate;
  readonly duration: Duration;
  /** Working time counted (ms) between start and due, pauses excluded. */
  readonly workingTime: number;
  readonly skipped: readonly SkippedDay[];
  /** Make-up working days the count went through (Saturdays worked in exchange for a day off). */
  readonly madeUp: readonly SkippedDay[];
  readonly explanation: readonly string[];
}

/**
 * When the clock starts for a receipt: at the receipt if it is inside a working session (and not
 * after the cut-off), otherwise at the start of the next session (MISSION §6; Decree 61/2018
 * Art. 19 and Decree 118/2025 Art. 18 for the 15:00 rule when a procedure carries it).
 */
export function clockStart(cal: WorkingCalendar, receivedAt: number, cutoff?: string): number {
  if (cutoff !== undefined) {
    const day = cal.dayOf(receivedAt);
    if (cal.isWorkingDayNumber(day) && receivedAt + VN_OFFSET_MS - day * DAY_MS >= timeMs(cutoff)) {
      return cal.nextWorkingInstant((day + 1) * DAY_MS - VN_OFFSET_MS);
    }
  }
  return cal.nextWorkingInstant(receivedAt);
}

/**
 * The due instant of a processing time, without the explanation (the fast path): working days
 * and hours are working time added from the clock start, skipping pauses; calendar days end at the
 * close of the Nth day after the clock start's date, moved to the next working day when that day is
 * not one. Cost is independent of the duration: a few binary searches over the compiled calendar.
 */
export function dueInstant(cal: WorkingCalendar, receivedAt: number, duration: Duration, options: DeadlineOptions = {}): number {
  const start = clockStart(cal, receivedAt, options.cutoff);
  const pauses = options.pauses && options.pauses.length > 1 ? mergePauses(options.pauses) : options.pauses;
  if (duration.unit === 'calendar-days') return calendarDaysDue(cal, start, duration.amount, pauses);
  const perUnit = duration.unit === 'working-days' ? cal.hoursPerDay * 3_600_000 : 3_600_000;
  return addSkippingPauses(cal, start, Math.round(duration.amount * perUnit), pauses);
}

/** Pauses sorted, with overlapping ones joined, so that no stretch of time is counted twice. */
export function mergePauses(pauses: readonly Pause[]): Pause[] {
  const out: Pause[] = [];
  for (const p of [...pauses].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to) out[out.length - 1] = { from: last.from, to: Math.max(last.to, p.to) };
    else out.push({ ...p });
  }
  return out;
}

/** Adds working time from `start`, not counting the working time inside pauses. */
function addSkippingPauses(cal: WorkingCalendar, start: number, ms: number, pauses: readonly Pause[] = []): number {
  if (pauses.length === 0) return cal.addWorkingTime(start, ms);
  let at = start;
  let rest = ms;
  for (const p of [...pauses].sort((a, b) => a.from - b.from)) {
    if (p.to <= at) continue;
    if (p.from > at) {
      const available = cal.workingTimeBetween(at, p.from);
      if (available >= rest) break;
      rest -= available;
    }
    at = Math.max(at, p.to);
  }
  return cal.addWorkingTime(at, rest);
}

function calendarDaysDue(cal: WorkingCalendar, start: number, days: number, pauses: readonly Pause[] = []): number {
  // A pause lengthens a calendar-day period by the calendar days it covers.
  let paused = 0;
  for (const p of pauses) paused += Math.max(0, Math.ceil((p.to - Math.max(p.from, start)) / DAY_MS));
  let day = cal.dayOf(start) + Math.ceil(days) + paused;
  while (!cal.isWorkingDayNumber(day)) day++;
  return cal.closeOfDay(day);
}

/**
 * The due date of a processing time with its explanation: the days skipped and why (weekly rest
 * days, holidays, compensatory and swapped days, with their sources), the make-up days counted,
 * the clock start and the pauses, in Vietnamese or English.
 */
export function computeDeadline(cal: WorkingCalendar, receivedAt: number, duration: Duration, options: DeadlineOptions & { lang?: Lang } = {}): Deadline {
  const lang = options.lang ?? 'en';
  const start = clockStart(cal, receivedAt, options.cutoff);
  const due = dueInstant(cal, receivedAt, duration, options);
  const pauses = mergePauses(options.pauses ?? []);
  const paused = pauses.reduce((sum, p) => sum + Math.max(0, cal.workingTimeBetween(Math.max(p.from, start), Math.min(p.to, due))), 0);
  const skipped: SkippedDay[] = [];
  const madeUp: SkippedDay[] = [];
  // From the receipt's date, so that days skipped before the clock started are explained too. A
  // calendar-day period counts every day up to its nominal end: only the days it was then moved
  // over are skipped.
  const first = duration.unit === 'calendar-days' ? addDays(localDateOf(start), Math.ceil(duration.amount)) : localDateOf(receivedAt);
  for (let date = first; date <= localDateOf(due); date = addDays(date, 1)) {
    const info = cal.day(date);
    const reasons = info.reasons;
    if (reasons.length === 0) continue;
    const main = reasons[reasons.length - 1]!;
    const entry: SkippedDay = {
      date,
      kind: main.kind,
      reason: reasons.map((r) => describe(r, lang)).join('; '),
      ...(main.status ? { status: main.status } : {}),
      citations: reasons.flatMap((r) => r.citations),
    };
    if (info.working) madeUp.push(entry);
    else skipped.push(entry);
  }
  const explanation = explain({ cal, receivedAt, start, due, duration, options, skipped, madeUp, paused, lang });
  return { receivedAt, start, due, dueDate: localDateOf(due), duration, workingTime: cal.workingTimeBetween(start, due) - paused, skipped, madeUp, explanation };
}

function describe(r: DayReason, lang: Lang): string {
  const name = typeof r.name === 'string' ? r.name : r.name[lang];
  const status = r.status && r.status !== 'decided' ? (lang === 'vi' ? ` (${r.status === 'proposed' ? 'mới đề xuất' : 'nguồn mâu thuẫn'})` : ` (${r.status})`) : '';
  return `${name}${status}`;
}

const UNIT_TEXT: Record<DurationUnit, Record<Lang, string>> = {
  'working-days': { vi: 'ngày làm việc', en: 'working days' },
  'working-hours': { vi: 'giờ làm việc', en: 'working hours' },
  'calendar-days': { vi: 'ngày', en: 'calendar days' },
};

function explain(x: {
  cal: WorkingCalendar;
  receivedAt: number;
  start: number;
  due: number;
  duration: Duration;
  options: DeadlineOptions;
  skipped: readonly SkippedDay[];
  madeUp: readonly SkippedDay[];
  paused: number;
  lang: Lang;
}): string[] {
  const { lang } = x;
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const lines: string[] = [];
  const enUnit = x.duration.amount === 1 ? UNIT_TEXT[x.duration.unit].en.replace(/s$/, '') : UNIT_TEXT[x.duration.unit].en;
  lines.push(t(`Tiếp nhận lúc ${formatInstant(x.receivedAt)}; thời hạn ${x.duration.amount} ${UNIT_TEXT[x.duration.unit].vi}, theo lịch "${x.cal.id}".`, `Received at ${formatInstant(x.receivedAt)}; processing time ${x.duration.amount} ${enUnit}, on calendar "${x.cal.id}".`));
  if (x.start !== x.receivedAt) {
    const afterCutoff = x.options.cutoff !== undefined && x.cal.isWorkingDay(localDateOf(x.receivedAt)) && x.cal.nextWorkingInstant(x.receivedAt) !== x.start;
    lines.push(
      afterCutoff
        ? t(`Nhận sau ${x.options.cutoff} nên thời hạn tính từ đầu ngày làm việc tiếp theo: ${formatInstant(x.start)}.`, `Received after the ${x.options.cutoff} cut-off, so the clock starts at the next working day: ${formatInstant(x.start)}.`)
        : t(`Nhận ngoài giờ làm việc nên thời hạn tính từ đầu buổi làm việc tiếp theo: ${formatInstant(x.start)}.`, `Received outside working hours, so the clock starts at the next working session: ${formatInstant(x.start)}.`),
    );
  }
  if (x.duration.unit !== 'calendar-days') {
    lines.push(t(`1 ngày làm việc = ${x.cal.hoursPerDay} giờ làm việc; thời hạn hết khi đủ thời gian làm việc.`, `1 working day = ${x.cal.hoursPerDay} working hours; the time runs out when the working time is used up.`));
  } else {
    lines.push(t('Thời hạn tính theo ngày: hết vào cuối giờ làm việc của ngày cuối cùng; nếu ngày đó là ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.', 'Calendar days: the period ends at the close of its last day; a last day that is not a working day moves to the next working day.'));
  }
  const days = [...x.skipped.map((s) => ({ s, counted: false })), ...x.madeUp.map((s) => ({ s, counted: true }))].sort((p, q) => p.s.date.localeCompare(q.s.date));
  for (const { s, counted } of days) {
    lines.push(counted ? t(`Tính ${s.date} là ngày làm việc: ${s.reason}.`, `Counted ${s.date} as a working day: ${s.reason}.`) : t(`Bỏ qua ${s.date}: ${s.reason}.`, `Skipped ${s.date}: ${s.reason}.`));
  }
  for (const p of x.options.pauses ?? []) lines.push(t(`Tạm dừng tính thời hạn từ ${formatInstant(p.from)} đến ${formatInstant(p.to)}.`, `Clock stopped from ${formatInstant(p.from)} to ${formatInstant(p.to)}.`));
  lines.push(t(`Hạn giải quyết: ${formatInstant(x.due)}.`, `Due: ${formatInstant(x.due)}.`));
  return lines;
}
