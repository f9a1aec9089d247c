import { hanoiPack, hanoiPackDir, loadPack } from '@motcua/rules';
import type { Benchmark } from './harness.js';
import { medianMs } from './harness.js';

/**
 * Loading the bundled Hanoi pack as a program does (`hanoiPack`: read the sources to check the
 * compiled form is current, read the compiled form, validate it, build the organisation); target
 * ≤ 50 ms. Beside it, the full YAML path that `motcua rules validate` takes (parse with positions,
 * validate, lint).
 */
export const packLoad: Benchmark = {
  name: 'pack-load',
  description: 'load the bundled Hanoi pack (ms, median)',
  run() {
    const compiled = medianMs(() => hanoiPack({ fresh: true }));
    const yaml = medianMs(() => {
      if (!loadPack(hanoiPackDir()).ok) throw new Error('the Hanoi pack does not load');
    }, 5, 1);
    return { value: round(compiled), unit: 'ms', note: `from YAML with positions and lint: ${round(yaml)} ms` };
  },
};

const round = (x: number) => Math.round(x * 10) / 10;
