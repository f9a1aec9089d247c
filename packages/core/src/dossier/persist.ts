import { z } from 'zod';
import { type Issue, type Result, createIssue } from '../issues.js';
import type { DossierContext, DossierState } from './context.js';
import { DOSSIER_MACHINE_ID } from './machine.js';
import { DOSSIER_MIGRATIONS, type DossierMigration } from './migrations.js';
import { DOSSIER_EVENTS, DOSSIER_STATES, STATE_INFO } from './table.js';

/**
 * Stored dossiers: the state stamped with the machine's id and the version of its definition, so
 * that a state written by an older definition is migrated, and one written by another machine or a
 * newer definition is refused with a clear issue instead of giving a broken actor.
 */

/** The version of the dossier definition (table, context shape) of this release. */
export const DOSSIER_DEFINITION_VERSION = 2;

/** A dossier as stored. */
export interface PersistedDossier {
  readonly machineId: string;
  readonly definitionVersion: number;
  readonly state: DossierState;
}

/** The stored form of a dossier state (plain JSON: `JSON.stringify` it). */
export function persistDossier(state: DossierState): PersistedDossier {
  return { machineId: DOSSIER_MACHINE_ID, definitionVersion: DOSSIER_DEFINITION_VERSION, state: { value: state.value, context: state.context } };
}

const instant = z.number().finite();
const nullable = instant.nullable();
const policy = z.enum(['pause', 'restart', 'count']);
const eventType = z.enum(DOSSIER_EVENTS);
const stateName = z.enum(DOSSIER_STATES);
const optionalText = z.string().optional();

const ContextSchema = z.strictObject({
  id: z.string(),
  dossierCode: z.string().nullable(),
  procedureCode: z.string(),
  agencyId: z.string(),
  receivingUnitId: z.string(),
  channel: z.enum(['direct', 'online', 'postal']),
  paper: z.boolean(),
  procedure: z.strictObject({ duration: z.string(), cutoff: z.string().nullable(), clock: z.strictObject({ supplement: policy, financialObligation: policy }) }),
  transferCutoff: z.string(),
  submittedAt: instant,
  receivedAt: nullable,
  clockStart: nullable,
  countFrom: nullable,
  dueAt: nullable,
  revisedDueAt: nullable,
  transferDueAt: nullable,
  digitizedAt: nullable,
  transferredAt: nullable,
  pauses: z.array(z.strictObject({ from: instant, to: nullable, kind: z.enum(['supplement', 'financial-obligation', 'stopped']), policy })),
  apology: z.strictObject({ at: instant, reason: z.string(), previousDueAt: instant, newDueAt: instant }).nullable(),
  outcome: z.enum(['granted', 'rejected']).nullable(),
  resolvedAt: nullable,
  returnedAt: nullable,
  notCollectedAt: nullable,
  closedAt: nullable,
  feeRequired: z.boolean(),
  paidOnline: z.boolean(),
  history: z.array(z.strictObject({ at: instant, event: eventType, from: stateName, to: stateName, by: optionalText, note: optionalText })),
  handovers: z.array(
    z.strictObject({ at: instant, event: z.enum(['TRANSFER', 'HANDOVER', 'RESOLVE', 'REJECT']), from: z.string(), to: z.string(), dueAt: instant, by: optionalText, note: optionalText }),
  ),
  lastEventAt: instant,
});

const StateSchema = z.strictObject({ value: stateName, context: ContextSchema });

function bad(detail: string): Result<DossierState> {
  return { ok: false, issues: [createIssue('DOSSIER_BAD_SNAPSHOT', { detail })] };
}

/** What the schema cannot say: the open pause matches the state, and the state was reached as the history says. */
function consistency(state: DossierState): string | undefined {
  const { value, context } = state;
  const kind = STATE_INFO[value].pause;
  const open = context.pauses.filter((p) => p.to === null);
  if (kind === undefined ? open.length > 0 : open.length !== 1 || context.pauses[context.pauses.length - 1]!.to !== null || open[0]!.kind !== kind) {
    return `state "${value}" does not match its pauses (${open.length} open)`;
  }
  const last = context.history[context.history.length - 1];
  if ((last?.to ?? 'submitted') !== value) return `state "${value}" is not the state its history ends in ("${last?.to ?? 'submitted'}")`;
  return undefined;
}

/**
 * A stored dossier, checked and brought to the current definition: `DOSSIER_UNKNOWN_MACHINE` when it
 * was stored by another machine, `DOSSIER_UNKNOWN_VERSION` for a newer version or an older one with
 * no chain of migrations to the current one, `DOSSIER_BAD_SNAPSHOT` when it is not a dossier state
 * (before or after migration) or a migration throws. `migrations` replaces the shipped list
 * ({@link DOSSIER_MIGRATIONS}); a host adds its own with `[...DOSSIER_MIGRATIONS, mine]`.
 */
export function restoreDossier(persisted: unknown, options: { readonly migrations?: readonly DossierMigration[] } = {}): Result<DossierState> {
  const migrations = options.migrations ?? DOSSIER_MIGRATIONS;
  if (typeof persisted !== 'object' || persisted === null) return bad('not an object');
  const p = persisted as Partial<Record<keyof PersistedDossier, unknown>>;
  // Without the stamp this is not something persistDossier wrote (a bare xstate snapshot, say).
  if (p.machineId === undefined) return bad('no machineId: not a dossier written by persistDossier');
  if (p.machineId !== DOSSIER_MACHINE_ID) {
    return { ok: false, issues: [createIssue('DOSSIER_UNKNOWN_MACHINE', { found: String(p.machineId), expected: DOSSIER_MACHINE_ID })] };
  }
  const version = p.definitionVersion;
  const unknownVersion = (): Result<DossierState> => {
    const issue: Issue = createIssue('DOSSIER_UNKNOWN_VERSION', {
      found: String(version),
      supported: DOSSIER_DEFINITION_VERSION,
      known: [...new Set(migrations.map((m) => m.from))].sort((a, b) => a - b).join(', '),
    });
    return { ok: false, issues: [issue] };
  };
  if (typeof version !== 'number' || !Number.isInteger(version) || version > DOSSIER_DEFINITION_VERSION) return unknownVersion();

  let state: unknown = p.state;
  for (let v = version; v < DOSSIER_DEFINITION_VERSION; ) {
    const step = migrations.find((m) => m.from === v && m.to > v);
    if (step === undefined) return unknownVersion();
    try {
      state = step.migrate(state);
    } catch (e) {
      return bad(`migration ${step.from} → ${step.to} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    v = step.to;
  }
  const parsed = StateSchema.safeParse(state);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const found: unknown = first.path.reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Record<PropertyKey, unknown>)[k] : undefined), state);
    const shown = found === undefined ? '' : ` (found ${JSON.stringify(found).slice(0, 60)})`;
    return bad(`${['state', ...first.path.map(String)].join('.')}: ${first.message}${shown}`);
  }
  const restored = parsed.data as unknown as { value: DossierState['value']; context: DossierContext };
  const problem = consistency(restored);
  return problem === undefined ? { ok: true, value: restored, issues: [] } : bad(problem);
}
