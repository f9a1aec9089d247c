import { type JurisdictionCase, type Organisation, type PackContent, type RouteQuery, type Router, compileJurisdiction, createOrganisation, inForce } from '@motcua/core';

/** The outcome of one expert test case. */
export interface CaseResult {
  readonly case: JurisdictionCase;
  readonly ok: boolean;
  readonly receivers: readonly string[];
  readonly phase: string | null;
  /** What did not hold, in words (English; the case names are the integrator's own). */
  readonly problems: readonly string[];
}

/** The result of running a pack's expert cases, with the rows no case exercised. */
export interface CaseReport {
  readonly results: readonly CaseResult[];
  readonly passed: number;
  readonly failed: number;
  /** Ids of jurisdiction rows that no case query matched. */
  readonly uncoveredRows: readonly string[];
}

/**
 * A query whose agency has ended by its date names the body that took it over (when exactly one
 * did), as the CLI does when it resolves a name.
 */
export function currentAgency(org: Organisation, query: RouteQuery): RouteQuery {
  if (query.agency === undefined) return query;
  const agency = org.get('agency', query.agency);
  if (!agency || inForce(agency, query.at)) return query;
  const current = org.currentOf('agency', query.agency, query.at);
  return current.length === 1 ? { ...query, agency: current[0]!.id } : query;
}

/** The query of a case (the channel defaults to `direct`). */
export function caseQuery(c: JurisdictionCase): RouteQuery {
  const q = c.query;
  return { at: q.at.slice(0, 10), channel: q.channel ?? 'direct', ...(q.agency ? { agency: q.agency } : {}), ...(q.level ? { level: q.level } : {}), ...(q.area ? { area: q.area } : {}) };
}

/**
 * Runs the expert test cases of a pack (`cases:` rows, usually under `tests/`) against its compiled
 * jurisdiction: exact receiver sets, inclusions, exclusions, counts and the phase in force.
 */
export function runCases(content: PackContent, router: Router = compileJurisdiction(content)): CaseReport {
  const org = createOrganisation(content);
  const covered = new Set<string>();
  const results = content.cases.map((c): CaseResult => {
    const query = currentAgency(org, caseQuery(c));
    const receivers = [...router.receiverIds(query)].sort();
    const { allow, deny } = router.matchingRows(query);
    for (const r of [...allow, ...deny]) covered.add(r.id);
    const phase = org.phaseAt(query.at)?.id ?? null;
    const problems: string[] = [];
    const e = c.expect;
    if (e.receivers) {
      const want = [...e.receivers].sort();
      const missing = want.filter((u) => !receivers.includes(u));
      const extra = receivers.filter((u) => !want.includes(u));
      if (missing.length) problems.push(`missing receivers: ${missing.join(', ')}`);
      if (extra.length) problems.push(`unexpected receivers: ${extra.join(', ')}`);
    }
    const notIncluded = (e.includes ?? []).filter((u) => !receivers.includes(u));
    if (notIncluded.length) problems.push(`should include: ${notIncluded.join(', ')}`);
    const notExcluded = (e.excludes ?? []).filter((u) => receivers.includes(u));
    if (notExcluded.length) problems.push(`should exclude: ${notExcluded.join(', ')}`);
    if (e.count !== undefined && e.count !== receivers.length) problems.push(`expected ${e.count} receivers, got ${receivers.length}`);
    if (e.phase !== undefined && e.phase !== phase) problems.push(`expected phase ${e.phase ?? 'none'}, got ${phase ?? 'none'}`);
    return { case: c, ok: problems.length === 0, receivers, phase, problems };
  });
  const passed = results.filter((r) => r.ok).length;
  return { results, passed, failed: results.length - passed, uncoveredRows: content.jurisdiction.map((r) => r.id).filter((id) => !covered.has(id)) };
}
