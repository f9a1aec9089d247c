/**
 * Generates packs/hanoi/calendar/lunar-years.yaml: the Gregorian dates of Tết (1/1 âm lịch) and of
 * Hùng Kings day (10/3 âm lịch) for the lunar years 2000–2100, computed with Hồ Ngọc Đức's method at
 * UTC+7 by @motcua/core's calendar/lunar.ts. Run it from the repository root after changing that
 * module, then review the diff (`pnpm pack:compile` afterwards refreshes the compiled pack):
 *
 *   pnpm -s tsx --conditions=@motcua/source packages/rules/scripts/generate-lunar-table.ts
 *
 * packages/core/src/calendar/lunar.test.ts fails while the file differs from what the functions give.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hungKingsOf, tetOf } from '../../core/src/calendar/lunar.js';

/** First and last lunar year of the table. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The text of lunar-years.yaml. */
function lunarTableYaml(): string {
  const header = [
    '# Generated file: do not edit by hand. It is written by packages/rules/scripts/generate-lunar-table.ts;',
    '# regenerate it from the repository root with',
    '#   pnpm -s tsx --conditions=@motcua/source packages/rules/scripts/generate-lunar-table.ts',
    '#',
    `# The Gregorian dates of Tết Nguyên đán (1/1 âm lịch) and of Giỗ Tổ Hùng Vương (10/3 âm lịch) of each`,
    `# lunar year ${FIRST_YEAR}–${LAST_YEAR}, read by the holiday rules {lunar: tet} and {lunar: hung-kings}.`,
    '# Method: Hồ Ngọc Đức\'s rules for the Vietnamese lunar calendar (month 11 contains the winter solstice;',
    '# in a 13-month year the first month without a major solar term is the leap month) with new moons and',
    '# the sun\'s longitude after Meeus, at the fixed time zone UTC+7 (Vietnam\'s calendar differs from the',
    '# Chinese UTC+8 one in some years: Tết 2007 and 2030 are a day earlier). Source: @motcua/core',
    '# src/calendar/lunar.ts.',
    '# Checks: packages/core/src/calendar/lunar.test.ts pins officially known dates, requires this file to',
    '# equal what the functions compute, and cross-checks every year against the date-holidays package',
    '# (which is a day early for Hùng Kings day in 2050 and 2083).',
    '',
    'lunarYears:',
  ];
  const rows: string[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    rows.push(`  - {year: ${year}, tet: ${tetOf(year)}, hungKings: ${hungKingsOf(year)}}`);
  }
  return `${[...header, ...rows].join('\n')}\n`;
}

const path = fileURLToPath(new URL('../packs/hanoi/calendar/lunar-years.yaml', import.meta.url));
writeFileSync(path, lunarTableYaml());
console.log(`wrote ${path}`);
