import fc from 'fast-check';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import { type DossierState, createDossier, dueInForce } from '../context.js';
import type { DossierEvent } from '../events.js';
import { DOSSIER_EVENTS, type DossierEventType, eventsAllowedIn } from '../table.js';
import { dossierTransition } from '../transition.js';
import { at } from './dossiers.js';

const MINUTE = 60_000;
const FIRST = at('2025-01-01T00:00');
const SPAN_MINUTES = (at('2026-06-30T00:00') - FIRST) / MINUTE;

const WEIGHT: Partial<Record<DossierEventType, number>> = { WITHDRAW: 1, REFUSE: 1, DIGITIZE: 2, HANDOVER: 3, RETURN: 4, MARK_NOT_COLLECTED: 4, REJECT: 2 };

/** One step of a random life: which event (mostly one the table allows now), after how long. */
export interface Step {
  readonly pick: number;
  readonly any: boolean;
  readonly kind: number;
  /** Minutes after the last accepted event (negative: back in time). */
  readonly delta: number;
}

export interface RandomDossier {
  readonly initial: DossierState;
  readonly steps: readonly Step[];
}

const policy = fc.constantFrom('pause' as const, 'restart' as const, 'count' as const);

export const stepArb: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(1000),
  any: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  kind: fc.nat(1000),
  delta: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: -600, max: -1 }) }, { weight: 6, arbitrary: fc.integer({ min: 0, max: 600 }) }, { weight: 6, arbitrary: fc.integer({ min: 0, max: 8 * 24 * 60 }) }),
});

export const dossierArb: fc.Arbitrary<RandomDossier> = fc.record({
  start: fc.integer({ min: 0, max: SPAN_MINUTES }),
  duration: fc.constantFrom('3 working-days', '8 working-hours', '0.5 working-days', '15 working-days', '10 calendar-days', '1 working-days'),
  cutoff: fc.constantFrom(null, '15:00'),
  supplement: policy,
  financialObligation: policy,
  channel: fc.constantFrom('direct' as const, 'online' as const, 'postal' as const),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 16 }),
}).map((g) => ({
  initial: createDossier({
    id: 'R',
    procedureCode: 'p',
    agencyId: 'a',
    receivingUnitId: 'u',
    channel: g.channel,
    procedure: { duration: g.duration, cutoff: g.cutoff, clock: { supplement: g.supplement, financialObligation: g.financialObligation } },
    submittedAt: FIRST + g.start * MINUTE,
  }),
  steps: g.steps,
}));

/** The event of a step in a state: its payload drawn from `kind`, its instant from `delta`. */
export function eventOf(state: DossierState, step: Step): DossierEvent {
  // Events that end the dossier early are drawn less often, so that lives go deep.
  const allowed = eventsAllowedIn(state.value).flatMap((e) => Array<DossierEventType>(WEIGHT[e] ?? 8).fill(e));
  const type: DossierEventType = step.any || allowed.length === 0 ? DOSSIER_EVENTS[step.kind % DOSSIER_EVENTS.length]! : allowed[step.pick % allowed.length]!;
  // Apologies come soon after the last event, so that some fall inside their window.
  const delta = type === 'APOLOGIZE' && step.delta > 0 ? step.delta % 900 : step.delta;
  const t = state.context.lastEventAt + delta * MINUTE;
  const by = step.kind % 3 === 0 ? { by: `officer-${step.kind % 7}` } : {};
  switch (type) {
    case 'HANDOVER':
      return { type, at: t, from: `step-${step.kind % 4}`, to: `step-${(step.kind + 1) % 4}`, ...by };
    case 'APOLOGIZE': {
      const due = dueInForce(state.context) ?? t;
      return { type, at: t, newDueAt: due + ((step.kind % 50) - 5) * 3_600_000, reason: 'r', ...by };
    }
    case 'PAYMENT_RECEIVED':
      return { type, at: t, online: step.kind % 2 === 0, ...by };
    case 'RECEIVE':
      return step.kind % 2 === 0 ? { type, at: t, dossierCode: `000.00.01.H26-250101-${String(step.kind).padStart(4, '0')}` } : { type, at: t };
    default:
      return step.kind % 5 === 0 ? { type, at: t, note: 'n', ...by } : { type, at: t, ...by };
  }
}

/** Runs the steps through the reducer: the events sent and the state after each (unchanged when refused). */
export function runReducer(cal: WorkingCalendar, dossier: RandomDossier): { events: DossierEvent[]; states: DossierState[]; accepted: boolean[] } {
  let state = dossier.initial;
  const events: DossierEvent[] = [];
  const states: DossierState[] = [];
  const accepted: boolean[] = [];
  for (const step of dossier.steps) {
    const event = eventOf(state, step);
    const r = dossierTransition(cal, state, event);
    if (r.ok) state = r.value;
    events.push(event);
    states.push(state);
    accepted.push(r.ok);
  }
  return { events, states, accepted };
}
