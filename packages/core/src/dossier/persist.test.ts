import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { at, cal, drive, newDossier } from './__fixtures__/dossiers.js';
import v1Resolved from './__fixtures__/v1-apologised-resolved.json' with { type: 'json' };
import v1Pending from './__fixtures__/v1-supplement-pending.json' with { type: 'json' };
import { createDossierMachine, dossierActorOptions } from './machine.js';
import { DOSSIER_MIGRATIONS, type DossierMigration } from './migrations.js';
import { DOSSIER_DEFINITION_VERSION, persistDossier, restoreDossier } from './persist.js';

// The same two lives as the v1 fixtures, lived under the current definition.
const lifeA = () =>
  drive(
    newDossier({ id: 'V1-A', dossierCode: '000.00.01.H26-250811-0007', submittedAt: at('2025-08-11T09:00'), procedure: { duration: '2 working-days', cutoff: null, clock: { supplement: 'pause', financialObligation: 'pause' } } }),
    { type: 'RECEIVE', at: at('2025-08-11T09:00') },
    { type: 'TRANSFER', at: at('2025-08-11T09:30') },
    { type: 'APOLOGIZE', at: at('2025-08-12T16:00'), newDueAt: at('2025-08-15T17:00'), reason: 'chờ xác minh' },
    { type: 'RESOLVE', at: at('2025-08-14T10:00') },
  );
const lifeB = () =>
  drive(
    newDossier({ id: 'V1-B', submittedAt: at('2025-08-11T09:00'), procedure: { duration: '5 working-days', cutoff: '15:00', clock: { supplement: 'restart', financialObligation: 'pause' } } }),
    { type: 'RECEIVE', at: at('2025-08-11T09:00'), dossierCode: '000.00.01.H26-250811-0008' },
    { type: 'TRANSFER', at: at('2025-08-11T10:00') },
    { type: 'STOP', at: at('2025-08-12T10:00'), note: 'chờ ý kiến cơ quan phối hợp' },
    { type: 'RESUME', at: at('2025-08-13T10:00') },
    { type: 'REQUEST_SUPPLEMENT', at: at('2025-08-14T10:00') },
  );

describe('persisting and restoring', () => {
  it('stamps the machine id and the definition version, and restores a stored state as it was', () => {
    const s = lifeA();
    const stored = persistDossier(s);
    expect(stored).toMatchObject({ machineId: 'motcua.dossier', definitionVersion: 2 });
    expect(DOSSIER_DEFINITION_VERSION).toBe(2);
    const r = restoreDossier(JSON.parse(JSON.stringify(stored)));
    expect(r).toEqual({ ok: true, value: s, issues: [] });
  });

  it('refuses a dossier of another machine', () => {
    const r = restoreDossier({ ...persistDossier(lifeA()), machineId: 'opencps.dossier' });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'DOSSIER_UNKNOWN_MACHINE', message: 'The stored dossier belongs to machine "opencps.dossier", not "motcua.dossier".' });
  });

  it('refuses an unknown version with a clear issue instead of a broken actor', () => {
    const newer = restoreDossier({ ...persistDossier(lifeA()), definitionVersion: 3 });
    expect(newer.ok).toBe(false);
    expect(newer.issues[0]).toMatchObject({ code: 'DOSSIER_UNKNOWN_VERSION', message: 'Cannot restore a dossier stored with definition version 3: the current version is 2, with migrations from: 1.' });
    expect(restoreDossier({ ...persistDossier(lifeA()), definitionVersion: 0 }).issues[0]!.code).toBe('DOSSIER_UNKNOWN_VERSION');
    expect(restoreDossier({ ...persistDossier(lifeA()), definitionVersion: '2' }).issues[0]!.code).toBe('DOSSIER_UNKNOWN_VERSION');
    expect(restoreDossier({ machineId: 'motcua.dossier' }).issues[0]!.code).toBe('DOSSIER_UNKNOWN_VERSION');
  });

  it('refuses a state the current definition does not have, or a context of the wrong shape', () => {
    // A v1 state stamped as v2: xstate alone would give an actor in error ("State 'resolved' does not exist").
    const mislabelled = restoreDossier({ ...v1Resolved, definitionVersion: 2 });
    expect(mislabelled.ok).toBe(false);
    expect(mislabelled.issues[0]!.code).toBe('DOSSIER_BAD_SNAPSHOT');
    expect(mislabelled.issues[0]!.message).toMatch(/^Invalid stored dossier: state\.value: /);
    const s = persistDossier(lifeA());
    const noDue = restoreDossier({ ...s, state: { ...s.state, context: { ...s.state.context, dueAt: 'tomorrow' } } });
    expect(noDue.issues[0]!.message).toMatch(/^Invalid stored dossier: state\.context\.dueAt: /);
    const wrongState = restoreDossier({ ...s, state: { ...s.state, value: 'processing' } });
    expect(wrongState.issues[0]!.message).toBe('Invalid stored dossier: state "processing" is not the state its history ends in ("result-ready")');
    expect(restoreDossier(null).issues[0]!.code).toBe('DOSSIER_BAD_SNAPSHOT');
  });
});

