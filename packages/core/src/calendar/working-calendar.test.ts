import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseTimeInput } from '../util/dates.js';
import { computeDeadline, dueInstant, parseDuration } from './deadline.js';
import { calendarContent } from './__fixtures__/calendar-content.js';
import { calendarIdFor, compileCalendar } from './working-calendar.js';

const content = calendarContent();
const cal = compileCalendar(content, 'city');
const at = (text: string) => {
  const t = parseTimeInput(text);
  if (t?.kind !== 'instant') throw new Error(text);
  return t.instant;
};
const due = (from: string, duration: string, options = {}) => formatInstant(dueInstant(cal, at(from), parseDuration(duration)!, options));
const HOUR = 3_600_000;

describe('the compiled calendar', () => {
  it('inherits the national week and holidays, and covers the years of the lunar table', () => {
    expect(cal.from).toBe('2024-01-01');
    expect(cal.to).toBe('2027-12-31');
    expect(cal.isWorkingDay('2025-05-12')).toBe(true);
    expect(cal.isWorkingDay('2025-05-10')).toBe(false);
    expect(cal.day('2025-05-10').reasons[0]?.kind).toBe('weekend');
  });

  it('replaces the rule\'s default days by the decided ones for that occasion and year', () => {
    // Decided Tết 2025 is 27–31/1; the rule's default block would have been 28/1–1/2.
    expect(cal.isWorkingDay('2025-01-27')).toBe(false);
    expect(cal.day('2025-01-27').reasons.at(-1)).toMatchObject({ kind: 'holiday', source: 'decision', status: 'decided' });
    expect(cal.isWorkingDay('2025-02-03')).toBe(true);
    // 2026 has no decision in this fixture: the rule gives the eve and four days (16–20/2).
    expect(['2026-02-16', '2026-02-20'].map((d) => cal.isWorkingDay(d))).toEqual([false, false]);
    expect(cal.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('makes a swapped Saturday a working day and the swapped weekday a day off', () => {
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
    expect(cal.day('2025-04-26').reasons.at(-1)?.kind).toBe('make-up');
    expect(cal.isWorkingDay('2025-05-02')).toBe(false);
  });

  it('gives the next working day off when a holiday falls on a rest day (Art. 111(3))', () => {
    // Hùng Kings day 2026 is Sunday 26/4.
    expect(cal.isWorkingDay('2026-04-27')).toBe(false);
    expect(cal.day('2026-04-27').reasons[0]).toMatchObject({ kind: 'compensatory' });
    expect(cal.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('compensates every rest day of a multi-day block after the whole block', () => {
    // Tết 2027 is Saturday 6/2: the default block Fri 5/2 – Tue 9/2 has two rest days, made up on Wed 10 and Thu 11.
    const compensated = { ...content, holidays: content.holidays.map((h) => (h.id === 'tet' ? { ...h, compensate: true } : h)) };
    const c = compileCalendar(compensated, 'city');
    expect(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((d) => c.isWorkingDay(d))).toEqual([false, false, false, false, false, true]);
    expect(c.day('2027-02-10').reasons[0]?.kind).toBe('compensatory');
  });

  it('counts only decided days unless asked for proposed ones too', () => {
    expect(cal.isWorkingDay('2026-08-31')).toBe(true);
    const withProposed = compileCalendar(content, 'city', { statuses: ['decided', 'proposed'] });
    expect(withProposed.isWorkingDay('2026-08-31')).toBe(false);
    expect(withProposed.day('2026-08-31').reasons.at(-1)?.status).toBe('proposed');
  });

  it('lets an operator override a day at run time', () => {
    const overridden = compileCalendar(content, 'city', {
      overrides: [{ date: '2025-05-12', kind: 'day-off', name: 'Sự cố', calendar: 'city', reason: 'other', status: 'decided', citation: { doc: 'D', ref: 'x' } }],
    });
    expect(overridden.isWorkingDay('2025-05-12')).toBe(false);
  });

  it('layers a unit calendar that opens on Saturday mornings', () => {
    expect(calendarIdFor(content, 'desk-1')).toBe('saturday-desk');
    expect(calendarIdFor(content, 'another')).toBe('city');
    const desk = compileCalendar(content, 'saturday-desk');
    expect(desk.day('2025-05-10').sessions).toHaveLength(1);
    expect(desk.isWorkingDay('2025-01-01')).toBe(false); // holidays still apply
  });

  it('lists the special days of a year', () => {
    const days = cal.specialDays('2025-01-01', '2025-12-31').map((d) => d.date);
    expect(days).toEqual(expect.arrayContaining(['2025-01-01', '2025-01-27', '2025-04-07', '2025-04-26', '2025-04-30', '2025-05-02', '2025-09-01', '2025-09-02']));
  });
});

describe('due dates (MISSION §6 convention)', () => {
  it('counts 1 working day as 8 working hours from a receipt inside a session', () => {
    expect(due('2025-05-12T09:00', '1 working-days')).toBe('2025-05-13T09:00:00+07:00');
    expect(due('2025-05-12T09:00', '3 working-hours')).toBe('2025-05-12T12:00:00+07:00');
    expect(due('2025-05-12T09:00', '4 working-hours')).toBe('2025-05-12T14:00:00+07:00');
    expect(due('2025-05-12T09:00', '0.5 working-days')).toBe('2025-05-12T14:00:00+07:00');
  });

  it('starts the clock at the next session for a receipt during lunch, after hours or on a holiday', () => {
    expect(due('2025-05-12T12:30', '1 working-hours')).toBe('2025-05-12T14:00:00+07:00');
    expect(due('2025-05-09T17:30', '1 working-days')).toBe('2025-05-12T17:00:00+07:00');
    expect(due('2025-01-01T10:00', '1 working-hours')).toBe('2025-01-02T09:00:00+07:00');
  });

  it('ends exactly at the close of a session rather than at the start of the next one', () => {
    expect(due('2025-05-12T08:00', '1 working-days')).toBe('2025-05-12T17:00:00+07:00');
  });

  it('skips the Tết block and counts the make-up Saturday', () => {
    expect(due('2025-01-24T09:00', '1 working-days')).toBe('2025-02-03T09:00:00+07:00');
    expect(due('2025-04-25T09:00', '2 working-days')).toBe('2025-04-28T09:00:00+07:00');
  });

  it('applies a procedure\'s cut-off: after 15:00 the clock starts the next working day', () => {
    expect(due('2025-05-12T15:30', '1 working-days', { cutoff: '15:00' })).toBe('2025-05-13T17:00:00+07:00');
    expect(due('2025-05-12T14:59', '1 working-days', { cutoff: '15:00' })).toBe('2025-05-13T14:59:00+07:00');
  });

  it('ends calendar-day periods at the close of the last day, moved to the next working day', () => {
    expect(due('2025-05-12T09:00', '5 calendar-days')).toBe('2025-05-19T17:00:00+07:00'); // 17/5 is a Saturday
    expect(due('2025-05-12T09:00', '3 calendar-days')).toBe('2025-05-15T17:00:00+07:00');
  });

  it('stops the clock during pauses', () => {
    const pauses = [{ from: at('2025-05-12T10:00'), to: at('2025-05-14T10:00') }];
    expect(due('2025-05-12T09:00', '2 working-hours', { pauses })).toBe('2025-05-14T11:00:00+07:00');
  });

  it('explains the days skipped and why, in both languages', () => {
    const d = computeDeadline(cal, at('2025-01-24T09:00'), parseDuration('2 working-days')!, { lang: 'vi' });
    expect(d.dueDate).toBe('2025-02-04');
    expect(d.skipped.map((s) => s.date)).toEqual(['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02']);
    expect(d.skipped[2]).toMatchObject({ kind: 'holiday', reason: 'Tết Ất Tỵ', status: 'decided' });
    expect(d.explanation.join('\n')).toContain('Bỏ qua 2025-01-27: Tết Ất Tỵ.');
    const en = computeDeadline(cal, at('2025-04-25T09:00'), parseDuration('2 working-days')!, { lang: 'en' });
    expect(en.madeUp.map((m) => m.date)).toEqual(['2025-04-26']);
    expect(en.explanation.join('\n')).toContain('Counted 2025-04-26 as a working day: Make-up working day.');
  });

  it('reads durations in English and Vietnamese', () => {
    expect(parseDuration('3 working-days')).toEqual({ amount: 3, unit: 'working-days' });
    expect(parseDuration('8 giờ làm việc')).toEqual({ amount: 8, unit: 'working-hours' });
    expect(parseDuration('1,5 ngày làm việc')).toEqual({ amount: 1.5, unit: 'working-days' });
    expect(parseDuration('15 ngày')).toEqual({ amount: 15, unit: 'calendar-days' });
    expect(parseDuration('three days')).toBeUndefined();
    expect(parseDuration('3 fortnights')).toBeUndefined();
  });
});

describe('properties of working time', () => {
  const from = at('2024-01-01T00:00');
  const to = at('2026-06-30T00:00');
  const instant = fc.integer({ min: from, max: to });
  const amount = fc.integer({ min: 1, max: 100 * 8 * 60 }).map((m) => m * 60_000);

  it('never puts the due instant before the receipt', () => {
    fc.assert(fc.property(instant, amount, (a, x) => cal.addWorkingTime(a, x) >= a), { numRuns: 2000 });
  });

  it('adds x then y as it adds x + y', () => {
    fc.assert(fc.property(instant, amount, amount, (a, x, y) => cal.addWorkingTime(cal.addWorkingTime(a, x), y) === cal.addWorkingTime(a, x + y)), { numRuns: 2000 });
  });

  it('measures back the working time it added', () => {
    fc.assert(fc.property(instant, amount, (a, x) => cal.workingTimeBetween(a, cal.addWorkingTime(a, x)) === x), { numRuns: 2000 });
  });

  it('always lands inside a working session (or at its end)', () => {
    fc.assert(
      fc.property(instant, amount, (a, x) => {
        const d = cal.addWorkingTime(a, x);
        return cal.workingTimeBetween(d - 60_000, d) > 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps hours per day as set', () => {
    expect(cal.workingTimeBetween(at('2025-05-12T00:00'), at('2025-05-13T00:00'))).toBe(8 * HOUR);
  });
});

describe('overlapping pauses and calendar-day explanations', () => {
  it('counts overlapping pauses once', () => {
    const p = { from: at('2025-05-12T10:00'), to: at('2025-05-14T10:00') };
    const twice = { pauses: [p, p] };
    expect(due('2025-05-12T09:00', '2 working-hours', twice)).toBe(due('2025-05-12T09:00', '2 working-hours', { pauses: [p] }));
    expect(due('2025-05-12T09:00', '8 calendar-days', twice)).toBe(due('2025-05-12T09:00', '8 calendar-days', { pauses: [p] }));
    const d = computeDeadline(cal, at('2025-05-12T09:00'), parseDuration('3 working-days')!, { pauses: [p, { from: at('2025-05-13T09:00'), to: at('2025-05-15T09:00') }] });
    expect(d.workingTime).toBe(3 * 8 * HOUR);
  });

  it('explains only the days a calendar-day period was moved over', () => {
    const d = computeDeadline(cal, at('2025-05-12T09:00'), parseDuration('5 calendar-days')!);
    expect(d.skipped.map((s) => s.date)).toEqual(['2025-05-17', '2025-05-18']);
  });
});
