import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../util/dates.js';
import { periodFinder, upperBound } from './periods.js';

const odd = ['2025-02-30', '2024-02-29', '2025-13-01', '2025-00-10', '2025-1a-01', '20a5-01-01', '2025-01-3:', '2025-04-01T12:00', '2025', '', 'xxxx-xx-xx', '0000-01-01', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01', '9999-12-31'];

describe('periodFinder', () => {
  it('finds the period of every date as dayNumber and a binary search do, odd strings included', () => {
    for (const starts of [
      ['2024-10-15', '2024-12-01', '2025-03-31', '2025-04-01', '2025-07-01', '2025-12-01'],
      ['2025-01-01'],
      [],
      ['1900-01-01', '2200-01-01'], // too long a span for the tables
      ['0000-03-01', '0001-01-01'],
    ].map((dates) => dates.map(dayNumber))) {
      const periodOf = periodFinder(starts);
      const dates = [...odd, ...Array.from({ length: 5 * 366 }, (_, i) => fromDayNumber(dayNumber('2023-06-01') + i))];
      for (const date of dates) expect(periodOf(date), `${date} in [${starts}]`).toBe(upperBound(starts, dayNumber(date)));
    }
  });
});
