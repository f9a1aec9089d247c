import { COUNTERS, WIDTH } from './buckets.js';

/** How dossiers are grouped in a report. */
export type KpiGrouping = 'none' | 'unit' | 'branch' | 'agency' | 'procedure';
export const KPI_GROUPINGS: readonly KpiGrouping[] = ['none', 'unit', 'branch', 'agency', 'procedure'];

/** Key of the single group when nothing groups, and of the total. */
export const ALL_KEY = 'all';
/** Key of the group of units that belong to no branch (commune-level centres, desks). */
export const NO_BRANCH_KEY = '(none)';

/** Timeliness against the re-appointed date, shown beside (never instead of) the official one. */
export interface RevisedTimeliness {
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  readonly inProgressWithinTime: number;
  readonly inProgressOverdue: number;
  readonly onTimeRate: number | null;
  readonly index766_2_1: number | null;
}

/**
 * The figures of one group for one period, with the field names of MISSION §6. Rates are in [0, 1],
 * `null` when their denominator is 0.
 */
export interface KpiFigures {
  readonly key: string;
  readonly received: number;
  readonly receivedOnline: number;
  /** Direct and postal. */
  readonly receivedDirect: number;
  readonly carriedOver: number;
  readonly resolved: number;
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  readonly inProgressWithinTime: number;
  readonly inProgressOverdue: number;
  /** Status 5, 6 or 8 at the end of the period. */
  readonly paused: number;
  readonly refused: number;
  readonly withdrawn: number;
  /** Status 1: submitted, not yet received; in no other bucket. */
  readonly awaitingReceipt: number;
  /** (early + onTime) / resolved. */
  readonly onTimeRate: number | null;
  /** (early + onTime + inProgressWithinTime) / (resolved + inProgressWithinTime + inProgressOverdue). */
  readonly index766_2_1: number | null;
  readonly revised: RevisedTimeliness;
  /** Of the dossiers received in the period: digitised, fee-bearing, paid online. */
  readonly digitized: number;
  readonly feeRequired: number;
  readonly paidOnline: number;
  readonly onlineRate: number | null;
  readonly digitizedRate: number | null;
  readonly paidOnlineRate: number | null;
  /** Sum of (resolution date − receipt date) in days over the dossiers resolved in the period. */
  readonly resolutionDays: number;
  /** resolutionDays / resolved. */
  readonly averageResolutionDays: number | null;
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/** The figures of the counter block at `base`. */
export function figuresOf(key: string, c: Float64Array, base = 0): KpiFigures {
  const v = (name: (typeof COUNTERS)[number]) => c[base + COUNTERS.indexOf(name)]!;
  const resolved = v('resolved');
  const within = v('inProgressWithinTime');
  const overdue = v('inProgressOverdue');
  const revisedGood = v('revisedEarly') + v('revisedOnTime');
  const revisedWithin = v('revisedInProgressWithinTime');
  return {
    key,
    received: v('received'),
    receivedOnline: v('receivedOnline'),
    receivedDirect: v('receivedDirect'),
    carriedOver: v('carriedOver'),
    resolved,
    early: v('early'),
    onTime: v('onTime'),
    late: v('late'),
    inProgressWithinTime: within,
    inProgressOverdue: overdue,
    paused: v('paused'),
    refused: v('refused'),
    withdrawn: v('withdrawn'),
    awaitingReceipt: v('awaitingReceipt'),
    onTimeRate: ratio(v('early') + v('onTime'), resolved),
    index766_2_1: ratio(v('early') + v('onTime') + within, resolved + within + overdue),
    revised: {
      early: v('revisedEarly'),
      onTime: v('revisedOnTime'),
      late: v('revisedLate'),
      inProgressWithinTime: revisedWithin,
      inProgressOverdue: v('revisedInProgressOverdue'),
      onTimeRate: ratio(revisedGood, resolved),
      index766_2_1: ratio(revisedGood + revisedWithin, resolved + within + overdue),
    },
    digitized: v('digitized'),
    feeRequired: v('feeRequired'),
    paidOnline: v('paidOnline'),
    onlineRate: ratio(v('receivedOnline'), v('received')),
    digitizedRate: ratio(v('digitized'), v('received')),
    paidOnlineRate: ratio(v('paidOnline'), v('feeRequired')),
    resolutionDays: v('resolutionDays'),
    averageResolutionDays: ratio(v('resolutionDays'), resolved),
  };
}

/** Adds the counter block at `from` into the one at `into`. */
export function addCounters(target: Float64Array, into: number, source: Float64Array, from: number): void {
  for (let k = 0; k < WIDTH; k++) target[into + k]! += source[from + k]!;
}
