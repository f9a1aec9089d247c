import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from './dates.js';

describe('day numbers', () => {
  it('match the Date arithmetic they replace, across years 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => dayNumber(fromDayNumber(day)) === day),
      { numRuns: 5000 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dayNumber('2050-01-01') - dayNumber('0050-01-01')).toBe(5 * 146_097); // five 400-year cycles
  });
});
