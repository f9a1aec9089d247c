import {
  type DossierRecord,
  type GeneratedRecord,
  aggregate,
  calendarIdFor,
  compileCalendar,
  createRecordTable,
  generateRecords,
  inForce,
  localDateOf,
  parseRecords,
} from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpiGenerateCommand } from '../packages/cli/src/commands/kpi-generate.js';
import { CommandFailure } from '../packages/cli/src/io.js';

const { org } = hanoiPack();
// As the CLI's calendarFor builds it without --unit: the calendar in force, decided days only.
const cal = compileCalendar(org.content, calendarIdFor(org.content, undefined, '2025-10-31')!);
const generate = (month: string, seed: number, perDay?: number) =>
  [...generateRecords({ organisation: org, calendar: cal, month, seed, ...(perDay !== undefined ? { perDay } : {}) })];
const percent = <T>(rows: readonly T[], f: (r: T) => boolean) => (100 * rows.filter(f).length) / rows.length;

describe('a full synthetic month on the Hanoi network (2025-10, seed 1, 8,000 a day)', () => {
  let lines: string[];
  let records: GeneratedRecord[];
  let parsed: DossierRecord[];
  beforeAll(() => {
    records = generate('2025-10', 1);
    lines = records.map((r) => JSON.stringify(r));
    const result = parseRecords(lines.join('\n'));
    expect(result.issues).toEqual([]);
    parsed = result.records;
  }, 120_000);

  it('reads back every line as a record, with unique ids', () => {
    expect(parsed).toHaveLength(lines.length);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    // 23 working days in October 2025, plus what September carries over.
    expect(records.filter((r) => r.receivedAt >= '2025-10')).toHaveLength(23 * 8000);
  });

  it('draws the channels of law.md §9 within 2 points', () => {
    const month = records.filter((r) => r.receivedAt >= '2025-10');
    expect(Math.abs(percent(month, (r) => r.channel === 'direct') - 40.05)).toBeLessThan(2);
    expect(Math.abs(percent(month, (r) => r.channel === 'online') - 59.71)).toBeLessThan(2);
    expect(Math.abs(percent(month, (r) => r.channel === 'postal') - 0.24)).toBeLessThan(2);
    expect(Math.abs(percent(month, (r) => r.digitized) - 90)).toBeLessThan(2);
    expect(Math.abs(percent(month, (r) => r.feeRequired) - 35)).toBeLessThan(3);
    expect(Math.abs(percent(month.filter((r) => r.feeRequired), (r) => r.paidOnline) - 55)).toBeLessThan(3);
  });

  it('receives on working days, inside the sessions, written in +07:00 whatever the host time zone', () => {
    const days = new Set(records.map((r) => r.receivedAt.slice(0, 10)));
    expect([...days].filter((d) => !cal.isWorkingDay(d))).toEqual([]);
    const times = new Set(records.map((r) => r.receivedAt.slice(10)));
    expect([...times].filter((t) => !/^T(0[89]|1[0-1]|1[3-6]):[0-5]\d:[0-5]\d\+07:00$/.test(t))).toEqual([]);
    expect(records.filter((r) => localDateOf(Date.parse(r.receivedAt)) !== r.receivedAt.slice(0, 10))).toEqual([]);
  });

  it('has the status mix of law.md §9 among the dossiers of the month due before asOf', () => {
    const asOf = Date.parse('2025-10-31T17:00:00+07:00');
    const due = parsed.filter((r) => r.receivedAt >= Date.parse('2025-10-01T00:00:00+07:00') && r.dueAt < asOf);
    const share = (...statuses: number[]) => percent(due, (r) => statuses.includes(r.status));
    // Resolved on or before time 99.85 % (law.md §9): few dossiers stay open past their due date.
    expect(share(9, 10)).toBeGreaterThan(97);
    expect(share(9, 10)).toBeLessThan(99.5);
    expect(share(5, 6, 8)).toBeGreaterThan(0.6);
    expect(share(5, 6, 8)).toBeLessThan(1.5);
    expect(share(3)).toBeGreaterThan(0.1);
    expect(share(3)).toBeLessThan(0.6);
    expect(share(7)).toBeGreaterThan(0.05);
    expect(share(7)).toBeLessThan(0.5);
    expect(share(2, 4)).toBeLessThan(1);
    expect(parsed.filter((r) => r.resolvedAt !== undefined && (r.resolvedAt < r.receivedAt || r.resolvedAt > asOf))).toEqual([]);
    expect(parsed.filter((r) => r.dueAt < r.receivedAt)).toEqual([]);
  });

  it('gives the KPI engine a month with carried-over dossiers, ~0.15 % late and a few re-appointments', () => {
    const { total } = aggregate(createRecordTable(parsed), { from: '2025-10-01', to: '2025-10-31' });
    expect(total.carriedOver).toBeGreaterThan(1000);
    expect(total.late).toBeGreaterThan(0);
    expect(total.late / total.resolved).toBeLessThan(0.003);
    expect(total.onTimeRate!).toBeGreaterThan(0.995);
    expect(total.revised.late).toBeLessThan(total.late);
    expect(total.onlineRate!).toBeCloseTo(0.597, 1);
  });

  it('sends commune dossiers to the commune\'s own People\'s Committee, and the rest to city agencies in force', () => {
    const kinds = new Map<string, number>();
    const wrong: GeneratedRecord[] = [];
    for (const r of records) {
      const unit = org.get('unit', r.receivingUnitId)!;
      const agency = org.get('agency', r.agencyId)!;
      const date = r.receivedAt.slice(0, 10);
      kinds.set(unit.kind, (kinds.get(unit.kind) ?? 0) + 1);
      const fits = unit.kind === 'commune-centre' ? agency.id === unit.agency : agency.level === 'city';
      if (!fits || !inForce(unit, date) || !inForce(agency, date)) wrong.push(r);
    }
    expect(wrong).toEqual([]);
    expect([...kinds.keys()].sort()).toEqual(['commune-centre', 'head-office', 'reception-point']);
    expect(kinds.get('commune-centre')! / records.length).toBeGreaterThan(0.8);
  });
});

