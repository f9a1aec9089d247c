import { type Facts, type JurisdictionRow, type PackContent, type RouteQuery, compileJurisdiction } from '@motcua/core';
import type { Engine, RuleProperties, TopLevelCondition } from 'json-rules-engine';

/** A condition inside `all` (json-rules-engine does not export the type). */
type NestedCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

/** The rows a query matches, by id, in the pack's row order. */
export interface ReferenceMatch {
  readonly allow: string[];
  readonly deny: string[];
}

/** A jurisdiction evaluator backed by json-rules-engine: one `Rule` per row. */
export interface ReferenceRouter {
  /** The ids of the allow and deny rows whose conditions json-rules-engine finds true for the query. */
  matchingRowIds(query: RouteQuery): Promise<ReferenceMatch>;
  /** The units that may receive: what the matching allow rows designate, minus what the deny rows do. */
  receiverIds(query: RouteQuery): Promise<string[]>;
  /** Both answers from a single json-rules-engine run. */
  evaluate(query: RouteQuery): Promise<ReferenceMatch & { readonly receivers: string[] }>;
  /** The json-rules-engine rules, one per row in the pack's order (their event params carry the row id). */
  readonly rules: readonly RuleProperties[];
}

/** How the rules are spread over json-rules-engine `Engine`s. */
export interface ReferenceOptions {
  /**
   * `'per-agency'` (default): one Engine per agency holding the rows that list it (or a
   * predecessor) plus the rows that list none, and one holding only the latter for queries without a
   * listed agency. Every rule still carries its full conditions, agency included, so this only
   * spares json-rules-engine rules that could not match. `'per-agency-and-period'`: the same, split
   * further by period (the days between two consecutive first or last days of rows), each Engine
   * holding the rules in force during its period *and the periods either side*, so that the rules'
   * own date conditions still decide every boundary. About twice as fast on the Hanoi pack; used by
   * the differential test. `'one'`: every rule in a single Engine (the plain way to use
   * json-rules-engine, the baseline of the `route` benchmark).
   */
  readonly engines?: 'per-agency' | 'per-agency-and-period' | 'one';
}

/** The facts the rows are matched on; a query's extra `facts` may not reuse these names. */
export const REFERENCE_BUILTIN_FACTS = ['date', 'day', 'agency', 'level', 'area', 'channel'] as const;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of `YYYY-MM-DD`, computed here rather than borrowed from the router. */
function dayOf(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / MS_PER_DAY);
}

/**
 * Builds a reference evaluator of `content.jurisdiction` on json-rules-engine itself, so that the
 * compiled router (`compileJurisdiction` in `@motcua/core`) can be checked against an independent
 * reading of the same rows. It is slow (asynchronous; ~1,000 queries/s with the Hanoi rows in one
 * Engine) and meant for tests and benchmarks, not for routing. Each row becomes one json-rules-engine
 * rule whose conditions (`all`) are: the `day` fact (days since 1970-01-01) `greaterThanInclusive`
 * the first day and `lessThanInclusive` the last day of the row's validity; `channel` `in` the row's
 * channels; `agency` `in` the row's agencies with all their successors (through the agencies'
 * `predecessors`, transitively); `level` `in` the levels; `area` `in` the areas (each only when the
 * row lists them); and the row's own `conditions`, nested as they are. The facts of a run are `date`,
 * `day`, `agency`, `level` (the query's, else the agency's), `area` (the query's, else the agency's),
 * `channel` and the query's extra `facts`, with `allowUndefinedFacts`.
 *
 * json-rules-engine is imported on first use (it takes ~0.1 s to load), so building is synchronous
 * and cheap. A query whose extra facts reuse a built-in fact name is rejected with a `TypeError`:
 * the compiled router matches rows on the query's own fields while its conditions see the extra
 * fact, and one json-rules-engine almanac cannot hold both values.
 */
