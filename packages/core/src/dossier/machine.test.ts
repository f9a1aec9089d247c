import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dossierInput } from './context.js';
import { controlSheet } from './control-sheet.js';
import { dueCheck } from './due-check.js';
import { toDossierRecord } from './kpi-record.js';
import { at, cal, drive, newDossier } from './__fixtures__/dossiers.js';
import { dossierArb, runReducer } from './__fixtures__/random-dossiers.js';
import { DOSSIER_MACHINE_ID, createDossierMachine, dossierActorOptions, fromDossierSnapshot } from './machine.js';
import { persistDossier, restoreDossier } from './persist.js';
import { DOSSIER_STATES, STATE_INFO } from './table.js';

const machine = createDossierMachine(cal);

describe('the xstate machine built from the table', () => {
  it('has the table\'s states, final where terminal, with the national code in meta', () => {
    expect(machine.id).toBe(DOSSIER_MACHINE_ID);
    expect(Object.keys(machine.root.states)).toEqual([...DOSSIER_STATES]);
    for (const s of DOSSIER_STATES) {
      expect(machine.root.states[s]!.type === 'final', s).toBe(STATE_INFO[s].terminal);
      expect((machine.root.states[s]!.meta as { status: number }).status).toBe(STATE_INFO[s].status);
    }
    // No delayed transitions anywhere: deadlines are data.
    expect(Object.values(machine.root.states).every((n) => n.after.length === 0)).toBe(true);
  });

  it('drives the same life as the reducer, and resumes from a stored state', () => {
    const initial = newDossier();
    const actor = createActor(machine, { input: dossierInput(initial.context) }).start();
    actor.send({ type: 'RECEIVE', at: at('2025-08-12T15:30') });
    actor.send({ type: 'TRANSFER', at: at('2025-08-13T08:00') });
    actor.send({ type: 'RESOLVE', at: at('2025-08-13T08:00') }); // allowed: same instant
    actor.send({ type: 'WITHDRAW', at: at('2025-08-13T09:00') }); // ignored: a result is issued
    const reduced = drive(initial, { type: 'RECEIVE', at: at('2025-08-12T15:30') }, { type: 'TRANSFER', at: at('2025-08-13T08:00') }, { type: 'RESOLVE', at: at('2025-08-13T08:00') });
    expect(fromDossierSnapshot(actor.getSnapshot())).toEqual(reduced);
    // The host's functions take an actor's snapshot as it is.
    expect(dueCheck(actor.getSnapshot(), at('2025-10-30T09:00'), cal, { retention: '30 calendar-days' })).toEqual(dueCheck(reduced, at('2025-10-30T09:00'), cal, { retention: '30 calendar-days' }));
    expect(controlSheet(actor.getSnapshot())).toEqual(controlSheet(reduced));
    expect(toDossierRecord(actor.getSnapshot())).toEqual(toDossierRecord(reduced));
    expect(actor.getSnapshot().getMeta()).toEqual({ [`${DOSSIER_MACHINE_ID}.result-ready`]: expect.objectContaining({ status: 9 }) });

    // Stored, restored, and continued in a new actor.
    const stored = JSON.parse(JSON.stringify(persistDossier(fromDossierSnapshot(actor.getSnapshot()))));
    actor.stop();
    const restored = restoreDossier(stored);
    if (!restored.ok) throw new Error(restored.issues[0]!.message);
    const again = createActor(machine, dossierActorOptions(machine, restored.value)).start();
    expect(again.getSnapshot().value).toBe('result-ready');
    again.send({ type: 'RETURN', at: at('2025-08-14T09:00') });
    expect(again.getSnapshot().value).toBe('returned');
    expect(again.getSnapshot().status).toBe('done');
  });
});


describe('reducer = xstate actor on random event sequences', () => {
  it('reaches identical state values and contexts after every event', () => {
    fc.assert(
      fc.property(dossierArb, (dossier) => {
        const { events, states } = runReducer(cal, dossier);
        const actor = createActor(machine, { input: dossierInput(dossier.initial.context) }).start();
        expect(actor.getSnapshot().context).toEqual(dossier.initial.context);
        for (let i = 0; i < events.length; i++) {
          const expected = states[i]!;
          // A final state stops the actor; the reducer refuses every event there.
          if (actor.getSnapshot().status === 'done') expect(STATE_INFO[expected.value].terminal).toBe(true);
          else actor.send(events[i]!);
          const snap = actor.getSnapshot();
          if (snap.value !== expected.value || JSON.stringify(snap.context) !== JSON.stringify(expected.context)) {
            expect({ event: i, value: snap.value, context: snap.context }).toEqual({ event: i, value: expected.value, context: expected.context });
          }
        }
        expect(actor.getSnapshot().status).toBe(STATE_INFO[states.at(-1)!.value].terminal ? 'done' : 'active');
        actor.stop();
      }),
      { numRuns: 4000 },
    );
  });
});
