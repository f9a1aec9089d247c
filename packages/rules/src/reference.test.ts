import { ConditionSchema, type Condition, type JurisdictionRow, type Level, type PackContent, type RouteQuery, type Unit, compileJurisdiction } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { createReferenceRouter } from './reference.js';

/*
 * The reference evaluator (json-rules-engine) against the compiled router, on a small synthetic pack
 * that exercises every receiver kind, renamed and merged agencies, deny rows, and row conditions
 * with `all` / `any` / `not`, `path` and every operator. The Hanoi pack is compared in
 * test/jurisdiction-differential.test.ts.
 */

const cite = { doc: 'D', ref: '1' };
const unit = (u: Omit<Unit, 'name' | 'citation'> & { name?: string }): Unit => ({ name: u.id, citation: cite, ...u });
let rowCount = 0;
const row = (r: Omit<JurisdictionRow, 'id' | 'name' | 'citation' | 'basis'> & { id?: string; basis?: JurisdictionRow['basis'] }): JurisdictionRow => {
  const id = r.id ?? `r${++rowCount}`;
  return { id, name: id, citation: cite, basis: 'assigned', ...r };
};
const cond = (c: Condition) => c;

function syntheticContent(): PackContent {
  return {
    manifest: { id: 't', name: 'T', version: '1', formatVersion: 1, coverage: { from: '2024-10-15' } },
    documents: [{ code: 'D', title: 'Doc', confidence: 'confirmed' }],
    calendars: [],
    holidays: [],
    calendarDays: [],
    lunarYears: [],
    phases: [],
    regimes: [],
    register: [],
    cases: [],
  kpiIndices: [],
  procedures: [],
    areas: [
      { id: 'hn', name: 'HN', kind: 'city', validFrom: '2024-01-01', citation: cite },
      { id: 'q1', name: 'Q1', kind: 'urban-district', parent: 'hn', validFrom: '2024-01-01', validTo: '2025-06-30', citation: cite },
      { id: 'q2', name: 'Q2', kind: 'rural-district', parent: 'hn', validFrom: '2024-01-01', validTo: '2025-06-30', citation: cite },
      { id: 'p1', name: 'P1', kind: 'ward', parent: 'hn', predecessors: ['q1'], validFrom: '2025-07-01', citation: cite },
      { id: 'p2', name: 'P2', kind: 'commune', parent: 'hn', predecessors: ['q1', 'q2'], validFrom: '2025-07-01', citation: cite },
      { id: 'p3', name: 'P3', kind: 'commune', parent: 'hn', predecessors: ['q2'], validFrom: '2025-07-01', citation: cite },
    ],
    agencies: [
      { id: 'so-a', name: 'A', kind: 'department', level: 'city', validFrom: '2024-01-01', validTo: '2025-02-28', citation: cite },
      { id: 'so-b', name: 'B', kind: 'department', level: 'city', validFrom: '2024-01-01', citation: cite },
      { id: 'so-c', name: 'C', kind: 'department', level: 'city', validFrom: '2024-01-01', validTo: '2025-06-30', citation: cite },
      { id: 'so-ab', name: 'AB', kind: 'department', level: 'city', predecessors: ['so-a'], validFrom: '2025-03-01', validTo: '2025-06-30', citation: cite },
      { id: 'so-abc', name: 'ABC', kind: 'department', level: 'city', predecessors: ['so-ab', 'so-c'], validFrom: '2025-07-01', citation: cite },
      { id: 'ban-x', name: 'X', kind: 'board', level: 'city', validFrom: '2024-01-01', citation: cite },
      { id: 'ubnd-q1', name: 'UB Q1', kind: 'district-pc', level: 'district', area: 'q1', validFrom: '2024-01-01', validTo: '2025-06-30', citation: cite },
      { id: 'ubnd-q2', name: 'UB Q2', kind: 'district-pc', level: 'district', area: 'q2', validFrom: '2024-01-01', validTo: '2025-06-30', citation: cite },
      { id: 'ubnd-p1', name: 'UB P1', kind: 'commune-pc', level: 'commune', area: 'p1', validFrom: '2025-07-01', citation: cite },
      { id: 'ubnd-p2', name: 'UB P2', kind: 'commune-pc', level: 'commune', area: 'p2', validFrom: '2025-07-01', citation: cite },
      { id: 'ubnd-p3', name: 'UB P3', kind: 'commune-pc', level: 'commune', area: 'p3', validFrom: '2025-07-01', citation: cite },
    ],
    units: [
      unit({ id: 'center', kind: 'center', validFrom: '2024-10-15' }),
      unit({ id: 'cn-1', kind: 'branch', parent: 'center', validFrom: '2024-12-01', areas: { values: { '2024-12-01': { value: ['q1'] }, '2025-04-01': { value: ['q1', 'q2'] }, '2025-07-01': { value: ['p1', 'p2'] } } } }),
      unit({ id: 'cn-2', kind: 'branch', parent: 'center', validFrom: '2025-01-01', validTo: '2025-11-30', areas: ['q2', 'p3'] }),
      unit({ id: 'desk-a', kind: 'department-desk', agency: 'so-a', validFrom: '2024-10-15', validTo: '2025-03-31' }),
      unit({ id: 'desk-ab', kind: 'department-desk', agency: 'so-ab', validFrom: '2025-03-01' }),
      unit({ id: 'desk-b', kind: 'department-desk', agency: 'so-b', validFrom: '2024-10-15' }),
      unit({ id: 'desk-c', kind: 'department-desk', agency: 'so-c', validFrom: '2024-10-15', validTo: '2025-06-30' }),
      unit({ id: 'dd-q1', kind: 'district-desk', agency: 'ubnd-q1', area: 'q1', validFrom: '2024-10-15', validTo: '2025-06-30' }),
      unit({ id: 'dd-q2', kind: 'district-desk', agency: 'ubnd-q2', area: 'q2', validFrom: '2024-10-15', validTo: '2025-06-30' }),
      unit({ id: 'cc-p1', kind: 'commune-centre', agency: 'ubnd-p1', area: 'p1', validFrom: '2025-07-01' }),
      unit({ id: 'cc-p2', kind: 'commune-centre', agency: 'ubnd-p2', area: 'p2', validFrom: '2025-07-01' }),
      unit({ id: 'rp-1', kind: 'reception-point', parent: 'cn-1', area: 'q1', validFrom: '2024-12-01' }),
      unit({ id: 'rp-2', kind: 'reception-point', parent: 'cn-2', area: 'q2', validFrom: '2025-01-01', validTo: '2025-11-30' }),
      unit({ id: 'portal', kind: 'online-portal', validFrom: '2024-10-15' }),
    ],
    jurisdiction: [
      row({ id: 'center-city', receiver: { unit: 'center' }, validFrom: '2024-10-15', agencies: ['so-a', 'so-c'], levels: ['city'] }),
      row({ id: 'desks', receiver: { deskOf: 'agency' }, basis: 'own-desk', validFrom: '2024-10-15', validTo: '2025-03-31', agencies: ['so-a', 'so-b', 'so-c'], channels: ['direct', 'postal'] }),
      row({ id: 'home', receiver: { homeBranchOf: 'area' }, basis: 'home-branch', validFrom: '2024-12-01', validTo: '2025-06-30', levels: ['district', 'commune'] }),
      row({ id: 'home-city', receiver: { homeBranchOf: 'area' }, basis: 'home-branch', validFrom: '2024-12-01', agencies: ['so-b'], areas: ['q1', 'p1'] }),
      row({ id: 'district-desks', receiver: { unitOfArea: 'district-desk' }, validFrom: '2024-10-15', validTo: '2025-06-30', levels: ['district'], channels: ['direct'] }),
      row({ id: 'boundary-free', receiver: { unitKind: 'branch' }, basis: 'boundary-free', validFrom: '2025-07-01' }),
      row({ id: 'commune-centres', receiver: { unitOfArea: 'commune-centre' }, validFrom: '2025-07-01', levels: ['commune'], areas: ['p1', 'p2', 'p3'] }),
      row({ id: 'points', receiver: { unitKind: 'reception-point' }, basis: 'parallel-desk', validFrom: '2025-07-01', channels: ['direct'] }),
      row({ id: 'online', receiver: { unit: 'portal' }, basis: 'online', validFrom: '2024-10-15', channels: ['online'] }),
      row({ id: 'pilot-deny', effect: 'deny', receiver: { unit: 'cn-2' }, validFrom: '2025-11-19', validTo: '2025-11-30', agencies: ['so-b'] }),
      row({ id: 'postal-deny', effect: 'deny', receiver: { unitKind: 'reception-point' }, validFrom: '2024-10-15', channels: ['postal'] }),
      row({ id: 'merged-desk', receiver: { deskOf: 'agency' }, basis: 'own-desk', validFrom: '2025-03-01', agencies: ['so-a'] }),
      // Rows with conditions over extra facts and over the built-in ones.
      row({
        id: 'vip',
        receiver: { unit: 'center' },
        validFrom: '2024-10-15',
        conditions: cond({
          any: [
            { fact: 'fee', operator: 'greaterThan', value: 1_000_000 },
            { all: [{ fact: 'tags', operator: 'contains', value: 'urgent' }, { not: { fact: 'applicant', path: '$.kind', operator: 'equal', value: 'company' } }] },
          ],
        }),
      }),
      row({
        id: 'ops-a',
        receiver: { unit: 'rp-1' },
        validFrom: '2024-10-15',
        conditions: cond({
          all: [
            { fact: 'fee', operator: 'lessThanInclusive', value: 500 },
            { fact: 'fee', operator: 'greaterThanInclusive', value: 100 },
            { fact: 'kind', operator: 'notEqual', value: 'land' },
            { fact: 'tags', operator: 'doesNotContain', value: 'foreign' },
          ],
        }),
      }),
      row({
        id: 'ops-b',
        receiver: { unit: 'cn-1' },
        validFrom: '2024-12-01',
        conditions: cond({
          any: [
            { fact: 'kind', operator: 'in', value: ['land', 'housing'] },
            { all: [{ fact: 'kind', operator: 'notIn', value: ['tax', 'land'] }, { fact: 'fee', operator: 'lessThan', value: 50 }] },
          ],
        }),
      }),
      row({
        id: 'ops-c',
        effect: 'deny',
        receiver: { unit: 'center' },
        validFrom: '2024-10-15',
        conditions: cond({ all: [{ fact: 'kind', operator: 'equal', value: 'tax' }, { not: { any: [{ fact: 'applicant', path: '$.address.area', operator: 'in', value: ['q1', 'p1'] }] } }] }),
      }),
      row({
        id: 'builtin-facts',
        receiver: { unit: 'desk-b' },
        validFrom: '2024-10-15',
        conditions: cond({
          all: [
            { fact: 'date', operator: 'greaterThanInclusive', value: '2025-06-01' },
            { fact: 'day', operator: 'lessThan', value: 20_400 },
            { fact: 'level', operator: 'notEqual', value: 'commune' },
            { fact: 'channel', operator: 'in', value: ['online', 'postal'] },
          ],
        }),
      }),
      row({ id: 'fee-over', receiver: { unit: 'rp-2' }, validFrom: '2025-01-01', agencies: ['ubnd-q2'], conditions: cond({ not: { fact: 'fee', operator: 'greaterThan', value: 0 } }) }),
    ],
  };
}