export function createReferenceRouter(content: PackContent, options: ReferenceOptions = {}): ReferenceRouter {
  const agencies = new Map(content.agencies.map((a) => [a.id, a]));
  const successors = new Map<string, string[]>();
  for (const a of content.agencies) for (const p of a.predecessors ?? []) successors.set(p, [...(successors.get(p) ?? []), a.id]);
  const withSuccessors = (id: string): string[] => {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(successors.get(next) ?? []));
    }
    return [...seen];
  };

  const rows = content.jurisdiction;
  const expanded = rows.map((row) => (row.agencies === undefined ? undefined : [...new Set(row.agencies.flatMap(withSuccessors))]));
  const rules: RuleProperties[] = rows.map((row, index) => {
    const all: NestedCondition[] = [{ fact: 'day', operator: 'greaterThanInclusive', value: dayOf(row.validFrom) }];
    if (row.validTo !== undefined) all.push({ fact: 'day', operator: 'lessThanInclusive', value: dayOf(row.validTo) });
    if (row.channels !== undefined) all.push({ fact: 'channel', operator: 'in', value: [...row.channels] });
    const agencyList = expanded[index];
    if (agencyList !== undefined) all.push({ fact: 'agency', operator: 'in', value: agencyList });
    if (row.levels !== undefined) all.push({ fact: 'level', operator: 'in', value: [...row.levels] });
    if (row.areas !== undefined) all.push({ fact: 'area', operator: 'in', value: [...row.areas] });
    if (row.conditions !== undefined) all.push(structuredClone(row.conditions) as NestedCondition);
    return {
      name: row.id,
      conditions: { all },
      event: { type: row.effect ?? 'allow', params: { row: row.id, index } },
    };
  });

  // Which rules go into which Engine (indices into `rules`). Engines are built on first use.
  const layout = options.engines ?? 'per-agency';
  const from = rows.map((row) => dayOf(row.validFrom));
  const to = rows.map((row) => (row.validTo === undefined ? Number.POSITIVE_INFINITY : dayOf(row.validTo)));
  const everyRule = rows.map((_, i) => i);
  const noAgency = everyRule.filter((i) => expanded[i] === undefined);
  const listedAgencies = layout === 'one' ? [] : [...new Set(expanded.flatMap((list) => list ?? []))];
  const byAgency = new Map(listedAgencies.map((agency) => [agency, everyRule.filter((i) => expanded[i] === undefined || expanded[i]!.includes(agency))]));
  // Periods: the days between consecutive first days and days after the last day of the rows. Period
  // `k` runs from starts[k - 1] (or forever before) to starts[k] - 1 (or forever after).
  const starts = [...new Set([...from, ...to.filter(Number.isFinite).map((d) => d + 1)])].sort((a, b) => a - b);
  const periodOf = (day: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo; // rows in force on starts[lo - 1] are in force until starts[lo] - 1
  };

  let engineClass: Promise<typeof Engine> | undefined;
  const engines = new Map<string, Engine>();
  const engineFor = async (agency: string | undefined, day: number): Promise<Engine> => {
    const EngineClass = await (engineClass ??= import('json-rules-engine').then((m) => m.Engine));
    const listed = agency === undefined ? undefined : byAgency.get(agency);
    const candidates = layout === 'one' ? everyRule : (listed ?? noAgency);
    const period = layout === 'per-agency-and-period' ? periodOf(day) : -1;
    const key = `${listed === undefined ? '' : agency} ${period}`;
    let engine = engines.get(key);
    if (engine === undefined) {
      // The rules in force at any time from the previous period to the next one: json-rules-engine
      // still decides every first and last day (a rule that ends the day before, or starts the day
      // after, is in the Engine and must be rejected by its own date conditions).
      const windowStart = period > 1 ? starts[period - 2]! : Number.NEGATIVE_INFINITY;
      const windowEnd = period + 1 < starts.length ? starts[period + 1]! - 1 : Number.POSITIVE_INFINITY;
      const inPeriod = period < 0 ? candidates : candidates.filter((i) => from[i]! <= windowEnd && to[i]! >= windowStart);
      engine = new EngineClass(inPeriod.map((i) => rules[i]!), { allowUndefinedFacts: true });
      engines.set(key, engine);
    }
    return engine;
  };

  const factsOf = (query: RouteQuery): Record<string, unknown> => {
    const agency = query.agency === undefined ? undefined : agencies.get(query.agency);
    const extra: Facts = query.facts ?? {};
    for (const name of REFERENCE_BUILTIN_FACTS) {
      if (Object.hasOwn(extra, name)) throw new TypeError(`the extra fact "${name}" would shadow the built-in fact of the same name`);
    }
    return {
      ...extra,
      date: query.at,
      day: dayOf(query.at),
      agency: query.agency,
      level: query.level ?? agency?.level,
      area: query.area ?? agency?.area,
      channel: query.channel,
    };
  };

  const matchingIndices = async (query: RouteQuery): Promise<number[]> => {
    const facts = factsOf(query);
    const engine = await engineFor(query.agency, facts.day as number);
    const { events } = await engine.run(facts);
    return events.map((e) => (e.params as { index: number }).index).sort((a, b) => a - b);
  };

  // Which units a matching row grants is not what this evaluator checks: it reuses the compiled
  // router's `designated(row, query)` so that the comparison isolates the *matching* of rows.
  let router: ReturnType<typeof compileJurisdiction> | undefined;
  const designated = (row: JurisdictionRow, query: RouteQuery) => (router ??= compileJurisdiction(content)).designated(row, query);

  const split = (matched: readonly number[]): ReferenceMatch => {
    const allow: string[] = [];
    const deny: string[] = [];
    for (const i of matched) (rows[i]!.effect === 'deny' ? deny : allow).push(rows[i]!.id);
    return { allow, deny };
  };
  const receiversOf = (matched: readonly number[], query: RouteQuery): string[] => {
    const granted = new Set<string>();
    const denied = new Set<string>();
    for (const i of matched) for (const id of designated(rows[i]!, query)) (rows[i]!.effect === 'deny' ? denied : granted).add(id);
    return [...granted].filter((id) => !denied.has(id));
  };

  return {
    rules,
    matchingRowIds: async (query) => split(await matchingIndices(query)),
    receiverIds: async (query) => receiversOf(await matchingIndices(query), query),
    async evaluate(query) {
      const matched = await matchingIndices(query);
      return { ...split(matched), receivers: receiversOf(matched, query) };
    },
  };
}
