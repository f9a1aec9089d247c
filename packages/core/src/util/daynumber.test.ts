import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, VN_OFFSET_MS, dayNumber, formatInstant, fromDayNumber } from './dates.js';

// The Date arithmetic the fast functions replace, as the reference.
const viaDate = (day: number) => {
  const d = new Date(day * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
};

describe('day numbers', () => {
  it('match the Date arithmetic they replace, across years 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => {
        expect(fromDayNumber(day)).toBe(viaDate(day));
        expect(dayNumber(fromDayNumber(day))).toBe(day);
      }),
      { numRuns: 5000 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dayNumber('2050-01-01') - dayNumber('0050-01-01')).toBe(5 * 146_097); // five 400-year cycles
  });

  it('format instants as Date would, with the +07:00 offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9998, 11, 31) }), (instant) => {
        expect(formatInstant(instant)).toBe(`${new Date(instant + VN_OFFSET_MS).toISOString().slice(0, 19)}+07:00`);
      }),
      { numRuns: 5000 },
    );
  });
});