const content = syntheticContent();
const router = compileJurisdiction(content);
const sorted = (xs: readonly string[]) => [...xs].sort();

async function compare(reference: ReturnType<typeof createReferenceRouter>, query: RouteQuery) {
  const compiled = router.matchingRows(query);
  const ref = await reference.evaluate(query);
  return {
    query,
    compiled: { allow: compiled.allow.map((r) => r.id), deny: compiled.deny.map((r) => r.id), receivers: sorted(router.receiverIds(query)) },
    reference: { allow: ref.allow, deny: ref.deny, receivers: sorted(ref.receivers) },
  };
}

// A small deterministic generator (so that a failure names a query that can be replayed).
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

describe('createReferenceRouter (json-rules-engine) on a synthetic pack', () => {
  it('turns each row into one rule with the documented conditions', () => {
    const reference = createReferenceRouter(content);
    expect(reference.rules).toHaveLength(content.jurisdiction.length);
    expect(reference.rules[1]).toEqual({
      name: 'desks',
      conditions: {
        all: [
          { fact: 'day', operator: 'greaterThanInclusive', value: 20011 },
          { fact: 'day', operator: 'lessThanInclusive', value: 20178 },
          { fact: 'channel', operator: 'in', value: ['direct', 'postal'] },
          { fact: 'agency', operator: 'in', value: ['so-a', 'so-ab', 'so-abc', 'so-b', 'so-c'] },
        ],
      },
      event: { type: 'allow', params: { row: 'desks', index: 1 } },
    });
    expect(reference.rules[9]!.event.type).toBe('deny');
  });

  it('answers hand-made queries as the compiled router does', async () => {
    const reference = createReferenceRouter(content);
    const queries: RouteQuery[] = [
      { at: '2025-01-10', agency: 'so-a', channel: 'direct' },
      { at: '2025-01-10', agency: 'so-b', area: 'q1', channel: 'direct' },
      { at: '2025-03-31', agency: 'so-a', channel: 'direct' },
      { at: '2025-04-01', agency: 'so-a', channel: 'direct' },
      { at: '2025-07-01', agency: 'so-abc', channel: 'postal' },
      { at: '2025-11-19', agency: 'so-b', channel: 'direct', area: 'p3' },
      { at: '2025-06-30', agency: 'ubnd-q1', channel: 'direct' },
      { at: '2025-07-01', level: 'commune', area: 'p2', channel: 'direct' },
      { at: '2024-11-30', level: 'district', area: 'q2', channel: 'direct' },
      { at: '2025-05-05', channel: 'online', facts: { fee: 2_000_000 } },
      { at: '2025-05-05', channel: 'online', facts: { tags: ['urgent'], applicant: { kind: 'person' } } },
      { at: '2025-05-05', channel: 'online', facts: { tags: ['urgent'], applicant: { kind: 'company' } } },
      { at: '2025-05-05', channel: 'direct', facts: { fee: 100, kind: 'housing', tags: [] } },
      { at: '2025-05-05', channel: 'direct', facts: { fee: '250', kind: 'tax', tags: ['foreign'], applicant: { address: { area: 'q2' } } } },
      { at: '2025-05-05', channel: 'direct', facts: { kind: 'tax', applicant: { address: { area: 'q1' } } } },
      { at: '2025-06-01', channel: 'postal', level: 'city' },
      { at: '2025-06-01', channel: 'postal', level: 'commune' },
      { at: '2025-06-01', agency: 'ubnd-q2', channel: 'direct', facts: { fee: 0 } },
      { at: '2025-06-01', agency: 'ubnd-q2', channel: 'direct', facts: { fee: 'free' } },
      { at: '2025-06-01', agency: 'ban-x', channel: 'direct' },
      { at: '2025-06-01', agency: 'not-an-agency', channel: 'direct' },
    ];
    const results = await Promise.all(queries.map((q) => compare(reference, q)));
    for (const r of results) expect(r.reference, JSON.stringify(r.query)).toEqual(r.compiled);
    // The queries do reach the rows they were written for.
    const matched = new Set(results.flatMap((r) => [...r.reference.allow, ...r.reference.deny]));
    expect([...content.jurisdiction.map((x) => x.id)].filter((id) => !matched.has(id))).toEqual([]);
  });

  it('agrees with the compiled router on 3,000 random queries, in every engine layout', { timeout: 60_000 }, async () => {
    const random = rng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const days = ['2024-10-14', '2024-10-15', '2024-11-30', '2024-12-01', '2025-02-28', '2025-03-01', '2025-03-31', '2025-04-01', '2025-06-30', '2025-07-01', '2025-11-18', '2025-11-19', '2025-11-30', '2025-12-01', '2026-06-15'];
    const agencies = [...content.agencies.map((a) => a.id), 'not-an-agency'];
    const areas = content.areas.map((a) => a.id);
    const levels: Level[] = ['city', 'district', 'commune'];
    const extra = () => {
      const facts: Record<string, unknown> = {};
      if (random() < 0.6) facts.fee = pick([0, 50, 99, 100, 250, 500, 501, 1_000_000, 1_000_001, '250', 'free', null]);
      if (random() < 0.5) facts.kind = pick(['land', 'housing', 'tax', 'other']);
      if (random() < 0.5) facts.tags = pick([[], ['urgent'], ['foreign'], ['urgent', 'foreign'], 'urgent']);
      if (random() < 0.5) facts.applicant = pick([{ kind: 'company' }, { kind: 'person', address: { area: 'q1' } }, { address: { area: 'p3' } }, {}]);
      return facts;
    };
    const queries: RouteQuery[] = Array.from({ length: 3000 }, () => {
      const at = random() < 0.5 ? pick(days) : new Date(Date.UTC(2024, 9, 1) + Math.floor(random() * 820) * 86_400_000).toISOString().slice(0, 10);
      const channel = pick(['direct', 'online', 'postal'] as const);
      const facts = extra();
      const base: RouteQuery = random() < 0.6 ? { at, channel, agency: pick(agencies) } : { at, channel, level: pick(levels), area: pick(areas) };
      const withLevel = random() < 0.1 && base.agency !== undefined ? { ...base, level: pick(levels) } : base;
      return Object.keys(facts).length > 0 ? { ...withLevel, facts } : withLevel;
    });
    for (const engines of ['per-agency', 'per-agency-and-period', 'one'] as const) {
      const reference = createReferenceRouter(content, { engines });
      const results = [];
      for (const q of queries) results.push(await compare(reference, q));
      const differing = results.filter((r) => JSON.stringify(r.reference) !== JSON.stringify(r.compiled));
      expect(differing.slice(0, 3)).toEqual([]);
      // Not a vacuous comparison: most rows match somewhere, and receivers vary.
      expect(new Set(results.flatMap((r) => r.reference.allow)).size).toBeGreaterThan(12);
      expect(new Set(results.map((r) => r.reference.receivers.join())).size).toBeGreaterThan(50);
    }
  });

  it('rejects extra facts that would shadow a built-in fact', async () => {
    const reference = createReferenceRouter(content);
    await expect(reference.receiverIds({ at: '2025-05-05', channel: 'direct', facts: { channel: 'online' } })).rejects.toThrow(/shadow/);
  });
});

