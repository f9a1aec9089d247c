import { type Duration, compileCalendar, dueInstant } from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import type { Benchmark } from './harness.js';
import { medianMs } from './harness.js';
import { naiveDueInstant } from './naive-deadline.js';

/**
 * Due-date computations on the Hanoi calendar (target ≥ 2,000,000/s, cost independent of the
 * duration), beside the naive day-by-day loop on the same inputs. Receipts are spread over
 * 2025–2026 at random minutes; durations over 1–60 working days, working hours and calendar days.
 */
export const deadline: Benchmark = {
  name: 'deadline',
  description: 'due-date computations per second (fast path vs naive day-by-day loop)',
  run() {
    const { org } = hanoiPack();
    const cal = compileCalendar(org.content, 'hanoi');
    const n = 100_000;
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const from = Date.parse('2025-01-01T00:00:00+07:00');
    const span = Date.parse('2026-10-01T00:00:00+07:00') - from;
    const units: Duration['unit'][] = ['working-days', 'working-hours', 'calendar-days'];
    const receipts = Float64Array.from({ length: n }, () => from + Math.floor(random() * span / 60_000) * 60_000);
    const durations: Duration[] = Array.from({ length: n }, () => ({ amount: 1 + Math.floor(random() * 60), unit: units[Math.floor(random() * 3)]! }));
    let sink = 0;
    for (let i = 0; i < n; i++) if (dueInstant(cal, receipts[i]!, durations[i]!) !== naiveDueInstant(cal, receipts[i]!, durations[i]!)) throw new Error(`fast and naive disagree at ${i}`);
    const fast = medianMs(() => {
      for (let i = 0; i < n; i++) sink += dueInstant(cal, receipts[i]!, durations[i]!);
    });
    const naive = medianMs(() => {
      for (let i = 0; i < n / 10; i++) sink += naiveDueInstant(cal, receipts[i]!, durations[i]!);
    }, 5, 1) * 10;
    if (sink === 0) throw new Error('unreachable');
    const perSecond = (ms: number) => Math.round((n / ms) * 1000);
    return {
      value: perSecond(fast),
      unit: 'due dates/s',
      baseline: 'naive day-by-day loop',
      baselineValue: perSecond(naive),
      ratio: Math.round((naive / fast) * 10) / 10,
      note: `${n.toLocaleString('en')} receipts, 1–60 days; identical answers checked`,
    };
  },
};
