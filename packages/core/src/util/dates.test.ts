import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, formatInstant, fromDayNumber, isIsoDate, localDateOf, parseTimeInput } from './dates.js';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
  });

  it('counts days and adds them across months and years', () => {
    expect(fromDayNumber(dayNumber('2025-07-01'))).toBe('2025-07-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('reads a date-time without offset as +07:00, whatever the host time zone', () => {
    const t = parseTimeInput('2025-07-01T06:30');
    expect(t).toEqual({ kind: 'instant', instant: Date.parse('2025-06-30T23:30:00Z'), date: '2025-07-01' });
    expect(formatInstant(t!.kind === 'instant' ? t!.instant : 0)).toBe('2025-07-01T06:30:00+07:00');
  });

  it('honours an explicit offset and gives the local date of the instant', () => {
    const t = parseTimeInput('2025-06-30T20:00:00Z');
    expect(t?.date).toBe('2025-07-01');
    expect(localDateOf(Date.parse('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(localDateOf(Date.parse('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });

  it('keeps a bare date a date and rejects nonsense', () => {
    expect(parseTimeInput('2025-05-12')).toEqual({ kind: 'date', date: '2025-05-12' });
    for (const bad of ['2025-05-32', 'tomorrow', '2025-05-12T25:00', '2025-05-12Z', '12/05/2025', '']) {
      expect(parseTimeInput(bad), bad).toBeUndefined();
    }
  });
});
