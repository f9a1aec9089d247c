import { DAY_MS, type Duration, VN_OFFSET_MS, type WorkingCalendar, addDays, clockStart, dayNumber, localDateOf } from '@motcua/core';

/**
 * The baseline of the deadline benchmark: the same convention computed the way most systems do,
 * walking the calendar day by day from the clock start and using up each day's sessions. Cost grows
 * with the duration. Also the reference the tests compare the fast path against.
 */
export function naiveDueInstant(cal: WorkingCalendar, receivedAt: number, duration: Duration, cutoff?: string): number {
  const start = clockStart(cal, receivedAt, cutoff);
  if (duration.unit === 'calendar-days') {
    let date = addDays(localDateOf(start), Math.ceil(duration.amount));
    while (!cal.day(date).working) date = addDays(date, 1);
    const sessions = cal.day(date).sessions;
    return dayNumber(date) * DAY_MS - VN_OFFSET_MS + sessions[sessions.length - 1]![1];
  }
  let rest = Math.round(duration.amount * (duration.unit === 'working-days' ? cal.hoursPerDay : 1) * 3_600_000);
  let date = localDateOf(start);
  let from = start + VN_OFFSET_MS - dayNumber(date) * DAY_MS; // time of day the count starts
  for (;;) {
    for (const [s, e] of cal.day(date).sessions) {
      const begin = Math.max(s, from);
      if (begin >= e) continue;
      if (rest <= e - begin) return dayNumber(date) * DAY_MS - VN_OFFSET_MS + begin + rest;
      rest -= e - begin;
    }
    date = addDays(date, 1);
    from = 0;
  }
}
