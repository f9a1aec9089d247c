import { compileJurisdiction } from '@motcua/core';
import { createReferenceRouter, hanoiPack } from '@motcua/rules';
import { describe, expect, it } from 'vitest';
import { routeQueries } from '../bench/route.js';

/*
 * Differential test of the compiled router (`compileJurisdiction`) against the reference evaluator
 * on json-rules-engine (`createReferenceRouter`), over the Hanoi pack: ≥ 100,000 deterministic random
 * queries (`routeQueries`, shared with the `route` benchmark) across the whole coverage to 2026-12-31,
 * weighted to every date where something starts or ends (±1 day) and to the 19–30/11/2025 pilot;
 * every agency (in force or not), every district and commune area without an agency, all three
 * channels, and the extra facts the rows' conditions read. For each query the allow rows, the deny
 * rows and the receivers must be the same sets.
 *
 * json-rules-engine runs one query at a time (concurrent runs are slower) on Engines bucketed by
 * agency and period (`engines: 'per-agency-and-period'`): ~0.2 ms per query instead of ~0.4 ms with
 * agency buckets alone and ~1 ms with one Engine, so the test takes ~20 s instead of 40–100 s.
 */

const QUERIES = 100_000;

const { org } = hanoiPack();
const content = org.content;
const router = compileJurisdiction(content);
const reference = createReferenceRouter(content, { engines: 'per-agency-and-period' });

interface Answer {
  allow: string[];
  deny: string[];
  receivers: string[];
}

const show = (a: Answer) => `allow [${a.allow.join(', ')}] deny [${a.deny.join(', ')}] receivers [${a.receivers.join(', ')}]`;

describe('the compiled router and json-rules-engine agree on the Hanoi pack', () => {
  it('has jurisdiction rows to compare', () => {
    expect(content.jurisdiction.length).toBeGreaterThan(0);
  });

  it(`gives the same rows and receivers for ${QUERIES.toLocaleString('en')} random queries`, { timeout: 300_000 }, async () => {
    const all = routeQueries(content, QUERIES, 20_251_119, '2026-12-31');
    expect(all.length).toBeGreaterThanOrEqual(100_000);
    const differences: string[] = [];
    let differing = 0;
    const matchedRows = new Set<string>();
    let withReceivers = 0;
    const started = performance.now();
    for (const query of all) {
      const m = router.matchingRows(query);
      const compiled: Answer = { allow: m.allow.map((r) => r.id).sort(), deny: m.deny.map((r) => r.id).sort(), receivers: [...router.receiverIds(query)].sort() };
      const r = await reference.evaluate(query);
      const ref: Answer = { allow: [...r.allow].sort(), deny: [...r.deny].sort(), receivers: [...r.receivers].sort() };
      if (show(compiled) !== show(ref)) {
        differing++;
        if (differences.length < 10) differences.push(`${JSON.stringify(query)}\n  compiled:          ${show(compiled)}\n  json-rules-engine: ${show(ref)}`);
      }
      for (const id of [...ref.allow, ...ref.deny]) matchedRows.add(id);
      if (ref.receivers.length > 0) withReceivers++;
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(`jurisdiction differential: ${all.length} queries, ${content.jurisdiction.length} rows, ${seconds.toFixed(1)} s`);
    expect(differences, `${differing} of ${all.length} queries differ; the first ${differences.length}:\n${differences.join('\n')}`).toEqual([]);
    // Not vacuous: every row matches some query, and a good share of the queries find a receiver.
    expect(content.jurisdiction.map((r) => r.id).filter((id) => !matchedRows.has(id))).toEqual([]);
    expect(withReceivers).toBeGreaterThan(all.length / 4);
  });
});