/*
 * Condition forms on which json-rules-engine means something motcua's compiled evaluator does not
 * reproduce (substring `in`, fact-to-fact values, full JSONPath): the schema refuses them, so a pack
 * cannot contain them. A fact that is not an object under a dotted path is compared as it is, as
 * json-rules-engine does.
 */
describe('conditions outside the shared meaning', () => {
  const refused: [string, Condition][] = [
    ['`in` with a string value', { fact: 'kind', operator: 'in', value: 'land-tax' }],
    ['`notIn` with a string value', { fact: 'kind', operator: 'notIn', value: 'land-tax' }],
    ['`in` with a number value', { fact: 'fee', operator: 'in', value: 5 }],
    ['a `value` of the form {fact}', { fact: 'fee', operator: 'equal', value: { fact: 'limit' } }],
    ['`path` beyond dotted keys', { fact: 'applicant', path: '$.names[0]', operator: 'equal', value: 'An' }],
  ];
  for (const [name, condition] of refused) {
    it(`the schema refuses ${name}`, () => {
      expect(ConditionSchema.safeParse(condition).success).toBe(false);
    });
  }

  it('compares a non-object fact under a path as it is, like json-rules-engine', async () => {
    const condition: Condition = { fact: 'fee', path: '$.amount', operator: 'equal', value: 5 };
    expect(ConditionSchema.safeParse(condition).success).toBe(true);
    const c: PackContent = { ...content, jurisdiction: [row({ id: 'probe', receiver: { unit: 'center' }, validFrom: '2024-10-15', conditions: condition })] };
    const query: RouteQuery = { at: '2025-05-05', channel: 'direct', facts: { fee: 5 } };
    expect(compileJurisdiction(c).matchingRows(query).allow.map((r) => r.id)).toEqual(['probe']);
    expect((await createReferenceRouter(c).matchingRowIds(query)).allow).toEqual(['probe']);
  });

  it('refuses extra facts that would shadow a built-in fact, in the compiled router too', () => {
    expect(() => compileJurisdiction(content).receiverIds({ at: '2025-05-05', channel: 'direct', facts: { channel: 'online' } })).toThrow(/shadow/);
  });
});
