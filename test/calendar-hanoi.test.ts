import { addDays, compileCalendar, computeDeadline, dueInstant, formatInstant, parseDuration, parseTimeInput } from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveDueInstant } from '../bench/naive-deadline.js';

const { org } = hanoiPack();
const cal = compileCalendar(org.content, 'hanoi');
const at = (text: string) => {
  const t = parseTimeInput(text);
  if (t?.kind !== 'instant') throw new Error(text);
  return t.instant;
};

/**
 * The public-sector schedules as the sources give them (calendar-and-simulation.md A2, law.md
 * §4.5), written out independently of the pack: weekdays off, and Saturdays worked.
 */
const SCHEDULE: Record<number, { off: string[]; worked: string[] }> = {
  2025: {
    off: ['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02'],
    worked: ['2025-04-26'],
  },
  2026: {
    off: ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02'],
    worked: ['2026-01-10', '2026-08-22'],
  },
};

describe('the Hanoi working-day calendar, day by day', () => {
  it.each([2025, 2026])('matches the decided public-sector schedule of %i on every day', (year) => {
    const { off, worked } = SCHEDULE[year]!;
    const wrong: string[] = [];
    let working = 0;
    for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1)) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const expected = worked.includes(date) || (weekday !== 0 && weekday !== 6 && !off.includes(date));
      if (cal.isWorkingDay(date) !== expected) wrong.push(date);
      if (expected) working++;
    }
    expect(wrong).toEqual([]);
    expect(working).toBe(250);
  });

  it('says why: a working Saturday, a compensatory Monday, the Tết blocks', () => {
    expect(cal.day('2025-04-26').reasons.at(-1)).toMatchObject({ kind: 'make-up', source: 'decision', status: 'decided' });
    expect(cal.day('2026-04-27').reasons.at(-1)?.kind).toBe('compensatory');
    expect(cal.day('2025-01-29').reasons.at(-1)).toMatchObject({ kind: 'holiday' });
    expect(cal.day('2025-01-29').reasons.at(-1)?.citations.length).toBeGreaterThan(0);
  });

  it('applies the convention at session edges on the Hanoi calendar', () => {
    const due = (from: string, d: string, cutoff?: string) => formatInstant(dueInstant(cal, at(from), parseDuration(d)!, cutoff ? { cutoff } : {}));
    expect(due('2025-05-12T12:15', '1 working-hours')).toBe('2025-05-12T14:00:00+07:00'); // lunch
    expect(due('2025-05-12T18:00', '1 working-days')).toBe('2025-05-13T17:00:00+07:00'); // after hours
    expect(due('2025-09-02T09:00', '1 working-days')).toBe('2025-09-03T17:00:00+07:00'); // on a holiday
    expect(due('2026-01-09T15:30', '1 working-days')).toBe('2026-01-10T15:30:00+07:00'); // the make-up Saturday counts
    expect(due('2026-01-09T15:30', '1 working-days', '15:00')).toBe('2026-01-10T17:00:00+07:00');
    expect(due('2026-02-13T16:30', '3 working-days', '15:00')).toBe('2026-02-25T17:00:00+07:00');
  });

  it('explains every day skipped before and after the clock starts', () => {
    const d = computeDeadline(cal, at('2026-02-13T16:30'), parseDuration('3 working-days')!, { cutoff: '15:00' });
    expect(d.skipped.map((s) => s.date)).toEqual(['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
    expect(d.skipped.filter((s) => s.kind === 'holiday')).toHaveLength(5);
  });

  it('agrees with the naive day-by-day loop on random receipts and durations', () => {
    const units = ['working-days', 'working-hours', 'calendar-days'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: at('2024-10-15T00:00'), max: at('2026-12-31T23:59') }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(...units),
        fc.constantFrom(undefined, '15:00'),
        (received, amount, unit, cutoff) => {
          const d = { amount, unit };
          return dueInstant(cal, received, d, cutoff ? { cutoff } : {}) === naiveDueInstant(cal, received, d, cutoff);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
