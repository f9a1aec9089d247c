import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { motcua } from './helpers/run-cli.js';

// test/fixtures/kpi/august-2025.ndjson: ten dossiers whose August 2025 buckets were worked out by
// hand (see the comments of each expectation), plus two lines that must be skipped and reported.
const FILE = join(import.meta.dirname, 'fixtures/kpi/august-2025.ndjson');
const AUGUST = ['--from', '2025-08-01', '--to', '2025-08-31'];

describe('motcua kpi', () => {
  it('gives the figures of MISSION §6 with --json, and reports the skipped lines by number', () => {
    const r = motcua('kpi', FILE, ...AUGUST, '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    const body = r.json();
    expect(body.records).toEqual({ read: 10, skipped: 2 });
    expect(body.issues.map((i: { line: number; code: string }) => [i.line, i.code])).toEqual([
      [11, 'RECORD_BAD_FIELD'],
      [12, 'RECORD_BAD_JSON'],
    ]);
    expect(body.groups).toHaveLength(1);
    expect(body.total).toMatchObject({
      key: 'all',
      received: 8, // T-01…06, 08, 09 (T-07 was refused, T-10 came from July)
      receivedOnline: 2,
      receivedDirect: 6, // T-05 came by post
      carriedOver: 1,
      resolved: 5,
      early: 2,
      onTime: 1, // T-02: on the due date
      late: 2, // T-09 stays late although re-appointed
      inProgressWithinTime: 1,
      inProgressOverdue: 1, // T-04: resolved in September, due 29/08
      paused: 1,
      refused: 1,
      withdrawn: 1,
      onTimeRate: 0.6,
      digitized: 7,
      feeRequired: 2,
      paidOnline: 1,
    });
    expect(body.total.index766_2_1).toBeCloseTo(4 / 7);
    expect(body.total.revised.onTimeRate).toBeCloseTo(4 / 5);
  });

  it('groups by branch through the units of the pack, naming each group', () => {
    const body = motcua('kpi', FILE, ...AUGUST, '--by', 'branch', '--json').json();
    expect(body.groups.map((g: { key: string; received: number; resolved: number }) => [g.key, g.received, g.resolved])).toEqual([
      ['(none)', 3, 1], // the commune-level centre of Ba Đình belongs to no branch
      ['cn-tay-ho', 5, 4],
    ]);
    expect(body.groups[1].name).toMatch(/Tây Hồ|số 1/);
  });

  it('prints a readable table in Vietnamese by default, with the skipped lines on stderr', () => {
    const r = motcua('kpi', FILE, ...AUGUST, '--by', 'unit');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('đã giải quyết (trước/đúng/quá hạn)');
    expect(r.stdout).toMatch(/Tổng\s+8 \(2\/6\)\s+1\s+5 \(2\/1\/2\)/);
    expect(r.stdout).toContain('60.00%');
    expect(r.stderr).toContain(':11:');
  });

  it('scores Decision 766 from the pack, and says which indicators records cannot show', () => {
    const body = motcua('kpi', FILE, ...AUGUST, '--index', '766', '--json').json();
    const index = body.total.index;
    expect(index.total).toBe(100);
    const indicators = index.groups.flatMap((g: { indicators: unknown[] }) => g.indicators);
    const progress = indicators.find((i: { measure: string }) => i.measure === 'progress');
    expect(progress).toMatchObject({ numerator: 4, denominator: 7 });
    expect(indicators.filter((i: { unscored: string }) => i.unscored === 'not-computable').length).toBeGreaterThan(5);
    expect(index.score).toBeLessThanOrEqual(index.scoredMax);
    const text = motcua('kpi', FILE, ...AUGUST, '--index', '766', '--lang', 'en').stdout;
    expect(text).toContain('not computable from dossier records');
  });

  it('freezes a period, then records a correction as a new version with its differences', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-kpi-'));
    const snapshot = join(dir, 'august.json');
    expect(motcua('kpi', FILE, ...AUGUST, '--freeze', snapshot, '--actor', 'tổng hợp').code).toBe(0);
    const again = motcua('kpi', FILE, ...AUGUST, '--freeze', snapshot, '--actor', 'tổng hợp', '--lang', 'en');
    expect(again.stdout).toContain('have not changed; still version 1');
    // T-05 is resolved on 29/08 after all: a correction.
    const corrected = readFileSync(FILE, 'utf8').replace('"dueAt":"2025-09-05","status":4', '"dueAt":"2025-09-05","resolvedAt":"2025-08-29T10:00:00+07:00","status":9');
    const file2 = join(dir, 'corrected.ndjson');
    writeFileSync(file2, corrected);
    const r = motcua('kpi', file2, ...AUGUST, '--freeze', snapshot, '--actor', 'tổng hợp', '--reason', 'late entry', '--lang', 'en');
    expect(r.stdout).toContain('version 2');
    const stored = JSON.parse(readFileSync(snapshot, 'utf8'));
    expect(stored.versions).toHaveLength(2);
    expect(stored.versions[1].changes).toContainEqual({ key: 'all', field: 'early', from: 2, to: 3, cause: 'correction' });
  });

  it('answers bad input with a code and exit 2', () => {
    expect(motcua('kpi', FILE, '--from', '2025-08-31', '--to', '2025-08-01', '--json').json().issues[0].code).toBe('KPI_BAD_PERIOD');
    const missing = motcua('kpi', 'no-such-file.ndjson', ...AUGUST);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('INPUT_BAD_OPTION_FILE');
    expect(motcua('kpi', FILE, ...AUGUST, '--by', 'district').code).toBe(2);
    expect(motcua('kpi', FILE, ...AUGUST, '--index', '999').stderr).toContain('KPI_UNKNOWN_INDEX');
  });

  it('keeps a manual override as an audited version, shown beside the computed count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-kpi-'));
    const snapshot = join(dir, 'august.json');
    motcua('kpi', FILE, ...AUGUST, '--by', 'branch', '--freeze', snapshot, '--actor', 'Phòng Tổng hợp');
    const override = ['--key', 'cn-tay-ho', '--field', 'late', '--value', '1', '--actor', 'Giám đốc', '--reason', 'outage', '--basis', 'Công văn 45/TTPVHCC'];
    const r = motcua('kpi', 'override', snapshot, ...override, '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ version: 2, changes: [{ key: 'cn-tay-ho', field: 'late', from: 2, to: 1, cause: 'override' }], override: { actor: 'Giám đốc', legalBasis: 'Công văn 45/TTPVHCC' } });
    const shown = motcua('kpi', 'show', snapshot, '--json').json();
    const group = shown.groups.find((g: { key: string }) => g.key === 'cn-tay-ho');
    expect(group.late).toBe(1);
    expect(group.overridden).toMatchObject([{ field: 'late', computed: 2, value: 1 }]);
    expect(shown.versions.map((v: { version: number; actor: string }) => [v.version, v.actor])).toEqual([[1, 'Phòng Tổng hợp'], [2, 'Giám đốc']]);
    expect(motcua('kpi', 'show', snapshot, '--version', '1', '--json').json().groups[1].late).toBe(2);
    expect(motcua('kpi', 'show', snapshot, '--lang', 'en').stdout).toContain('Manual override: cn-tay-ho late = 1 (computed 2), by Giám đốc');
    expect(motcua('kpi', 'override', snapshot, ...override.slice(0, 6), '--actor', 'x', '--reason', 'y').code).toBe(2);
    expect(motcua('kpi', 'override', snapshot, ...override.map((a) => (a === 'cn-tay-ho' ? 'cn-nowhere' : a))).stderr).toContain('KPI_UNKNOWN_FIGURE');
  });

  it('reads an event history with --format events: the same figures as the records it folds into', () => {
    // august-2025-events.ndjson is the history of the same ten dossiers, plus an event for an
    // unknown dossier and a line that is not JSON.
    const events = motcua('kpi', join(import.meta.dirname, 'fixtures/kpi/august-2025-events.ndjson'), ...AUGUST, '--format', 'events', '--by', 'branch', '--json').json();
    const records = motcua('kpi', FILE, ...AUGUST, '--by', 'branch', '--json').json();
    expect(events.records).toEqual({ read: 10, skipped: 2 });
    expect(events.issues.map((i: { line: number; code: string }) => [i.line, i.code])).toEqual([
      [23, 'RECORD_INCONSISTENT'],
      [25, 'RECORD_BAD_JSON'],
    ]);
    expect(events.total).toEqual(records.total);
    expect(events.groups).toEqual(records.groups);
  });
});

