import { COUNTERS, FLAG_DIGITIZED, FLAG_FEE_REQUIRED, FLAG_PAID_ONLINE, NEVER, type RecordTable, aggregate, countsOf, periodDays } from '@motcua/core';
import Database from 'better-sqlite3';
import type { Benchmark } from './harness.js';
import { medianMs } from './harness.js';

const FROM = '2026-03-01';
const TO = '2026-03-31';

/**
 * The same counters as `addRecord` (packages/core/src/kpi/buckets.ts) for the period [@from, @to],
 * one column per counter slot, in the order of {@link COUNTERS}. The WHERE clause is addRecord's first
 * return (received after the period or closed before it); `counted` is every status but 1 (awaiting
 * receipt) and 3 (refused), which addRecord counts apart and returns; a withdrawal (7) closed in the
 * period is counted as withdrawn and returns; a dossier still open at the end of the period is paused
 * (5, 6, 8) or in progress (any other status, a withdrawal closed after the period included).
 */
const SQL = (() => {
  const counted = 'status NOT IN (1, 3)';
  const inPeriod = `${counted} AND received >= @from`;
  const resolved = 'status NOT IN (1, 3, 7) AND closed <= @to';
  const open = 'status NOT IN (1, 3, 5, 6, 8) AND closed > @to';
  const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const columns: [string, string][] = [
    ['received', count(inPeriod)],
    ['receivedOnline', count(`${inPeriod} AND online = 1`)],
    ['receivedDirect', count(`${inPeriod} AND online <> 1`)],
    ['carriedOver', count(`${counted} AND received < @from`)],
    ['resolved', count(resolved)],
    ['early', count(`${resolved} AND closed < due`)],
    ['onTime', count(`${resolved} AND closed = due`)],
    ['late', count(`${resolved} AND closed > due`)],
    ['inProgressWithinTime', count(`${open} AND due >= @to`)],
    ['inProgressOverdue', count(`${open} AND due < @to`)],
    ['paused', count('status IN (5, 6, 8) AND closed > @to')],
    ['refused', count('status = 3 AND closed <= @to')],
    ['withdrawn', count('status = 7 AND closed <= @to')],
    ['awaitingReceipt', count('status = 1')],
    ['revisedEarly', count(`${resolved} AND closed < revised`)],
    ['revisedOnTime', count(`${resolved} AND closed = revised`)],
    ['revisedLate', count(`${resolved} AND closed > revised`)],
    ['revisedInProgressWithinTime', count(`${open} AND revised >= @to`)],
    ['revisedInProgressOverdue', count(`${open} AND revised < @to`)],
    ['digitized', count(`${inPeriod} AND (flags & ${FLAG_DIGITIZED}) <> 0`)],
    ['feeRequired', count(`${inPeriod} AND (flags & ${FLAG_FEE_REQUIRED}) <> 0`)],
    ['paidOnline', count(`${inPeriod} AND (flags & ${FLAG_FEE_REQUIRED | FLAG_PAID_ONLINE}) = ${FLAG_FEE_REQUIRED | FLAG_PAID_ONLINE}`)],
    ['resolutionDays', `SUM(CASE WHEN ${resolved} THEN closed - received ELSE 0 END)`],
  ];
  if (columns.map(([name]) => name).join() !== COUNTERS.join()) throw new Error('SQL columns and counters out of order');
  return `SELECT unit, ${columns.map(([name, expr]) => `${expr} AS ${name}`).join(', ')}
    FROM records WHERE received <= @to AND closed >= @from GROUP BY unit`;
})();

/**
 * `n` deterministic dossier records laid out directly as a RecordTable (no record objects), for a
 * one-month period `from`..`to` (local day numbers): receipts spread from two months before the
 * period to two weeks after it, durations of 1–30 days; 96 % resolved (status 9 or 10), 85 % of
 * those before the due day, 7 % on it and 8 % late (a third of the late ones re-appointed, and some
 * of the open ones); 1 % paused (5, 6, 8), 0.6 % refused (3), 0.6 % withdrawn (7), 0.2 % awaiting
 * receipt (1), the rest received or in process (2, 4); 60 % online; flags digitised 70 %, fee 30 %
 * (paid online for 55 % of those, and a few without a fee). Units (300), agencies (40) and
 * procedures (200) are dictionary columns with skewed sizes.
 */
