import { type Issue, type Result, createIssue, fail, ok } from '../issues.js';
import type { Lang } from '../codes.js';
import { COUNTERS, type Counter, WIDTH } from './buckets.js';
import type { KpiReport } from './aggregate.js';
import { ALL_KEY, type KpiFigures, type KpiGrouping, addCounters, figuresOf } from './figures.js';

/**
 * Frozen figures of closed periods. A period is frozen once; a later correction of the records
 * produces a new version that lists what changed, and a manual override is an audited event (who,
 * when, why, on what legal basis) kept beside the computed figure — nothing is ever changed in
 * place, so every published number can be traced (unlike systems whose months freeze at their
 * first computation or whose overrides rewrite history; see docs/kpi.md).
 */

/** A manual change of one count of one group, as an audited event. */
export interface KpiOverride {
  readonly key: string;
  readonly field: Counter;
  readonly value: number;
  readonly actor: string;
  /** ISO 8601 instant. */
  readonly at: string;
  readonly reason: string;
  /** The decision or document that allows the change, e.g. "Công văn 123/UBND-KSTTHC". */
  readonly legalBasis: string;
}

/** One figure that differs between two versions. */
export interface KpiChange {
  readonly key: string;
  readonly field: Counter;
  readonly from: number;
  readonly to: number;
  /** `correction`: the records changed; `override`: a manual override. */
  readonly cause: 'correction' | 'override';
}

/** One version of a frozen period. */
export interface KpiSnapshotVersion {
  readonly version: number;
  readonly at: string;
  readonly actor: string;
  /** Why this version exists (empty for the first). */
  readonly reason: string;
  /** The counts computed from the records, by group key. */
  readonly computed: Readonly<Record<string, Readonly<Record<Counter, number>>>>;
  /** Every override so far, in order (an override stays until another replaces it). */
  readonly overrides: readonly KpiOverride[];
  /** What differs from the previous version. */
  readonly changes: readonly KpiChange[];
}

/** The history of a frozen period, as stored (JSON). */
export interface KpiSnapshot {
  readonly format: 'motcua-kpi-snapshot/1';
  readonly period: { readonly from: string; readonly to: string };
  readonly by: KpiGrouping;
  readonly versions: readonly KpiSnapshotVersion[];
}

/** The counts of one group's figures, keyed by counter. */
export function countsOf(f: KpiFigures): Record<Counter, number> {
  const nested: Partial<Record<Counter, number>> = {
    revisedEarly: f.revised.early,
    revisedOnTime: f.revised.onTime,
    revisedLate: f.revised.late,
    revisedInProgressWithinTime: f.revised.inProgressWithinTime,
    revisedInProgressOverdue: f.revised.inProgressOverdue,
  };
  return Object.fromEntries(COUNTERS.map((c) => [c, nested[c] ?? (f[c as keyof KpiFigures] as number)])) as Record<Counter, number>;
}

const computedOf = (report: KpiReport) => Object.fromEntries(report.groups.map((g) => [g.key, countsOf(g)]));

function differences(before: KpiSnapshotVersion['computed'], after: KpiSnapshotVersion['computed'], cause: KpiChange['cause']): KpiChange[] {
  const changes: KpiChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const key of keys) {
    for (const field of COUNTERS) {
      const from = before[key]?.[field] ?? 0;
      const to = after[key]?.[field] ?? 0;
      if (from !== to) changes.push({ key, field, from, to, cause });
    }
  }
  return changes;
}

/** Freezes a report as version 1 of its period. */
export function freezeReport(report: KpiReport, who: { at: string; actor: string }): KpiSnapshot {
  return {
    format: 'motcua-kpi-snapshot/1',
    period: report.period,
    by: report.by,
    versions: [{ version: 1, at: who.at, actor: who.actor, reason: '', computed: computedOf(report), overrides: [], changes: [] }],
  };
}

const latest = (s: KpiSnapshot) => s.versions[s.versions.length - 1]!;

/**
 * Records a recomputation of a frozen period. When the figures differ, the result has one more
 * version listing every difference; when they do not, the snapshot comes back unchanged.
 */
