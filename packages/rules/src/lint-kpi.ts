import type { Citations, Code, KpiIndex, MessageParams, PackContent, Severity } from '@motcua/core';

type Path = readonly (string | number)[];
type Report = (code: Code, params: MessageParams, row: object | undefined, field?: Path, severity?: Severity) => void;
type CheckCitations = (row: object, citations: Citations | undefined, path: Path) => void;

/** The last date the format can write; an index without `validTo` is in force up to it. */
const LAST_DAY = '9999-12-31';
/** How an open end of a validity interval is written in messages. */
const OPEN = '…';

/**
 * The KPI-index checks of the linter: every citation names a declared document, the indicators of
 * a group add up to the group's maximum (warning: a source's sub-maxima may genuinely not add up,
 * which the register should then record), the groups add up to the index's total, versions of one
 * index do not overlap in time, a score rule has what it needs (a target for
 * `proportional-to-target`, no points for `monitoring`), and indicator ids are unique within an
 * index. Each issue points at the field concerned, as `file:line:col` of the index's file.
 */
export function lintKpiIndices(content: PackContent, report: Report, checkCitations: CheckCitations): void {
  for (const index of content.kpiIndices) {
    checkCitations(index, index.citation, ['citation']);
    if (index.validTo !== undefined && index.validTo < index.validFrom) report('PACK_BAD_INTERVAL', { from: index.validFrom, to: index.validTo }, index, ['validTo']);
    lintIndex(index, report, checkCitations);
  }
  versionsOverlap(content.kpiIndices, report);
}

function lintIndex(index: KpiIndex, report: Report, checkCitations: CheckCitations): void {
  const seen = new Map<string, string>(); // indicator id → id of its group
  index.groups.forEach((group, g) => {
    checkCitations(index, group.citation, ['groups', g, 'citation']);
    group.indicators.forEach((indicator, i) => {
      const at = ['groups', g, 'indicators', i] as const;
      checkCitations(index, indicator.citation, [...at, 'citation']);
      const first = seen.get(indicator.id);
      if (first !== undefined) report('PACK_KPI_DUPLICATE_INDICATOR', { id: index.id, indicator: indicator.id, group: group.id, other: first }, index, [...at, 'id']);
      else seen.set(indicator.id, group.id);
      if (indicator.score === 'proportional-to-target' && indicator.target === undefined) {
        report('PACK_KPI_NO_TARGET', { id: index.id, indicator: indicator.id }, index, [...at, 'score']);
      }
      if (indicator.score === 'monitoring' && indicator.max > 0) {
        report('PACK_KPI_MONITORING_POINTS', { id: index.id, indicator: indicator.id, max: indicator.max }, index, [...at, 'max']);
      }
    });
    const sum = total(group.indicators.map((x) => x.max));
    if (!same(sum, group.max)) report('PACK_KPI_GROUP_SUM', { id: index.id, group: group.id, sum: shown(sum), max: group.max }, index, ['groups', g, 'max'], 'warning');
  });
  const sum = total(index.groups.map((x) => x.max));
  if (!same(sum, index.total)) report('PACK_KPI_TOTAL', { id: index.id, sum: shown(sum), total: index.total }, index, ['total']);
}

/** Two versions of one `index` may not both be in force on a day; reported at the later-declared one. */
function versionsOverlap(indices: readonly KpiIndex[], report: Report): void {
  for (let j = 1; j < indices.length; j++) {
    const b = indices[j]!;
    for (let i = 0; i < j; i++) {
      const a = indices[i]!;
      if (a.index !== b.index) continue;
      const from = a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
      const endA = a.validTo ?? LAST_DAY;
      const endB = b.validTo ?? LAST_DAY;
      const to = endA < endB ? endA : endB;
      if (from > to) continue;
      report('PACK_KPI_OVERLAP', { index: b.index, id: b.id, other: a.id, from, to: to === LAST_DAY ? OPEN : to }, b, ['validFrom']);
    }
  }
}

function total(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Equal up to floating-point noise (maxima such as 0.1 + 0.2). */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A sum as people write it: no floating-point tail. */
function shown(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
