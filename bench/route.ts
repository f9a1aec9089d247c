import { type Condition, type Level, type PackContent, type RouteQuery, compileJurisdiction, factsOf } from '@motcua/core';
import { createReferenceRouter, hanoiPack } from '@motcua/rules';
import type { Benchmark } from './harness.js';
import { medianMs } from './harness.js';

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The values a condition compares with, to draw extra facts that make it both true and false. */
function valuesOf(condition: Condition): unknown[] {
  if ('all' in condition) return condition.all.flatMap(valuesOf);
  if ('any' in condition) return condition.any.flatMap(valuesOf);
  if ('not' in condition) return valuesOf(condition.not);
  return Array.isArray(condition.value) ? [...condition.value, condition.value] : [condition.value];
}

/**
 * `n` deterministic random route queries over a pack (shared by the `route` benchmark and the
 * jurisdiction differential test). Dates span the coverage (to `lastDay` when it is open-ended); 45 %
 * of them fall on a date where a phase, row, unit, agency, area or branch area starts or ends (±1
 * day) or in the 18/11–01/12/2025 pilot window. 55 % of the queries name an agency (cycling through
 * every agency, in force or not; some also give a level or an area), 35 % give a level and a district
 * or commune area (cycling through all of them) without an agency, the rest a level, an area or
 * neither. Channels cycle through all three. Half the queries carry extra facts: the facts the rows'
 * conditions read, with the values they are compared with, booleans, 0 and a string.
 */
export function routeQueries(content: PackContent, n: number, seed: number, lastDay = '2026-12-31'): RouteQuery[] {
  let s = seed;
  const random = () => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const first = dayOf(content.manifest.coverage.from);
  const last = dayOf(content.manifest.coverage.to ?? lastDay);

  const edges = new Set<number>();
  const addEdge = (date: string | undefined, end = false) => {
    if (date === undefined) return;
    const d = dayOf(date) + (end ? 1 : 0);
    for (const x of [d - 1, d, d + 1]) if (x >= first && x <= last) edges.add(x);
  };
  for (const r of [...content.phases, ...content.jurisdiction, ...content.units, ...content.agencies, ...content.areas]) {
    addEdge(r.validFrom);
    addEdge(r.validTo, true);
  }
  for (const u of content.units) if (u.areas !== undefined && !Array.isArray(u.areas)) for (const from of Object.keys(u.areas.values)) addEdge(from);
  for (let d = dayOf('2025-11-18'); d <= dayOf('2025-12-01'); d++) if (d >= first && d <= last) edges.add(d);
  const edgeDays = [...edges].sort((a, b) => a - b);

  const agencies = content.agencies.map((a) => a.id);
  const districtAreas = content.areas.filter((a) => ['urban-district', 'rural-district', 'town'].includes(a.kind)).map((a) => a.id);
  const communeAreas = content.areas.filter((a) => ['ward', 'commune'].includes(a.kind)).map((a) => a.id);
  const allAreas = content.areas.map((a) => a.id);
  const levels: Level[] = ['city', 'district', 'commune'];
  const channels = ['direct', 'online', 'postal'] as const;

  const builtIn = new Set(['date', 'day', 'agency', 'level', 'area', 'channel']);
  const extraFacts = new Map<string, unknown[]>();
  for (const row of content.jurisdiction) {
    if (row.conditions === undefined) continue;
    for (const fact of factsOf(row.conditions)) if (!builtIn.has(fact)) extraFacts.set(fact, [...(extraFacts.get(fact) ?? []), ...valuesOf(row.conditions), true, false, 0, 'x']);
  }

  return Array.from({ length: n }, (_, i) => {
    const at = dateOf(random() < 0.45 && edgeDays.length > 0 ? pick(edgeDays) : first + Math.floor(random() * (last - first + 1)));
    const channel = channels[i % 3]!;
    const kind = random();
    let query: RouteQuery;
    if (kind < 0.55 && agencies.length > 0) {
      const agency = i % 2 === 0 ? agencies[(i >> 1) % agencies.length]! : pick(agencies);
      const r = random();
      query = r < 0.8 ? { at, channel, agency } : r < 0.9 ? { at, channel, agency, level: pick(levels) } : { at, channel, agency, area: pick(allAreas) };
    } else if (kind < 0.9 && districtAreas.length > 0 && communeAreas.length > 0) {
      const district = random() < 0.5;
      const area = district ? districtAreas[i % districtAreas.length]! : communeAreas[i % communeAreas.length]!;
      const level: Level = random() < 0.85 ? (district ? 'district' : 'commune') : pick(levels);
      query = { at, channel, level, area };
    } else {
      const r = random();
      query = r < 0.4 ? { at, channel, level: pick(levels) } : r < 0.8 && allAreas.length > 0 ? { at, channel, area: pick(allAreas) } : { at, channel };
    }
    if (extraFacts.size > 0 && random() < 0.5) {
      const facts: Record<string, unknown> = {};
      for (const [fact, values] of extraFacts) if (random() < 0.7) facts[fact] = pick(values);
      query = { ...query, facts };
    }
    return query;
  });
}