export function kpiTable(n: number, from: number, to: number, seed: number): RecordTable {
  let s = seed >>> 0;
  // mulberry32
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const received = new Int32Array(n);
  const due = new Int32Array(n);
  const revised = new Int32Array(n);
  const closed = new Int32Array(n);
  const status = new Uint8Array(n);
  const online = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const unit = new Int32Array(n);
  const agency = new Int32Array(n);
  const procedure = new Int32Array(n);
  const first = from - 60;
  const span = to + 15 - first + 1;
  for (let i = 0; i < n; i++) {
    const r = first + Math.floor(random() * span);
    const d = r + 1 + Math.floor(random() * 30);
    let v = d;
    let c = NEVER;
    let st: number;
    const kind = random();
    if (kind < 0.96) {
      st = random() < 0.3 ? 9 : 10;
      const t = random();
      if (t < 0.85) c = r + Math.floor(random() * (d - r));
      else if (t < 0.92) c = d;
      else {
        c = d + 1 + Math.floor(random() * 10);
        if (random() < 0.33) v = d + 1 + Math.floor(random() * 12);
      }
    } else if (kind < 0.97) st = [5, 6, 8][Math.floor(random() * 3)]!;
    else if (kind < 0.976) {
      st = 3;
      c = r + Math.floor(random() * 3);
    } else if (kind < 0.982) {
      st = 7;
      c = r + Math.floor(random() * 5);
    } else if (kind < 0.984) st = 1;
    else {
      st = random() < 0.3 ? 2 : 4;
      if (random() < 0.2) v = d + 1 + Math.floor(random() * 10);
    }
    received[i] = r;
    due[i] = d;
    revised[i] = v;
    closed[i] = c;
    status[i] = st;
    online[i] = random() < 0.6 ? 1 : 0;
    const fee = random() < 0.3;
    flags[i] = (random() < 0.7 ? FLAG_DIGITIZED : 0) | (fee ? FLAG_FEE_REQUIRED : 0) | ((fee ? random() < 0.55 : random() < 0.02) ? FLAG_PAID_ONLINE : 0);
    // Skewed sizes: a few large centres, many small ones.
    unit[i] = Math.floor(random() ** 2 * 300);
    agency[i] = Math.floor(random() ** 2 * 40);
    procedure[i] = Math.floor(random() ** 3 * 200);
  }
  const names = (prefix: string, count: number) => Array.from({ length: count }, (_, k) => `${prefix}-${String(k + 1).padStart(3, '0')}`);
  return {
    length: n,
    received,
    due,
    revised,
    closed,
    status,
    online,
    flags,
    unit: { codes: unit, values: names('unit', 300) },
    agency: { codes: agency, values: names('agency', 40) },
    procedure: { codes: procedure, values: names('procedure', 200) },
  };
}

/** Median of the wall-clock durations (ms) of `samples` runs of `fn`, after `warmup` runs, keeping the last result. */
function timed<T>(fn: () => T, samples: number, warmup: number): { ms: number; result: T } {
  let result: T | undefined;
  const ms = medianMs(() => {
    result = fn();
  }, samples, warmup);
  return { ms, result: result! };
}

/**
 * Records aggregated per second: `aggregate(table, { from, to, by: 'unit' })` over 10,000,000
 * dossier records for one month (target: 10M in ≤ 3 s on one core), beside the same counters
 * computed by one SQL query in SQLite (better-sqlite3, in memory, integer columns, no index) over the
 * same rows. Both answers are checked equal, group by group and counter by counter, before any figure
 * is reported.
 */
export const kpi: Benchmark = {
  name: 'kpi',
  description: 'dossier records aggregated per second (columnar aggregate vs one SQL query in SQLite, same rows)',
  run() {
    const n = 10_000_000;
    const period = periodDays(FROM, TO);
    const table = kpiTable(n, period.from, period.to, 42);
    const query = { from: FROM, to: TO, by: 'unit' } as const;

    const ours = timed(() => aggregate(table, query), 7, 2);

    // SQLite: the same rows as integer columns (the dictionary codes for unit, agency, procedure).
    const db = new Database(':memory:');
    db.pragma('journal_mode = OFF');
    db.pragma('temp_store = MEMORY');
    db.exec('CREATE TABLE records (received INTEGER, due INTEGER, revised INTEGER, closed INTEGER, status INTEGER, online INTEGER, flags INTEGER, unit INTEGER, agency INTEGER, procedure INTEGER)');
    const loadStart = process.hrtime.bigint();
    const insert = db.prepare('INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const { received, due, revised, closed, status, online, flags } = table;
    const [unit, agency, procedure] = [table.unit.codes, table.agency.codes, table.procedure.codes];
    db.transaction(() => {
      for (let i = 0; i < n; i++) insert.run(received[i], due[i], revised[i], closed[i], status[i], online[i], flags[i], unit[i], agency[i], procedure[i]);
    })();
    const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

    const select = db.prepare(SQL).raw(true);
    const params = { from: period.from, to: period.to };
    const sqlite = timed(() => select.all(params) as number[][], 3, 1);
    const version = (db.prepare('SELECT sqlite_version()').pluck().get() as string) ?? '?';
    db.close();

    // Same answers: every group with anything in the period, every counter.
    const report = ours.result;
    const expected = new Map(report.groups.map((g) => [g.key, g]));
    const rows = sqlite.result.filter((row) => row.slice(1).some((x) => x !== 0));
    if (rows.length !== report.groups.length) throw new Error(`SQLite has ${rows.length} groups, aggregate() ${report.groups.length}`);
    for (const row of rows) {
      const key = table.unit.values[row[0]!]!;
      const g = expected.get(key);
      if (!g) throw new Error(`SQLite has group ${key}, aggregate() does not`);
      const counts = countsOf(g);
      COUNTERS.forEach((name, k) => {
        if (row[k + 1] !== counts[name]) throw new Error(`${key}.${name}: SQLite ${row[k + 1]}, aggregate() ${counts[name]}`);
      });
    }
    if (report.total.received + report.total.carriedOver === 0) throw new Error('nothing in the period');

    const s = (ms: number) => (ms / 1000).toFixed(2);
    const perSecond = (ms: number) => Math.round((n / ms) * 1000);
    return {
      value: perSecond(ours.ms),
      unit: 'records/s',
      baseline: `SQLite ${version} (better-sqlite3, in memory, one GROUP BY query, same rows)`,
      baselineValue: perSecond(sqlite.ms),
      ratio: Math.round((sqlite.ms / ours.ms) * 10) / 10,
      note: `${n.toLocaleString('en')} records, one month by unit (${report.groups.length} groups): ${s(ours.ms)} s (target ≤ 3 s); SQLite query ${s(sqlite.ms)} s, load ${s(loadMs)} s (not timed); identical counters checked (${report.groups.length} groups × ${COUNTERS.length})`,
    };
  },
};
