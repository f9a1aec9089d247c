import type { Lang } from '../codes.js';
import type { Citations, Text } from '../model/common.js';
import type { KpiIndex, KpiMeasure, ScoreRule } from '../model/kpi-index.js';
import type { IsoDate } from '../util/dates.js';
import type { KpiFigures } from './figures.js';

/** A measure's numerator and denominator over one group's figures. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** The measures the SDK can compute from dossier records, each a pure function of the figures. */
export const MEASURES: Readonly<Record<KpiMeasure, (f: KpiFigures) => Fraction>> = {
  progress: (f) => ({ numerator: f.early + f.onTime + f.inProgressWithinTime, denominator: f.resolved + f.inProgressWithinTime + f.inProgressOverdue }),
  'average-resolution-days': (f) => ({ numerator: f.resolutionDays, denominator: f.resolved }),
  'online-share': (f) => ({ numerator: f.receivedOnline, denominator: f.received }),
  'digitized-share': (f) => ({ numerator: f.digitized, denominator: f.received }),
  'paid-online-share': (f) => ({ numerator: f.paidOnline, denominator: f.feeRequired }),
};

/** Points for a ratio under a score rule. */
export function scoreOf(rule: ScoreRule, ratio: number, max: number, target?: number): number {
  if (rule === 'monitoring') return 0;
  if (rule === 'proportional' || target === undefined) return max * Math.min(ratio, 1);
  return ratio >= target ? max : (max * ratio) / target;
}

/**
 * Why an indicator has no score: its data is not in dossier records (`not-computable`), or its
 * denominator is 0 in the period (`no-data`).
 */
export type Unscored = 'not-computable' | 'no-data';

export interface IndicatorScore {
  readonly id: string;
  readonly name: string;
  readonly max: number;
  readonly target: number | null;
  readonly rule: ScoreRule;
  readonly measure: KpiMeasure | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** numerator / denominator (for `average-resolution-days`, days). */
  readonly value: number | null;
  readonly score: number | null;
  readonly unscored: Unscored | null;
  readonly citations: readonly { doc: string; ref: string; note?: string | undefined }[];
}

export interface GroupScore {
  readonly id: string;
  readonly name: string;
  readonly max: number;
  /** Sum of the scored indicators; null when none could be scored. */
  readonly score: number | null;
  /** Sum of the maxima of the scored indicators: what `score` is out of. */
  readonly scoredMax: number;
  readonly indicators: readonly IndicatorScore[];
}

/** An index scored over one group's figures. */
export interface IndexScore {
  readonly index: string;
  readonly version: string;
  readonly total: number;
  /** Sum of the scored indicators, out of `total`; the unscored ones contribute nothing and are listed. */
  readonly score: number;
  readonly scoredMax: number;
  readonly groups: readonly GroupScore[];
  /** Ids of the indicators without a score, with why. */
  readonly unscored: readonly { id: string; reason: Unscored }[];
}

const textIn = (t: Text, lang: Lang) => (typeof t === 'string' ? t : t[lang]);
const citationList = (c: Citations) => (Array.isArray(c) ? c : [c]);

/** The version of index `name` in force on `date`, if the pack has one. */
export function indexInForce(indices: readonly KpiIndex[], name: string, date: IsoDate): KpiIndex | undefined {
  return indices.find((i) => i.index === name && i.validFrom <= date && (i.validTo === undefined || date <= i.validTo));
}

/** Scores an index over one group's figures. */
export function scoreIndex(index: KpiIndex, figures: KpiFigures, lang: Lang = 'vi'): IndexScore {
  const unscored: { id: string; reason: Unscored }[] = [];
  const groups = index.groups.map((g): GroupScore => {
    const indicators = g.indicators.map((ind): IndicatorScore => {
      const fraction = ind.measure ? MEASURES[ind.measure](figures) : undefined;
      const value = fraction && fraction.denominator > 0 ? fraction.numerator / fraction.denominator : null;
      const reason: Unscored | null = !fraction ? 'not-computable' : value === null ? 'no-data' : null;
      if (reason) unscored.push({ id: ind.id, reason });
      return {
        id: ind.id,
        name: textIn(ind.name, lang),
        max: ind.max,
        target: ind.target ?? null,
        rule: ind.score,
        measure: ind.measure ?? null,
        numerator: fraction?.numerator ?? null,
        denominator: fraction?.denominator ?? null,
        value,
        score: value === null ? null : scoreOf(ind.score, value, ind.max, ind.target),
        unscored: reason,
        citations: citationList(ind.citation),
      };
    });
    const scored = indicators.filter((i) => i.score !== null);
    return {
      id: g.id,
      name: textIn(g.name, lang),
      max: g.max,
      score: scored.length === 0 ? null : scored.reduce((s, i) => s + i.score!, 0),
      scoredMax: scored.reduce((s, i) => s + i.max, 0),
      indicators,
    };
  });
  return {
    index: index.index,
    version: index.id,
    total: index.total,
    score: groups.reduce((s, g) => s + (g.score ?? 0), 0),
    scoredMax: groups.reduce((s, g) => s + g.scoredMax, 0),
    groups,
    unscored,
  };
}
