import { type GeneratedRecord, type Lang, createIssue, daysInMonth, generateRecords, recordsToCsv } from '@motcua/core';
import { calendarFor } from '../calendar-context.js';
import { choiceOption, dateOption, missingArgument, openPack, parse } from '../context.js';
import { CommandFailure, type Io } from '../io.js';

const USAGE = 'kpi generate --month YYYY-MM --seed S [--per-day N] [--format ndjson|csv]';
/** Records per write: a month is ~200,000 lines, and one write per line would dominate the run. */
const CHUNK = 4096;

/**
 * `motcua kpi generate`: seeded synthetic dossier records of one month of the pack's network, on
 * stdout as NDJSON (default) or CSV, ready for `motcua kpi`. See `generateRecords` for the model.
 */
export function kpiGenerateCommand(argv: readonly string[], io: Io): number {
  const { common, values } = parse(argv, { month: { type: 'string' }, seed: { type: 'string' }, 'per-day': { type: 'string' }, format: { type: 'string' } }, USAGE);
  const { lang } = common;
  if (values.month === undefined || values.seed === undefined) throw new CommandFailure([missingArgument(USAGE, lang)]);
  const month = String(values.month);
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw badValue('--month', month, 'YYYY-MM', lang);
  const seed = integerOption(values.seed, '--seed', lang, Number.MIN_SAFE_INTEGER);
  const perDay = values['per-day'] === undefined ? undefined : integerOption(values['per-day'], '--per-day', lang, 0);
  const format = choiceOption(values.format, '--format', ['ndjson', 'csv'] as const, lang) ?? 'ndjson';
  const pack = openPack(common);
  // The month's last day must be inside the pack's coverage (its first may precede it: October 2024).
  const last = dateOption(`${month}-${String(daysInMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}`, '--month', pack, lang)!;
  const calendar = calendarFor(pack, undefined, last, false, lang);
  const records = generateRecords({ organisation: pack.org, calendar, month, seed, ...(perDay !== undefined ? { perDay } : {}) });

  let chunk: GeneratedRecord[] = [];
  let first = true;
  const flush = () => {
    if (format === 'ndjson') {
      if (chunk.length > 0) io.out(chunk.map((r) => JSON.stringify(r)).join('\n'));
    } else {
      // recordsToCsv writes the header and a final newline (io.out adds its own): keep the header once.
      const text = recordsToCsv(chunk).slice(0, -1);
      io.out(first ? text : text.slice(text.indexOf('\n') + 1));
    }
    first = false;
    chunk = [];
  };
  for (const record of records) {
    chunk.push(record);
    if (chunk.length === CHUNK) flush();
  }
  if (chunk.length > 0 || first) flush();
  return 0;
}

/** An integer option of at least `min`; anything else is INPUT_BAD_VALUE. */
function integerOption(value: unknown, option: string, lang: Lang, min: number): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw badValue(option, String(value), min === 0 ? (lang === 'vi' ? 'một số nguyên không âm' : 'a whole number ≥ 0') : lang === 'vi' ? 'một số nguyên' : 'a whole number', lang);
  return n;
}

function badValue(option: string, value: string, expected: string, lang: Lang): CommandFailure {
  return new CommandFailure([createIssue('INPUT_BAD_VALUE', { option, value, expected }, { lang })]);
}