export function reviseSnapshot(snapshot: KpiSnapshot, report: KpiReport, who: { at: string; actor: string; reason: string; lang?: Lang }): Result<KpiSnapshot> {
  if (report.period.from !== snapshot.period.from || report.period.to !== snapshot.period.to || report.by !== snapshot.by) {
    const detail = `${snapshot.period.from}…${snapshot.period.to} by ${snapshot.by} ≠ ${report.period.from}…${report.period.to} by ${report.by}`;
    return fail([createIssue('KPI_SNAPSHOT_MISMATCH', { detail }, { lang: who.lang })]);
  }
  const last = latest(snapshot);
  const computed = computedOf(report);
  const changes = differences(last.computed, computed, 'correction');
  if (changes.length === 0) return ok(snapshot);
  const version: KpiSnapshotVersion = { version: last.version + 1, at: who.at, actor: who.actor, reason: who.reason, computed, overrides: last.overrides, changes };
  return ok({ ...snapshot, versions: [...snapshot.versions, version] });
}

/** Adds a manual override as a new version; the computed figure stays beside it. */
export function overrideFigure(snapshot: KpiSnapshot, override: KpiOverride, lang?: Lang): Result<KpiSnapshot> {
  const last = latest(snapshot);
  if (!(override.key in last.computed) || !COUNTERS.includes(override.field)) {
    return fail([createIssue('KPI_UNKNOWN_FIGURE', { key: override.key, field: override.field }, { lang })]);
  }
  const before = effectiveCounts(last)[override.key]![override.field];
  const version: KpiSnapshotVersion = {
    version: last.version + 1,
    at: override.at,
    actor: override.actor,
    reason: override.reason,
    computed: last.computed,
    overrides: [...last.overrides, override],
    changes: before === override.value ? [] : [{ key: override.key, field: override.field, from: before, to: override.value, cause: 'override' }],
  };
  return ok({ ...snapshot, versions: [...snapshot.versions, version] });
}

function effectiveCounts(v: KpiSnapshotVersion): Record<string, Record<Counter, number>> {
  const counts = Object.fromEntries(Object.entries(v.computed).map(([k, c]) => [k, { ...c }]));
  for (const o of v.overrides) if (counts[o.key]) counts[o.key]![o.field] = o.value;
  return counts;
}

/** A group's figures as published in a version: overrides applied, and the overridden counts named. */
export interface PublishedFigures {
  readonly figures: KpiFigures;
  readonly overridden: readonly { field: Counter; computed: number; value: number; override: KpiOverride }[];
}

/** The figures a version publishes, per group and in total, rates recomputed from the counts. */
export function publishedFigures(snapshot: KpiSnapshot, version = latest(snapshot).version): { groups: PublishedFigures[]; total: KpiFigures } {
  const v = snapshot.versions.find((x) => x.version === version) ?? latest(snapshot);
  const counts = effectiveCounts(v);
  const total = new Float64Array(WIDTH);
  const groups = Object.keys(counts)
    .sort()
    .map((key): PublishedFigures => {
      const block = Float64Array.from(COUNTERS.map((c) => counts[key]![c]));
      addCounters(total, 0, block, 0);
      const last = new Map(v.overrides.filter((o) => o.key === key).map((o) => [o.field, o]));
      return {
        figures: figuresOf(key, block),
        overridden: [...last.values()].map((o) => ({ field: o.field, computed: v.computed[key]![o.field], value: o.value, override: o })),
      };
    });
  return { groups, total: figuresOf(ALL_KEY, total) };
}

/** Checks the shape of a snapshot read from a file. */
export function checkSnapshot(value: unknown, lang?: Lang): Result<KpiSnapshot> {
  const bad = (detail: string): Result<KpiSnapshot> => fail<KpiSnapshot>([createIssue('KPI_BAD_SNAPSHOT', { detail }, { lang })] as Issue[]);
  if (typeof value !== 'object' || value === null) return bad('not an object');
  const s = value as Partial<KpiSnapshot>;
  if (s.format !== 'motcua-kpi-snapshot/1') return bad(`format is ${JSON.stringify(s.format)}, expected "motcua-kpi-snapshot/1"`);
  if (!s.period || typeof s.period.from !== 'string' || typeof s.period.to !== 'string') return bad('period {from, to} missing');
  if (!Array.isArray(s.versions) || s.versions.length === 0) return bad('no versions');
  for (const [i, v] of s.versions.entries()) {
    if (v?.version !== i + 1 || typeof v.computed !== 'object' || !Array.isArray(v.overrides) || !Array.isArray(v.changes)) return bad(`version ${i + 1} is malformed`);
  }
  return ok(s as KpiSnapshot);
}
