import { STATE_INFO, isDossierState } from './table.js';

/**
 * Migrations between definition versions of the dossier machine: plain functions from the stored
 * state of one version (`{ value, context }`, as JSON) to the next. {@link restoreDossier} runs them
 * in a chain, then validates the result against the current definition.
 */
export interface DossierMigration {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly migrate: (state: unknown) => unknown;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 1 called the resolved state `resolved`; version 2 splits it into result-ready, rejected-on-merits and not-collected. */
const RENAMED_V1: Readonly<Record<string, string>> = { resolved: 'result-ready' };
const renameV1 = (name: unknown) => (typeof name === 'string' ? (RENAMED_V1[name] ?? name) : name);

/**
 * Version 1 → 2.
 *
 * - v1 kept one `dueAt`, overwritten by the apology's re-appointment (the apology kept the
 *   `previousDueAt`); v2 keeps the due date under the processing time (`dueAt`) and the
 *   re-appointment (`revisedDueAt`) apart, and the apology carries `newDueAt`.
 * - v1 pauses were `{from, to}`; v2 pauses say why (`kind`, from the state the history shows the
 *   dossier entered at the pause's start) and which clock policy applied (from the procedure facts).
 * - v1's state `resolved` is v2's `result-ready` (in the state and in the history); v2 adds
 *   `notCollectedAt`.
 */
export const V1_TO_V2: DossierMigration = {
  from: 1,
  to: 2,
  description: 'separate the original and the revised due date; pauses with their kind and policy; resolved → result-ready',
  migrate(state) {
    if (!isObject(state) || !isObject(state.context)) throw new Error('state.context is not an object');
    const c = state.context;
    const history = Array.isArray(c.history) ? c.history.filter(isObject).map((h): Json => ({ ...h, from: renameV1(h.from), to: renameV1(h.to) })) : [];
    const clock = isObject(c.procedure) && isObject(c.procedure.clock) ? c.procedure.clock : {};
    const pauses = (Array.isArray(c.pauses) ? c.pauses.filter(isObject) : []).map((p) => {
      const entered = history.find((h) => h.at === p.from && isDossierState(h.to) && STATE_INFO[h.to].pause !== undefined);
      const kind = entered && isDossierState(entered.to) ? STATE_INFO[entered.to].pause! : 'supplement';
      const policy = kind === 'supplement' ? clock.supplement : kind === 'financial-obligation' ? clock.financialObligation : 'pause';
      return { from: p.from, to: p.to ?? null, kind, policy: policy ?? 'pause' };
    });
    const apology = isObject(c.apology) ? c.apology : null;
    const { apology: _a, pauses: _p, history: _h, dueAt, ...rest } = c;
    return {
      value: renameV1(state.value),
      context: {
        ...rest,
        dueAt: apology ? apology.previousDueAt : dueAt,
        revisedDueAt: apology ? dueAt : null,
        pauses,
        apology: apology ? { at: apology.at, reason: apology.reason, previousDueAt: apology.previousDueAt, newDueAt: dueAt } : null,
        notCollectedAt: null,
        history,
      },
    };
  },
};

/** The migrations shipped with this definition version. */
export const DOSSIER_MIGRATIONS: readonly DossierMigration[] = [V1_TO_V2];