describe('migrating from definition version 1', () => {
  it('separates the original due date from the re-appointment, and renames resolved to result-ready', () => {
    expect(v1Resolved.state.context.dueAt).toBe(at('2025-08-15T17:00')); // v1 overwrote it with the re-appointment
    const r = restoreDossier(v1Resolved);
    if (!r.ok) throw new Error(r.issues[0]!.message);
    expect(r.value).toEqual(lifeA());
    expect(r.value.value).toBe('result-ready');
    expect(r.value.context.dueAt).toBe(at('2025-08-13T09:00'));
    expect(r.value.context.revisedDueAt).toBe(at('2025-08-15T17:00'));
    expect(r.value.context.history.at(-1)).toMatchObject({ event: 'RESOLVE', to: 'result-ready' });
    // And it lives on under the current definition.
    expect(drive(r.value, { type: 'MARK_NOT_COLLECTED', at: at('2025-09-30T09:00') }).value).toBe('not-collected');
  });

  it('gives v1 pauses their kind from the history and their policy from the procedure', () => {
    const r = restoreDossier(v1Pending);
    if (!r.ok) throw new Error(r.issues[0]!.message);
    expect(r.value).toEqual(lifeB());
    expect(r.value.context.pauses.map((p) => [p.kind, p.policy, p.to === null])).toEqual([
      ['stopped', 'pause', false],
      ['supplement', 'restart', true],
    ]);
    // Restart policy: the full 5 working days run again from the supplement (after 15:00 → next morning).
    const resumed = drive(r.value, { type: 'SUPPLEMENT_RECEIVED', at: at('2025-08-18T15:30') });
    expect(resumed.context.dueAt).toBe(at('2025-08-25T17:00'));
    // And into an xstate actor.
    const machine = createDossierMachine(cal);
    const actor = createActor(machine, dossierActorOptions(machine, r.value)).start();
    actor.send({ type: 'SUPPLEMENT_RECEIVED', at: at('2025-08-18T15:30') });
    expect(actor.getSnapshot().context).toEqual(resumed.context);
  });

  it('runs a chain of migrations, the host\'s own first, and reports one that fails', () => {
    // A host that stored version 0 with a different id field.
    const v0: DossierMigration = {
      from: 0,
      to: 1,
      description: 'host format 0: dossierId → id',
      migrate: (state) => {
        const s = state as { value: string; context: Record<string, unknown> };
        const { dossierId, ...rest } = s.context;
        return { value: s.value, context: { ...rest, id: dossierId } };
      },
    };
    const { id, ...withoutId } = v1Resolved.state.context;
    const stored0 = { machineId: 'motcua.dossier', definitionVersion: 0, state: { value: 'resolved', context: { ...withoutId, dossierId: id } } };
    expect(restoreDossier(stored0).issues[0]!.message).toBe('Cannot restore a dossier stored with definition version 0: the current version is 2, with migrations from: 1.');
    const r = restoreDossier(stored0, { migrations: [...DOSSIER_MIGRATIONS, v0] });
    expect(r.ok ? r.value : r.issues).toEqual(lifeA());
    const broken = restoreDossier({ ...v1Resolved, state: 'x' });
    expect(broken.issues[0]!.message).toBe('Invalid stored dossier: migration 1 → 2 failed: state.context is not an object');
  });
});