const key = (ids: readonly string[]) => [...ids].sort().join(' ');

/**
 * Routing decisions per second on the Hanoi pack: `compileJurisdiction(content).receiverIds(query)`
 * over 20,000 fixed random queries (target ≥ 1,000,000/s), beside json-rules-engine holding the same
 * rows in one Engine (`createReferenceRouter(content, { engines: 'one' })`, awaited one query at a
 * time) on the first 1,000 of them (target ≥ 1,000× slower). Answers are checked first: the baseline's
 * on the queries it times, and the compiled router's on all 20,000 against the bucketed reference.
 */
export const route: Benchmark = {
  name: 'route',
  description: 'routing decisions per second (compiled router vs json-rules-engine, same rows)',
  async run() {
    const { org } = hanoiPack();
    const content = org.content;
    const n = 20_000;
    const m = 1_000;
    const queries = routeQueries(content, n, 42);
    const router = compileJurisdiction(content);

    // The compiled router: all queries per sample.
    let sink = 0;
    const fast = medianMs(() => {
      for (let i = 0; i < n; i++) sink += router.receiverIds(queries[i]!).length;
    }, 15, 3);

    // Correctness (after the timing, so that json-rules-engine's garbage does not weigh on it).
    const oneEngine = createReferenceRouter(content, { engines: 'one' });
    const bucketed = createReferenceRouter(content, { engines: 'per-agency-and-period' });
    let withReceivers = 0;
    for (let i = 0; i < n; i++) {
      const q = queries[i]!;
      const expected = key(router.receiverIds(q));
      if (expected !== key(await bucketed.receiverIds(q))) throw new Error(`compiled router and json-rules-engine disagree on ${JSON.stringify(q)}`);
      if (expected !== '') withReceivers++;
    }

    // json-rules-engine, one Engine, the first m queries per sample, checking each answer.
    const slowSamples: number[] = [];
    for (let sample = 0; sample < 4; sample++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < m; i++) {
        const ids = await oneEngine.receiverIds(queries[i]!);
        sink += ids.length;
        if (sample === 0 && key(ids) !== key(router.receiverIds(queries[i]!))) throw new Error(`disagreement on ${JSON.stringify(queries[i])}`);
      }
      if (sample > 0) slowSamples.push(Number(process.hrtime.bigint() - start) / 1e6); // the first is the warm-up
    }
    slowSamples.sort((a, b) => a - b);
    const slow = slowSamples[Math.floor(slowSamples.length / 2)]!;
    if (sink === 0) throw new Error('unreachable');

    const value = Math.round((n / fast) * 1000);
    const baselineValue = Math.round((m / slow) * 1000);
    return {
      value,
      unit: 'decisions/s',
      baseline: 'json-rules-engine (same rows, one engine)',
      baselineValue,
      ratio: Math.round(value / baselineValue),
      note: `Hanoi pack, ${content.jurisdiction.length} rows; ${n.toLocaleString('en')} random queries (${m.toLocaleString('en')} for json-rules-engine), ${Math.round((withReceivers / n) * 100)} % with a receiver; identical answers checked`,
    };
  },
};
