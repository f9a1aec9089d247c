/**
 * `pnpm bench [-- --json] [-- --only NAME]`: runs the benchmarks on one core and prints a table, or
 * one JSON object keyed by benchmark name (MISSION §7). Without `--only`, each benchmark runs in a
 * process of its own, so that one's heap and JIT state do not weigh on the next. Benchmarks never
 * run inside the test suite.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { deadline } from './deadline.js';
import type { Benchmark, Figure } from './harness.js';
import { intake } from './intake.js';
import { kpi } from './kpi.js';
import { machine } from './machine.js';
import { packLoad } from './pack-load.js';
import { route } from './route.js';

const BENCHMARKS: Benchmark[] = [route, deadline, intake, packLoad, kpi, machine];

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const selected = BENCHMARKS.filter((b) => only === undefined || b.name === only);
if (selected.length === 0) {
  console.error(`No benchmark named "${only}". Known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const results: Record<string, Figure> = {};
for (const b of selected) {
  if (only === undefined) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--only', b.name, '--json'], { encoding: 'utf8' });
    results[b.name] = (JSON.parse(out) as Record<string, Figure>)[b.name]!;
  } else {
    results[b.name] = await b.run();
  }
  if (!json) {
    const f = results[b.name]!;
    const base = f.baselineValue === undefined ? '' : `  baseline ${f.baseline}: ${f.baselineValue} (${f.ratio}×)`;
    console.log(`${b.name.padEnd(16)} ${String(f.value).padStart(12)} ${f.unit}${base}${f.note ? `  — ${f.note}` : ''}`);
  }
}
if (json) console.log(JSON.stringify(results));
else console.log(`\n${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`);
