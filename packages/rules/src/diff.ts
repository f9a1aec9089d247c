import { type PackContent, type RouteQuery, addDays, compileJurisdiction, inForce, isHistory } from '@motcua/core';

/** A query whose receivers differ between two packs. */
export interface RouteChange {
  readonly query: RouteQuery;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Queries that exercise a pack: every date on which a row, unit, agency, area or phase starts or
 * ends (and the day before), crossed with every agency and every area+level in force that day and
 * every channel. Used by `rules diff` when no queries are given.
 */
export function queryGrid(content: PackContent, ...others: readonly PackContent[]): RouteQuery[] {
  const dates = new Set<string>();
  // Dates from every pack compared, so that a row only one of them has is still exercised.
  for (const pack of [content, ...others]) {
    const rows = [...pack.jurisdiction, ...pack.units, ...pack.agencies, ...pack.areas, ...pack.phases];
    for (const r of rows) {
      dates.add(r.validFrom);
      dates.add(addDays(r.validFrom, -1));
      if (r.validTo !== undefined) (dates.add(r.validTo), dates.add(addDays(r.validTo, 1)));
    }
    for (const u of pack.units) if (u.areas !== undefined && isHistory(u.areas)) for (const d of Object.keys(u.areas.values)) (dates.add(d), dates.add(addDays(d, -1)));
  }
  const queries: RouteQuery[] = [];
  for (const at of [...dates].filter((d) => d >= content.manifest.coverage.from).sort()) {
    for (const channel of ['direct', 'online', 'postal'] as const) {
      for (const a of content.agencies) if (inForce(a, at)) queries.push({ at, agency: a.id, channel });
      for (const area of content.areas) {
        if (!inForce(area, at) || area.kind === 'city') continue;
        for (const level of ['district', 'commune'] as const) queries.push({ at, level, area: area.id, channel });
      }
    }
  }
  return queries;
}

/** The queries whose receivers change from `before` to `after`. */
export function diffJurisdiction(before: PackContent, after: PackContent, queries: readonly RouteQuery[] = queryGrid(after, before)): RouteChange[] {
  const a = compileJurisdiction(before);
  const b = compileJurisdiction(after);
  const changes: RouteChange[] = [];
  for (const query of queries) {
    const x = new Set(a.receiverIds(query));
    const y = new Set(b.receiverIds(query));
    const added = [...y].filter((u) => !x.has(u)).sort();
    const removed = [...x].filter((u) => !y.has(u)).sort();
    if (added.length || removed.length) changes.push({ query, added, removed });
  }
  return changes;
}
