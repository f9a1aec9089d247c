import { dueInstant } from '../calendar/deadline.js';
import { type WorkingCalendar, calendarIdFor, compileCalendar } from '../calendar/working-calendar.js';
import { MotcuaError } from '../errors.js';
import type { Agency, Unit, UnitKind } from '../model/entities.js';
import type { Channel } from '../model/jurisdiction.js';
import type { Organisation } from '../org/organisation.js';
import { DAY_MS, VN_OFFSET_MS, daysInMonth, dayNumber, fromDayNumber } from '../util/dates.js';
import type { DossierRecord, DossierStatus } from './record.js';

/** Options of {@link generateRecords}. */
export interface GenerateRecordsOptions {
  readonly organisation: Organisation;
  /** Calendar of receipts and due dates; default: `calendarIdFor` on the month's last day, compiled with decided days only (as the CLI's `calendarFor`). */
  readonly calendar?: WorkingCalendar;
  /** `YYYY-MM`. */
  readonly month: string;
  /** Any safe integer; the same seed gives the same records. */
  readonly seed: number;
  /** Dossiers received per working day across the network (default 8,000: law.md §9). */
  readonly perDay?: number;
  /** The moment the statuses describe (epoch ms); default 17:00 on the month's last day. Nothing is received after it. */
  readonly asOf?: number;
}

/**
 * A generated record in text form (the NDJSON object of MISSION §5): a {@link DossierRecord} with its
 * instants written by `formatInstant` (ISO 8601, `+07:00`), fields in `RECORD_FIELDS` order, absent ones left out.
 */
export type GeneratedRecord = {
  readonly [K in keyof DossierRecord]: K extends 'receivedAt' | 'dueAt' | 'revisedDueAt' | 'resolvedAt' | 'returnedAt' ? string : DossierRecord[K];
};

type Scope = 'local' | 'land' | 'department';
/** A procedure: national code, processing time (working days), share of dossiers with a fee, relative volume. */
type Procedure = readonly [code: string, days: number, fee: number, weight: number, scope: Scope, agency?: string];

// Codes and times from procedures.md where it gives them; the rest (and every weight) are assumptions
// tuned so that about 35 % of dossiers carry a fee. Local ones go to the commune's (before 07/2025
// the district's) People's Committee, land ones to the land-registration office, the others to a department.
const PROCEDURES: readonly Procedure[] = [
  ['1.001193', 1, 0.05, 36, 'local'], // birth registration (fee only when late)
  ['1.000894', 3, 0, 10, 'local'], // marriage registration
  ['2.000908', 1, 0, 20, 'local'], // copy from the original register
  ['2.000635', 1, 0, 4, 'local'], // Hanoi's restructured Justice procedure (same-day rule)
  ['2.000815', 1, 1, 16, 'local'], // certified copy from the original
  ['2.000884', 1, 1, 4, 'local'], // signature certification
  ['2.001035', 2, 1, 3, 'local'], // certification of a transaction
  ['2.001019', 2, 1, 1, 'local'], // certification of a will
  ['1.013225', 15, 1, 2, 'local'], // building permit (15 days assumed)
  ['1.013978', 20, 1, 2, 'local'], // first land registration (20 days)
  ['1.013831', 8, 1, 5, 'land'], // land change registration
  ['1.012789', 3, 1, 3, 'land'], // land data
  ['1.014199', 10, 1, 2, 'department', 'so-noi-vu'], // work permit
  ['1.014200', 3, 1, 1, 'department', 'so-noi-vu'], // work permit, re-issue
  ['1.014190', 7, 0, 1, 'department', 'so-xay-dung'], // tourist boat plate
  ['1.014391', 10, 0, 1, 'department', 'so-khoa-hoc-cong-nghe'], // S&T office certificate
  ['1.004122', 20, 1, 1, 'department', 'so-nong-nghiep-moi-truong'], // well drilling (22 days, capped at 20)
  ['1.014464', 3, 0, 1, 'department', 'so-van-hoa-the-thao'], // free-sale certificate
];

