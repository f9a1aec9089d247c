import { and, assign, setup } from 'xstate';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type DossierContext, type DossierState, type NewDossier, createDossierContext, dossierInput } from './context.js';
import { EFFECTS, record } from './effects.js';
import type { DossierEvent } from './events.js';
import { GUARDS, inOrder } from './guards.js';
import { DOSSIER_STATES, type DossierStateName, type EffectName, type GuardName, STATE_INFO, TRANSITIONS, type TransitionRow } from './table.js';

/** The id of the dossier machine, stamped on every persisted dossier. */
export const DOSSIER_MACHINE_ID = 'motcua.dossier';

/** The xstate machine of a dossier: flat states named as in the table, context as in {@link DossierContext}. */
export type DossierMachine = ReturnType<typeof createDossierMachine>;

/**
 * An xstate v5 machine built from the transition table: one state per table state (terminal ones
 * are `final`, every state's `meta` has its national status code), one transition per row with the
 * row's guard (and `inOrder`) and its effect as named actions (`record`, then the effect), both
 * calling the same functions as {@link dossierTransition}. No `after` timers: deadlines are data in
 * the context, and the host acts on them with {@link dueCheck}.
 *
 * Create an actor with `createActor(machine, { input })` (a {@link NewDossier}), or from a stored
 * dossier with `createActor(machine, dossierActorOptions(machine, state))`.
 */
export function createDossierMachine(cal: WorkingCalendar) {
  const effect = (name: EffectName) =>
    assign<DossierContext, DossierEvent, TransitionRow, DossierEvent, never>(({ context, event }, row) => EFFECTS[name](cal, context, event, row));
  const actions = Object.fromEntries((Object.keys(EFFECTS) as EffectName[]).map((name) => [name, effect(name)])) as Record<EffectName, ReturnType<typeof effect>>;
  const guards = Object.fromEntries((Object.keys(GUARDS) as GuardName[]).map((name) => [name, ({ context, event }: { context: DossierContext; event: DossierEvent }) => GUARDS[name](cal, context, event) === undefined])) as Record<
    GuardName,
    (args: { context: DossierContext; event: DossierEvent }) => boolean
  >;

  const states = Object.fromEntries(
    DOSSIER_STATES.map((state) => {
      const info = STATE_INFO[state];
      const meta = { status: info.status, name: info.name, basis: info.basis };
      if (info.terminal) return [state, { type: 'final' as const, meta }];
      const on = Object.fromEntries(
        TRANSITIONS.filter((r) => r.from === state).map((r) => [
          r.event,
          {
            ...(r.to === state ? {} : { target: r.to }),
            guard: r.guard === undefined ? 'inOrder' : and(['inOrder', r.guard]),
            actions: [
              { type: 'record', params: r },
              { type: r.effect, params: r },
            ],
          },
        ]),
      );
      return [state, { on, meta }];
    }),
  );

  return setup({
    types: {
      context: {} as DossierContext,
      events: {} as DossierEvent,
      input: {} as NewDossier,
    },
    guards: {
      inOrder: ({ context, event }) => inOrder(context, event) === undefined,
      ...guards,
    },
    actions: {
      record: assign<DossierContext, DossierEvent, TransitionRow, DossierEvent, never>(({ context, event }, row) => record(context, event, row)),
      ...actions,
    },
  }).createMachine({
    id: DOSSIER_MACHINE_ID,
    initial: 'submitted',
    context: ({ input }) => createDossierContext(input),
    // The states are generated from the table; their types are those of DossierState.
    states: states as { [S in DossierStateName]: { meta: { status: number } } },
  });
}

/** The xstate snapshot of a stored dossier, to start an actor from: `createActor(machine, { snapshot })`. */
export function dossierSnapshot(machine: DossierMachine, state: DossierState): ReturnType<DossierMachine['resolveState']> {
  return machine.resolveState({ value: state.value, context: state.context });
}

/**
 * The options to start an actor from a stored dossier: `createActor(machine, dossierActorOptions(machine, state))`
 * (the snapshot, and the input xstate's types ask for, which a restored actor does not use).
 */
export function dossierActorOptions(machine: DossierMachine, state: DossierState) {
  return { snapshot: dossierSnapshot(machine, state), input: dossierInput(state.context) };
}

/** The dossier state of an xstate snapshot of the dossier machine. */
export function fromDossierSnapshot(snapshot: { readonly value: unknown; readonly context: DossierContext }): DossierState {
  return { value: snapshot.value as DossierState['value'], context: snapshot.context };
}
