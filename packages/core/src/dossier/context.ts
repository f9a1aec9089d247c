import { parseDuration } from '../calendar/deadline.js';
import { MotcuaError } from '../errors.js';
import type { Channel } from '../model/jurisdiction.js';
import type { ClockPolicy, ProcedureVersion } from '../model/procedure.js';
import type { DossierEventType, DossierStateName, PauseKind } from './table.js';

/**
 * The data of a dossier: plain JSON (numbers are epoch milliseconds, absent values are `null`), so
 * that a state can be stored, compared and restored as it is. Nothing here is a timer: deadlines
 * are instants computed with the working calendar.
 */

/** What the lifecycle needs to know of the procedure version in force on the day of receipt. */
export interface DossierProcedureFacts {
  /** The processing time for the dossier's channel, e.g. `"5 working-days"` (see `parseDuration`). */
  readonly duration: string;
  /** A receipt at or after this time (`"15:00"`) starts the clock on the next working day; `null` when the procedure has none. */
  readonly cutoff: string | null;
  /** The clock while a supplement or a financial obligation is pending. */
  readonly clock: { readonly supplement: ClockPolicy; readonly financialObligation: ClockPolicy };
}

/** An interval when the processing clock was (or is, while `to` is `null`) stopped, with why and the policy applied. */
export interface DossierPause {
  readonly from: number;
  readonly to: number | null;
  readonly kind: PauseKind;
  /** `pause`: the waiting time is not counted; `restart`: the full time runs again from the resumption; `count`: the clock kept running. */
  readonly policy: ClockPolicy;
}

/** The apology and re-appointment (allowed once, no later than one working day before the due date). */
export interface DossierApology {
  readonly at: number;
  readonly reason: string;
  /** The due date in force when the apology was made. */
  readonly previousDueAt: number;
  readonly newDueAt: number;
}

/** One accepted event: when, which, from which state to which, by whom. */
export interface DossierHistoryEntry {
  readonly at: number;
  readonly event: DossierEventType;
  readonly from: DossierStateName;
  readonly to: DossierStateName;
  readonly by?: string;
  readonly note?: string;
}

/** One hand-over between units or agencies: a row of the control sheet (Circular 03/2025 Form 06). */
export interface DossierHandover {
  readonly at: number;
  readonly event: 'TRANSFER' | 'HANDOVER' | 'RESOLVE' | 'REJECT';
  readonly from: string;
  readonly to: string;
  /** The due date in force at the hand-over (for the transfer, the 15:00-rule transfer instant). */
  readonly dueAt: number;
  readonly by?: string;
  readonly note?: string;
}

/** The context of a dossier. */
export interface DossierContext {
  /** The host's id of the dossier, also the id of its KPI record (use the dossier code when it is known at creation). */
  readonly id: string;
  /** `<agency electronic id>-YYMMDD-<sequence>` (Circular 03/2025 Art. 13), given at receipt. */
  readonly dossierCode: string | null;
  readonly procedureCode: string;
  readonly agencyId: string;
  readonly receivingUnitId: string;
  readonly channel: Channel;
  /** Paper dossiers follow the 15:00 transfer rule; electronic data is transferred at once. */
  readonly paper: boolean;
  readonly procedure: DossierProcedureFacts;
  /** The one-stop's transfer cut-off (Decree 118/2025 Art. 18): `"15:00"`. */
  readonly transferCutoff: string;
  readonly submittedAt: number;
  readonly receivedAt: number | null;
  /** When the current count of the processing time started: the receipt, or the last restart (after the procedure's cut-off rule). */
  readonly clockStart: number | null;
  /** The instant the current count runs from: the receipt, or the resumption that restarted the clock. */
  readonly countFrom: number | null;
  /** The due date under the processing time (moved by pauses and restarts, never by the apology). */
  readonly dueAt: number | null;
  /** The new appointment of the apology, when there is one. */
  readonly revisedDueAt: number | null;
  /** When the one-stop must transfer the dossier: at once, or at the start of the next working day after a 15:00 paper receipt. */
  readonly transferDueAt: number | null;
  readonly digitizedAt: number | null;
  readonly transferredAt: number | null;
  readonly pauses: readonly DossierPause[];
  readonly apology: DossierApology | null;
  /** Outcome of the resolution: a result (`granted`) or a notice of refusal on the merits (`rejected`). */
  readonly outcome: 'granted' | 'rejected' | null;
  readonly resolvedAt: number | null;
  readonly returnedAt: number | null;
  readonly notCollectedAt: number | null;
  /** Refusal at intake or withdrawal. */
  readonly closedAt: number | null;
  readonly feeRequired: boolean;
  readonly paidOnline: boolean;
  readonly history: readonly DossierHistoryEntry[];
  readonly handovers: readonly DossierHandover[];
  /** The instant of the last accepted event (the submission at first): no event may come before it. */
  readonly lastEventAt: number;
}

