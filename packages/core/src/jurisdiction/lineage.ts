import type { Agency } from '../model/entities.js';

/** How agencies descend from one another through `predecessors` (renamings and mergers). */
export interface AgencyLineage {
  /** The agency and every agency that took it over, transitively. */
  descendants(id: string): ReadonlySet<string>;
  /** The agency and every agency it took over, transitively. */
  ancestors(id: string): ReadonlySet<string>;
}

/** The lineage of a pack's agencies (shared by the router and the reference evaluator). */
export function agencyLineage(agencies: readonly Agency[]): AgencyLineage {
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, readonly string[]>();
  for (const a of agencies) {
    predecessors.set(a.id, a.predecessors ?? []);
    for (const p of a.predecessors ?? []) successors.set(p, [...(successors.get(p) ?? []), a.id]);
  }
  const closure = (start: string, next: ReadonlyMap<string, readonly string[]>) => {
    const out = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (out.has(id)) continue;
      out.add(id);
      stack.push(...(next.get(id) ?? []));
    }
    return out;
  };
  return { descendants: (id) => closure(id, successors), ancestors: (id) => closure(id, predecessors) };
}