describe('other months of the network', () => {
  it.each([
    ['2025-02', ['department-desk', 'district-desk', 'head-office', 'reception-point']], // phase 1: desks and the pilot branches
    ['2025-05', ['head-office', 'reception-point']], // phase 2: the branches' sites only
    ['2025-07', ['commune-centre', 'head-office', 'reception-point']], // June's sites carry over into July
  ])('%s receives at the units in force then, for agencies in force then', (month, expected) => {
    const records = generate(month, 5, 300);
    const units = records.map((r) => org.get('unit', r.receivingUnitId)!);
    expect([...new Set(units.map((u) => u.kind))].sort()).toEqual(expected);
    expect(records.filter((r) => !inForce(org.get('agency', r.agencyId)!, r.receivedAt.slice(0, 10)))).toEqual([]);
    expect(parseRecords(records.map((r) => JSON.stringify(r)).join('\n')).issues).toEqual([]);
  });

  it('skips the National Day holidays of September 2025', () => {
    const days = new Set(generate('2025-09', 2, 200).map((r) => r.receivedAt.slice(0, 10)));
    expect(days.has('2025-09-01') || days.has('2025-09-02')).toBe(false);
    expect(days.has('2025-09-03')).toBe(true);
  });
});

/** Runs the command with an Io that records each write. */
function capture(...argv: string[]) {
  const writes: string[] = [];
  const err: string[] = [];
  const code = kpiGenerateCommand(argv, { out: (s) => writes.push(s), err: (s) => err.push(s) });
  return { code, writes, err, text: writes.join('\n') };
}

function failure(...argv: string[]): string[] {
  try {
    capture(...argv);
  } catch (error) {
    if (error instanceof CommandFailure) return error.issues.map((i) => i.code);
    throw error;
  }
  return [];
}

describe('motcua kpi generate', () => {
  it('writes NDJSON in a few large writes, the same for the same seed', () => {
    const r = capture('--month', '2025-10', '--seed', '9', '--per-day', '400');
    expect(r.code).toBe(0);
    const parsed = parseRecords(r.text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.length).toBeGreaterThan(23 * 400);
    expect(r.writes.length).toBe(Math.ceil(parsed.records.length / 4096));
    expect(capture('--month', '2025-10', '--seed', '9', '--per-day', '400').text).toBe(r.text);
    expect(capture('--month', '2025-10', '--seed', '10', '--per-day', '400').text).not.toBe(r.text);
  });

  it('writes the same records as CSV with one header', () => {
    const argv = ['--month', '2025-10', '--seed', '9', '--per-day', '400'];
    const csv = capture(...argv, '--format', 'csv').text;
    expect(csv.split('\n').filter((l) => l.startsWith('id,'))).toHaveLength(1);
    const fromCsv = parseRecords(csv, { format: 'csv' });
    expect(fromCsv.issues).toEqual([]);
    expect(fromCsv.records).toEqual(parseRecords(capture(...argv).text).records);
  });

  it('answers bad options with input issues', () => {
    expect(failure('--month', '2025-10')).toEqual(['INPUT_MISSING_ARGUMENT']);
    expect(failure('--seed', '1')).toEqual(['INPUT_MISSING_ARGUMENT']);
    expect(failure('--month', '2025-13', '--seed', '1')).toEqual(['INPUT_BAD_VALUE']);
    expect(failure('--month', '2025-10', '--seed', 'abc')).toEqual(['INPUT_BAD_VALUE']);
    expect(failure('--month', '2025-10', '--seed', '1', '--per-day', '1.5')).toEqual(['INPUT_BAD_VALUE']);
    expect(failure('--month', '2025-10', '--seed', '1', '--format', 'xml')).toEqual(['INPUT_BAD_CHOICE']);
    expect(failure('--month', '2024-09', '--seed', '1')).toEqual(['INPUT_OUTSIDE_COVERAGE']);
    expect(failure('--month', '2025-10', '--seed', '1', '--frobnicate')).toEqual(['INPUT_UNKNOWN_OPTION']);
  });
});
