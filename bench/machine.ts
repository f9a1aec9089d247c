import {
  type DossierEvent,
  type DossierState,
  type NewDossier,
  type WorkingCalendar,
  compileCalendar,
  createDossier,
  createDossierMachine,
  dossierTransition,
} from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import { createActor } from 'xstate';
import type { Benchmark, Figure } from './harness.js';
import { medianMs } from './harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Life {
  readonly input: NewDossier;
  readonly events: readonly DossierEvent[];
}

/**
 * `n` seeded dossier lives of about 8 events each on the Hanoi calendar: receipt (at any minute of
 * 2025 – mid 2026, weekends and nights included, so that most clocks start at a next session and
 * paper receipts after 15:00 are transferred the next morning), digitisation, transfer, hand-overs,
 * a supplement (30 %, clock paused / restarted / counted), a financial obligation (10 %), an apology
 * (10 %), a withdrawal (3 %), a refusal on the merits (5 %), the resolution, a result not collected
 * (5 %) and the return. Events the table would refuse (an apology too late) are dropped when the
 * lives are built, so that both engines are sent only events they take.
 */
export function dossierLives(cal: WorkingCalendar, n: number, seed: number): Life[] {
  let s = seed;
  const random = () => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const from = Date.parse('2025-01-02T00:00:00+07:00');
  const span = Date.parse('2026-06-30T00:00:00+07:00') - from;
  const durations = ['3 working-days', '5 working-days', '8 working-hours', '10 working-days', '15 calendar-days', '0.5 working-days'];
  const policies = ['pause', 'restart', 'count'] as const;
  const lives: Life[] = [];
  for (let i = 0; i < n; i++) {
    const submittedAt = from + Math.floor((random() * span) / MINUTE) * MINUTE;
    const input: NewDossier = {
      id: `B${i}`,
      procedureCode: `p${i % 200}`,
      agencyId: `a${i % 40}`,
      receivingUnitId: `u${i % 300}`,
      channel: random() < 0.6 ? 'online' : 'direct',
      procedure: {
        duration: durations[Math.floor(random() * durations.length)]!,
        cutoff: random() < 0.2 ? '15:00' : null,
        clock: { supplement: policies[Math.floor(random() * 3)]!, financialObligation: policies[Math.floor(random() * 3)]! },
      },
      submittedAt,
    };
    let state: DossierState = createDossier(input);
    const events: DossierEvent[] = [];
    const send = (event: DossierEvent) => {
      const r = dossierTransition(cal, state, event);
      if (!r.ok) return false;
      state = r.value;
      events.push(event);
      return true;
    };
    let t = submittedAt;
    const later = (ms: number) => (t = cal.nextWorkingInstant(t + Math.floor(random() * ms)));
    send({ type: 'RECEIVE', at: t, dossierCode: `000.00.01.H26-${i}` });
    send({ type: 'DIGITIZE', at: (t += 10 * MINUTE) });
    send({ type: 'TRANSFER', at: (t = Math.max(t, state.context.transferDueAt ?? t)) });
    send({ type: 'HANDOVER', at: later(2 * HOUR), from: 'specialist', to: 'head' });
    const r = random();
    if (r < 0.03) {
      send({ type: 'WITHDRAW', at: later(8 * HOUR) });
    } else {
      if (random() < 0.1) send({ type: 'APOLOGIZE', at: later(HOUR), newDueAt: (state.context.dueAt ?? t) + 48 * HOUR, reason: 'awaiting verification' });
      if (r < 0.33) {
        send({ type: 'REQUEST_SUPPLEMENT', at: later(8 * HOUR) });
        send({ type: 'SUPPLEMENT_RECEIVED', at: later(48 * HOUR) });
      } else if (r < 0.43) {
        send({ type: 'REQUEST_PAYMENT', at: later(8 * HOUR) });
        send({ type: 'PAYMENT_RECEIVED', at: later(24 * HOUR), online: random() < 0.5 });
      } else {
        send({ type: 'HANDOVER', at: later(8 * HOUR), from: 'head', to: 'leader' });
      }
      send({ type: 'HANDOVER', at: later(8 * HOUR), from: 'leader', to: 'head' });
      send(random() < 0.05 ? { type: 'REJECT', at: later(24 * HOUR) } : { type: 'RESOLVE', at: later(24 * HOUR) });
      if (random() < 0.05) send({ type: 'MARK_NOT_COLLECTED', at: later(30 * 24 * HOUR) });
      send({ type: 'RETURN', at: later(24 * HOUR) });
    }
    lives.push({ input, events });
  }
  return lives;
}

/**
 * Dossier events per second through the pure reducer ({@link dossierTransition}, interpreting the
 * transition table) for 10,000 dossiers × ~8 events in memory, beside a plain xstate actor per
 * dossier built from the same table (`createActor(createDossierMachine(cal), { input }).start()`,
 * the same events sent). Both must end every dossier in the same state and context.
 */
export const machine: Benchmark = {
  name: 'machine',
  description: 'dossier events per second (pure reducer vs an xstate v5 actor per dossier, same table)',
  run: () => measureMachine(compileCalendar(hanoiPack().org.content, 'hanoi')),
};

/** The `machine` benchmark on a given calendar. */
export function measureMachine(cal: WorkingCalendar): Figure {
  const n = 10_000;
  const lives = dossierLives(cal, n, 42);
  const total = lives.reduce((sum, l) => sum + l.events.length, 0);
  const xmachine = createDossierMachine(cal);

  const reduced: DossierState[] = new Array(n);
  const viaReducer = () => {
    for (let i = 0; i < n; i++) {
      const life = lives[i]!;
      let state = createDossier(life.input);
      for (const event of life.events) {
        const r = dossierTransition(cal, state, event);
        if (r.ok) state = r.value;
      }
      reduced[i] = state;
    }
  };
  const acted: { value: unknown; context: unknown }[] = new Array(n);
  const viaActor = () => {
    for (let i = 0; i < n; i++) {
      const life = lives[i]!;
      const actor = createActor(xmachine, { input: life.input }).start();
      for (const event of life.events) actor.send(event);
      const snapshot = actor.getSnapshot();
      acted[i] = { value: snapshot.value, context: snapshot.context };
      actor.stop();
    }
  };

  const fast = medianMs(viaReducer, 9, 2);
  const slow = medianMs(viaActor, 5, 1);
  // Same final states and contexts, dossier by dossier.
  const finals = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const a = reduced[i]!;
    const b = acted[i]!;
    if (a.value !== b.value || JSON.stringify(a.context) !== JSON.stringify(b.context)) throw new Error(`reducer and xstate actor disagree on dossier ${i}: ${a.value} vs ${String(b.value)}`);
    finals.set(a.value, (finals.get(a.value) ?? 0) + 1);
  }
  const perSecond = (ms: number) => Math.round((total / ms) * 1000);
  return {
    value: perSecond(fast),
    unit: 'events/s',
    baseline: 'xstate 5.33.3, an actor per dossier (same table)',
    baselineValue: perSecond(slow),
    ratio: Math.round((slow / fast) * 10) / 10,
    note: `${n.toLocaleString('en')} dossiers, ${total.toLocaleString('en')} events (${(total / n).toFixed(1)} per dossier); final states: ${[...finals].map(([k, v]) => `${k} ${v}`).join(', ')}; identical states and contexts checked`,
  };
}
