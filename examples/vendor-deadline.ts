/**
 * Vendor example: due dates on the Hanoi working-day calendar, from Node (docs/vendors.md,
 * docs/deadlines.md). Run it from the repository root:
 *
 *   pnpm -s tsx --conditions=@motcua/source examples/vendor-deadline.ts
 */
import {
  type CalendarDay,
  calendarIdFor,
  clockStart,
  compileCalendar,
  computeDeadline,
  dueInstant,
  formatInstant,
  isMotcuaError,
  lunarToSolar,
  parseDuration,
  parseTimeInput,
  solarToLunar,
  tetOf,
} from '@motcua/core';
import { hanoiPack } from '@motcua/rules';

/** An ISO 8601 date-time (no offset = Asia/Ho_Chi_Minh) as epoch milliseconds. */
function instant(text: string): number {
  const t = parseTimeInput(text);
  if (t?.kind !== 'instant') throw new Error(`not a date-time: ${text}`);
  return t.instant;
}

const { org } = hanoiPack();

// 1. The calendar of a unit (a unit calendar naming it, else the city's, else the national one),
//    compiled once per process and reused for every dossier.
const id = calendarIdFor(org.content, 'cn-ha-dong-chuong-my-quoc-oai', '2026-02-13')!;
const cal = compileCalendar(org.content, id);
console.log('calendar', cal.id, cal.from, cal.to, `${cal.hoursPerDay} h/day`);

// 2. The fast path: only the due instant (a few binary searches, whatever the duration).
const received = instant('2026-02-13T16:30');
const threeDays = parseDuration('3 ngày làm việc')!;
console.log('clock starts', formatInstant(clockStart(cal, received, '15:00')));
console.log('due', formatInstant(dueInstant(cal, received, threeDays, { cutoff: '15:00' })));

// 3. The same with the explanation a complaints handler needs.
const d = computeDeadline(cal, instant('2025-04-25T09:00'), parseDuration('2 working-days')!, { lang: 'en' });
console.log(d.dueDate, 'skipped', d.skipped.map((s) => `${s.date} ${s.kind}`), 'made up', d.madeUp.map((s) => `${s.date} ${s.kind}`));
for (const line of d.explanation) console.log(`  ${line}`);

// 4. A pause (supplement requested, clock stopped) moves the due instant by the working time it covers.
const pause = { from: instant('2025-05-13T10:00'), to: instant('2025-05-15T10:00') };
console.log('without pause', formatInstant(dueInstant(cal, instant('2025-05-12T09:30'), threeDays)));
console.log('with pause   ', formatInstant(dueInstant(cal, instant('2025-05-12T09:30'), threeDays, { pauses: [pause] })));

// 5. Questions about days.
console.log('2026-01-10 working?', cal.isWorkingDay('2026-01-10'), '|', cal.day('2026-04-27').reasons.map((r) => `${r.kind}/${r.source}`).join(', '));
console.log('working hours 2025-04-25 09:00 → 2025-04-28 09:00:', cal.workingTimeBetween(instant('2025-04-25T09:00'), instant('2025-04-28T09:00')) / 3_600_000);

// 6. A day the operator knows before the pack does: a run-time override (here 24/11/2026, open in R32).
const cultureDay: CalendarDay = {
  date: '2026-11-24',
  kind: 'day-off',
  name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
  calendar: id,
  reason: 'holiday',
  status: 'decided',
  citation: { doc: '28/2026/QH16', ref: 'Điều 2' },
};
const withOverride = compileCalendar(org.content, id, { overrides: [cultureDay] });
const nov = instant('2026-11-23T09:00');
console.log('24/11 as pack says', formatInstant(dueInstant(cal, nov, parseDuration('2 working-days')!)));
console.log('24/11 overridden  ', formatInstant(dueInstant(withOverride, nov, parseDuration('2 working-days')!)));

// 7. The lunar calendar, always at UTC+7 whatever the host's time zone.
console.log('Tết 2030', tetOf(2030), '| 2025-01-29 =', solarToLunar('2025-01-29'), '| 10/3/2026 =', lunarToSolar({ year: 2026, month: 3, day: 10, leap: false }));

// 8. Outside the compiled range the calendar throws (a MotcuaError with code CALENDAR_OUT_OF_RANGE).
try {
  cal.day('2101-01-01');
} catch (e) {
  if (isMotcuaError(e)) console.log(e.code, e.message);
  else throw e;
}
