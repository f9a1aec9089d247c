import { MotcuaError } from '../errors.js';
import { type IsoDate, dayNumber, isIsoDate } from '../util/dates.js';
import { WIDTH, addRecord } from './buckets.js';
import { ALL_KEY, type KpiFigures, type KpiGrouping, NO_BRANCH_KEY, addCounters, figuresOf } from './figures.js';
import type { RecordTable } from './table.js';

/** A reporting period and how to group it. */
export interface KpiQuery {
  /** First day of the period (inclusive, Asia/Ho_Chi_Minh). */
  readonly from: IsoDate;
  /** Last day of the period (inclusive). */
  readonly to: IsoDate;
  readonly by?: KpiGrouping;
  /** The branch a receiving unit belongs to (`by: 'branch'`); see `branchResolver` in the organisation. */
  readonly branchOf?: ((unitId: string) => string | undefined) | undefined;
}

/** The figures of a period: one entry per group (sorted by key) and the total. */
export interface KpiReport {
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly by: KpiGrouping;
  readonly groups: readonly KpiFigures[];
  readonly total: KpiFigures;
}

/** The period as inclusive local day numbers; throws `KPI_BAD_PERIOD` for dates that are not a period. */
export function periodDays(from: IsoDate, to: IsoDate): { from: number; to: number } {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) throw new MotcuaError('KPI_BAD_PERIOD', { from, to });
  return { from: dayNumber(from), to: dayNumber(to) };
}

/** The key of a record's group from its unit, agency and procedure. */
export function groupKey(by: KpiGrouping, unitId: string, agencyId: string, procedureCode: string, branchOf?: (unitId: string) => string | undefined): string {
  switch (by) {
    case 'none':
      return ALL_KEY;
    case 'unit':
      return unitId;
    case 'agency':
      return agencyId;
    case 'procedure':
      return procedureCode;
    case 'branch':
      return branchOf?.(unitId) ?? NO_BRANCH_KEY;
  }
}

/**
 * Aggregates a record table over one period (MISSION §6): one pass over the columns, adding each
 * record into the counters of its group. Pure; the table is not changed.
 */
export function aggregate(table: RecordTable, query: KpiQuery): KpiReport {
  const by = query.by ?? 'none';
  const { from, to } = periodDays(query.from, query.to);

  // Each dictionary code of the grouping column maps to a slot; several codes may share one
  // (units of one branch).
  const column = by === 'agency' ? table.agency : by === 'procedure' ? table.procedure : table.unit;
  const keys: string[] = [];
  const slotOfKey = new Map<string, number>();
  const slotOfCode = new Int32Array(column.values.length);
  column.values.forEach((value, code) => {
    const key = groupKey(by, value, value, value, query.branchOf);
    let slot = slotOfKey.get(key);
    if (slot === undefined) {
      slot = keys.length;
      keys.push(key);
      slotOfKey.set(key, slot);
    }
    slotOfCode[code] = slot;
  });

  const counters = new Float64Array(Math.max(keys.length, 1) * WIDTH);
  const { received, due, revised, closed, status, online, flags } = table;
  const codes = column.codes;
  for (let i = 0; i < table.length; i++) {
    addRecord(counters, slotOfCode[codes[i]!]! * WIDTH, received[i]!, due[i]!, revised[i]!, closed[i]!, status[i]!, online[i] === 1, flags[i]!, from, to, 1);
  }
  return reportOf(query, by, keys, counters);
}

/** Builds the report from counter blocks, one per key; groups with nothing in the period are left out. */
export function reportOf(query: KpiQuery, by: KpiGrouping, keys: readonly string[], counters: Float64Array): KpiReport {
  const total = new Float64Array(WIDTH);
  const groups: KpiFigures[] = [];
  const order = keys.map((key, slot) => ({ key, slot })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, slot } of order) {
    let any = false;
    for (let k = 0; k < WIDTH; k++) if (counters[slot * WIDTH + k] !== 0) any = true;
    if (!any) continue;
    addCounters(total, 0, counters, slot * WIDTH);
    groups.push(figuresOf(key, counters, slot * WIDTH));
  }
  return { period: { from: query.from, to: query.to }, by, groups, total: figuresOf(ALL_KEY, total) };
}