/** Relative volume per receiving unit of each kind; kinds not listed (the Center, branches, portals) do not receive at a counter. */
const UNIT_WEIGHT: Partial<Record<UnitKind, number>> = { 'commune-centre': 1, 'district-desk': 1, 'department-desk': 0.5, 'reception-point': 0.5, 'head-office': 0.5 };

// Outcome shares per dossier (law.md §9). Hanoi's 3.9 % "in progress" at the time of the report is
// mostly dossiers not yet due; on-time resolution was 99.85 %, so the share left open past its due
// date is small: 0.3 % keeps indicator 2.1 near the reported ~0.99 instead of pulling it to 0.96.
const REFUSED = 0.003;
const WITHDRAWN = 0.002;
const PAUSED = 0.01;
const STALLED = 0.003; // still open long after the due date (overdue in progress)
const LATE = 0.0015; // of the resolved
const REAPPOINTED = 0.4; // of the late and stalled ones
const CHANNELS: readonly [Channel, number][] = [['direct', 0.4005], ['online', 0.5971], ['postal', 0.0024]];
/** Days before the month whose still-open (or resolved-in-month) dossiers are carried over into it. */
const LEAD_IN_DAYS = 20;
const HOUR = 3_600_000;

/** mulberry32: a small, fast PRNG, enough for synthetic data; never Math.random, so a seed replays. */
function mulberry32(seed: number): () => number {
  let a = (seed ^ Math.floor(seed / 2 ** 32) ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Weighted choice by a cumulative table. */
function chooser<T>(items: readonly T[], weight: (t: T) => number): (u: number) => T {
  const cum: number[] = [];
  let total = 0;
  for (const item of items) cum.push((total += weight(item)));
  return (u) => {
    const x = u * total;
    let [lo, hi] = [0, items.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

const pickLocal = chooser(PROCEDURES.filter((p) => p[4] === 'local'), (p) => p[3]);
const pickCity = chooser(PROCEDURES.filter((p) => p[4] !== 'local'), (p) => p[3]);
const pickLand = chooser(PROCEDURES.filter((p) => p[4] === 'land'), (p) => p[3]);
const pickDepartment = chooser(PROCEDURES.filter((p) => p[4] === 'department'), (p) => p[3]);
const pickChannel = chooser(CHANNELS, (c) => c[1]);

/**
 * Seeded synthetic dossier records for one month of the organisation's network, in text form, for
 * demos and benchmarks. Receipts fall on working days, inside working sessions, at the units that
 * receive on that day; each dossier's outcome is drawn once and read at `asOf` (a resolution after
 * it leaves the dossier in progress). Receipts of the 20 days before the month are included when
 * they are still open on its first day or close in it, so that "carried over" is not empty.
 * The distributions are documented beside their constants. Pure: no clock, no I/O.
 *
 * @throws {@link MotcuaError} `INVALID_ARGUMENT` for a bad month, seed, perDay or asOf;
 * `CALENDAR_OUT_OF_RANGE` when the calendar does not cover the month.
 */
export function generateRecords(options: GenerateRecordsOptions): IterableIterator<GeneratedRecord> {
  const { organisation: org, month, seed, perDay = 8000 } = options;
  const bad = (detail: string) => new MotcuaError('INVALID_ARGUMENT', { detail });
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw bad(`month "${month}" is not YYYY-MM`);
  if (!Number.isSafeInteger(seed)) throw bad(`seed ${seed} is not an integer`);
  if (!Number.isSafeInteger(perDay) || perDay < 0) throw bad(`perDay ${perDay} is not a count`);
  const first = dayNumber(`${month}-01`);
  const last = first + daysInMonth(Number(m[1]), Number(m[2])) - 1;
  const asOf = options.asOf ?? last * DAY_MS - VN_OFFSET_MS + 17 * HOUR;
  if (!Number.isFinite(asOf)) throw bad('asOf is not an instant');
  let cal = options.calendar;
  if (!cal) {
    const id = calendarIdFor(org.content, undefined, fromDayNumber(last));
    if (id === undefined) throw bad(`no calendar in force on ${fromDayNumber(last)}`);
    cal = compileCalendar(org.content, id);
  }
  return records(org, cal, first, last, asOf, perDay, mulberry32(seed));
}

function* records(org: Organisation, cal: WorkingCalendar, first: number, last: number, asOf: number, perDay: number, main: () => number): IterableIterator<GeneratedRecord> {
  const WD = cal.hoursPerDay * HOUR;
  const asOfDay = cal.dayOf(asOf);
  const sec = (t: number) => Math.floor(t / 1000) * 1000;
  // formatInstant's text, with the date part cached per day: a month formats about a million instants.
  const dates = new Map<number, string>();
  const two = (n: number) => (n < 10 ? '0' : '') + n;
  const iso = (t: number) => {
    const d = Math.floor((t + VN_OFFSET_MS) / DAY_MS);
    const s = Math.floor((t + VN_OFFSET_MS - d * DAY_MS) / 1000);
    if (!dates.has(d)) dates.set(d, fromDayNumber(d));
    return `${dates.get(d)}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}+07:00`;
  };
  for (let day = first - LEAD_IN_DAYS; day <= Math.min(last, asOfDay); day++) {
    const date = fromDayNumber(day);
    const info = cal.day(date);
    if (!info.working) continue;
    const plans = dayPlans(org, date);
    if (plans.length === 0) continue;
    const pickPlan = chooser(plans, (p) => p.weight);
    // Receipt times uniform over the day's working sessions, sorted so that ids follow the clock.
    const opened = info.sessions.reduce((s, [a, b]) => s + b - a, 0);
    const inSession = (offset: number) => {
      for (const [a, b] of info.sessions) {
        if (offset < b - a) return day * DAY_MS - VN_OFFSET_MS + a + offset;
        offset -= b - a;
      }
      return NaN; // not reached: offset < opened
    };
    const times = Array.from({ length: perDay }, () => inSession(Math.floor((main() * opened) / 1000) * 1000)).sort((a, b) => a - b);
    const yymmdd = date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
    for (let seq = 0; seq < perDay; seq++) {
      // Each dossier draws from its own stream, seeded once from the main one: the dossiers of a
      // seed stay the same whatever asOf is, only their statuses move.
      const rnd = mulberry32(Math.floor(main() * 2 ** 32));
      const receivedAt = times[seq]!;
      if (receivedAt > asOf) break;

      const plan = pickPlan(rnd());
      let procedure: Procedure;
      let agency: Agency;
      if (plan.own) {
        agency = plan.own;
        procedure = agency.level !== 'city' ? pickLocal(rnd()) : agency.kind.startsWith('land') ? pickLand(rnd()) : pickDepartment(rnd());
      } else if (plan.local && rnd() < 0.5) {
        agency = plan.local;
        procedure = pickLocal(rnd());
      } else {
        procedure = pickCity(rnd());
        const preferred = procedure[5] === undefined ? undefined : plan.byId.get(procedure[5]);
        const pool = procedure[4] === 'land' && plan.land.length > 0 ? plan.land : plan.departments;
        agency = preferred ?? pool[Math.floor(rnd() * pool.length)]!;
      }
      const channel = pickChannel(rnd())[0];
      const online = channel === 'online';
      const digitized = rnd() < (online ? 0.95 : 0.82); // ≈ 90 % overall
      const feeRequired = rnd() < procedure[2];
      const paidOnline = feeRequired && rnd() < (online ? 0.85 : 0.1); // ≈ 55 % of fee-bearing ones

      const start = cal.nextWorkingInstant(receivedAt);
      const dueAt = dueInstant(cal, receivedAt, { amount: procedure[1], unit: 'working-days' });
      const within = (f: number) => sec(cal.addWorkingTime(start, f * procedure[1] * WD)); // a working instant in [start, due]
      let status: DossierStatus | undefined;
      let resolvedAt: number | undefined, returnedAt: number | undefined, revisedDueAt: number | undefined;
      const u = rnd();
      if (u < REFUSED) {
        // Refused at the counter: closed the day it came, a few minutes later.
        status = 3;
        resolvedAt = Math.min(receivedAt + sec((5 + rnd() * 25) * 60_000), asOf);
      } else if (u < REFUSED + WITHDRAWN) {
        const t = within(rnd());
        if (t <= asOf) [status, resolvedAt] = [7 as const, t];
      } else if (u < REFUSED + WITHDRAWN + PAUSED) {
        const r = rnd();
        if (within(rnd() * 0.8) <= asOf) status = r < 0.6 ? 5 : r < 0.9 ? (feeRequired ? 6 : 5) : 8;
      } else if (u < REFUSED + WITHDRAWN + PAUSED + STALLED) {
        if (dueAt < asOf && rnd() < REAPPOINTED) revisedDueAt = sec(cal.addWorkingTime(dueAt, (3 + Math.floor(rnd() * 8)) * WD));
      } else {
        // Resolved: mostly early (skewed towards the start), a few on a working day after the due date.
        let t: number;
        if (rnd() < LATE) {
          const close = cal.closeOfDay(cal.dayOf(dueAt));
          t = sec(cal.addWorkingTime(close, (0.05 + rnd() * 1.95) * WD));
          if (rnd() < REAPPOINTED) revisedDueAt = rnd() < 0.7 ? cal.closeOfDay(cal.dayOf(t)) : sec(cal.addWorkingTime(cal.closeOfDay(cal.dayOf(t)), WD));
        } else t = within(0.1 + 0.9 * rnd() ** 2);
        if (t <= asOf) {
          resolvedAt = t;
          // Online results go back electronically at once; others are collected within two working days.
          const back = online ? t : sec(cal.addWorkingTime(t, rnd() * 2 * WD));
          [status, returnedAt] = back <= asOf ? [10, back] : [9, undefined];
        }
      }
      // Still open at asOf: just received (2) while less than two working hours old, else in process (4).
      status ??= cal.workingTimeBetween(receivedAt, asOf) < 2 * HOUR ? 2 : 4;
      // Before the month only what is still open on its first day, or closes in it, is carried over.
      if (day < first && resolvedAt !== undefined && cal.dayOf(resolvedAt) < first) continue;

      yield {
        id: `HN-${yymmdd}-${String(seq + 1).padStart(6, '0')}`,
        procedureCode: procedure[0],
        agencyId: agency.id,
        receivingUnitId: plan.unit.id,
        channel,
        receivedAt: iso(receivedAt),
        dueAt: iso(dueAt),
        ...(revisedDueAt !== undefined ? { revisedDueAt: iso(revisedDueAt) } : {}),
        ...(resolvedAt !== undefined ? { resolvedAt: iso(resolvedAt) } : {}),
        ...(returnedAt !== undefined ? { returnedAt: iso(returnedAt) } : {}),
        status,
        digitized,
        feeRequired,
        paidOnline,
      };
    }
  }
}

/** A receiving unit on one day: its own agency (commune centres, desks), the People's Committee of its area (a branch site in its former district, before 07/2025), and the city agencies in force. */
interface Plan {
  readonly unit: Unit;
  readonly weight: number;
  readonly own?: Agency;
  readonly local?: Agency;
  readonly land: readonly Agency[];
  readonly departments: readonly Agency[];
  readonly byId: ReadonlyMap<string, Agency>;
}

/** The units receiving on `date` with the agencies their dossiers may go to (all in force that day). */
function dayPlans(org: Organisation, date: string): Plan[] {
  const agencies = org.list('agency', date);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const land = agencies.filter((a) => a.kind.startsWith('land'));
  const departments = agencies.filter((a) => a.kind === 'department');
  const fallback = departments.length > 0 ? departments : agencies;
  const pcOf = new Map(agencies.filter((a) => a.kind === 'district-pc' || a.kind === 'commune-pc').map((a) => [a.area, a]));
  const plans: Plan[] = [];
  for (const unit of org.units({ at: date })) {
    const weight = UNIT_WEIGHT[unit.kind] ?? 0;
    // A desk whose agency merged away sends to the successor.
    const own = unit.agency === undefined ? undefined : org.currentOf('agency', unit.agency, date)[0];
    const local = unit.area === undefined ? undefined : pcOf.get(unit.area);
    // A unit with nowhere to send its dossiers does not receive.
    if (weight === 0 || (!own && !local && fallback.length === 0)) continue;
    plans.push({ unit, weight, ...(own ? { own } : {}), ...(local ? { local } : {}), land, departments: fallback, byId });
  }
  return plans;
}