/** A dossier: its state and its context (the same shape as an xstate snapshot's `value` and `context`). */
export interface DossierState {
  readonly value: DossierStateName;
  readonly context: DossierContext;
}

/** What a new dossier is created from. */
export interface NewDossier {
  readonly id: string;
  readonly procedureCode: string;
  readonly agencyId: string;
  readonly receivingUnitId: string;
  readonly channel: Channel;
  readonly procedure: DossierProcedureFacts;
  readonly submittedAt: number;
  /** Default: every channel but `online` is paper. */
  readonly paper?: boolean;
  /** Default `"15:00"`. */
  readonly transferCutoff?: string;
  readonly dossierCode?: string;
}

/** The facts of a procedure version for a channel (its processing time defaults to the direct one). */
export function procedureFacts(version: ProcedureVersion, channel: Channel): DossierProcedureFacts {
  return {
    duration: version.processingTime[channel] ?? version.processingTime.direct,
    cutoff: version.cutoff ?? null,
    clock: { supplement: version.clock.supplement, financialObligation: version.clock.financialObligation },
  };
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The context of a new dossier, in state `submitted`.
 *
 * @throws {@link MotcuaError} `INVALID_ARGUMENT` for a processing time that is not one, a cut-off
 * that is not `HH:MM`, or a submission instant that is not a finite number (pack data is validated
 * before it gets here).
 */
export function createDossierContext(input: NewDossier): DossierContext {
  if (parseDuration(input.procedure.duration) === undefined) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not a processing time: "${input.procedure.duration}"` });
  for (const t of [input.procedure.cutoff, input.transferCutoff]) {
    if (t !== null && t !== undefined && !TIME_RE.test(t)) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not a time HH:MM: "${t}"` });
  }
  if (!Number.isFinite(input.submittedAt)) throw new MotcuaError('INVALID_ARGUMENT', { detail: 'submittedAt must be epoch milliseconds' });
  return {
    id: input.id,
    dossierCode: input.dossierCode ?? null,
    procedureCode: input.procedureCode,
    agencyId: input.agencyId,
    receivingUnitId: input.receivingUnitId,
    channel: input.channel,
    paper: input.paper ?? input.channel !== 'online',
    procedure: { duration: input.procedure.duration, cutoff: input.procedure.cutoff, clock: { ...input.procedure.clock } },
    transferCutoff: input.transferCutoff ?? '15:00',
    submittedAt: input.submittedAt,
    receivedAt: null,
    clockStart: null,
    countFrom: null,
    dueAt: null,
    revisedDueAt: null,
    transferDueAt: null,
    digitizedAt: null,
    transferredAt: null,
    pauses: [],
    apology: null,
    outcome: null,
    resolvedAt: null,
    returnedAt: null,
    notCollectedAt: null,
    closedAt: null,
    feeRequired: false,
    paidOnline: false,
    history: [],
    handovers: [],
    lastEventAt: input.submittedAt,
  };
}

/** A new dossier in state `submitted` (national status 1). */
export function createDossier(input: NewDossier): DossierState {
  return { value: 'submitted', context: createDossierContext(input) };
}

/** The creation input of a dossier, read back from its context (what an xstate actor restored from a snapshot is given as `input`). */
export function dossierInput(context: DossierContext): NewDossier {
  return {
    id: context.id,
    procedureCode: context.procedureCode,
    agencyId: context.agencyId,
    receivingUnitId: context.receivingUnitId,
    channel: context.channel,
    procedure: context.procedure,
    submittedAt: context.submittedAt,
    paper: context.paper,
    transferCutoff: context.transferCutoff,
    ...(context.dossierCode === null ? {} : { dossierCode: context.dossierCode }),
  };
}

/** The due date in force: the re-appointment after an apology, else the due date under the processing time. */
export function dueInForce(context: DossierContext): number | null {
  return context.revisedDueAt ?? context.dueAt;
}
