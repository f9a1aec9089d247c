/**
 * A small benchmark harness: runs a function repeatedly on one core and reports the median of
 * several samples, so that a noisy neighbour moves the figure less than a mean would.
 */

/** One benchmark's figure, beside its baseline when the table in MISSION §7 names one. */
export interface Figure {
  value: number;
  unit: string;
  baseline?: string;
  baselineValue?: number;
  /** How many times better than the baseline (higher is better). */
  ratio?: number;
  note?: string;
}

/** A benchmark: measures and returns its figure. */
export interface Benchmark {
  name: string;
  description: string;
  run(): Figure | Promise<Figure>;
}

/** Median of the wall-clock durations (ms) of `samples` runs of `fn`, after `warmup` runs. */
export function medianMs(fn: () => void, samples = 9, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
