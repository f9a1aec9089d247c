import { type DeadlineOptions, type Duration, clockStart, dueInstant, parseDuration } from '../calendar/deadline.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { MotcuaError } from '../errors.js';
import { type DossierContext, type DossierHandover, type DossierHistoryEntry, type DossierPause, dueInForce } from './context.js';
import type { DossierEvent } from './events.js';
import { type EffectName, STATE_INFO, type TransitionRow } from './table.js';

/**
 * The effects of the transition table: what each transition does to the context, computed with the
 * working calendar. Pure functions of (calendar, context, event, row) returning a new context; the
 * reducer and the xstate machine call the same ones.
 */
type Effect = (cal: WorkingCalendar, context: DossierContext, event: DossierEvent, row: TransitionRow) => DossierContext;

function durationOf(context: DossierContext): Duration {
  const d = parseDuration(context.procedure.duration);
  if (d === undefined) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not a processing time: "${context.procedure.duration}"` });
  return d;
}

function cutoffOptions(context: DossierContext): DeadlineOptions {
  return context.procedure.cutoff === null ? {} : { cutoff: context.procedure.cutoff };
}

/** Optional fields of an event that go into history and hand-over rows. */
function byNote(event: DossierEvent): { by?: string; note?: string } {
  if (event.by === undefined) return event.note === undefined ? {} : { note: event.note };
  return event.note === undefined ? { by: event.by } : { by: event.by, note: event.note };
}

function handover(context: DossierContext, event: DossierEvent, kind: DossierHandover['event'], from: string, to: string, dueAt: number): DossierHandover[] {
  return [...context.handovers, { at: event.at, event: kind, from, to, dueAt, ...byNote(event) }];
}

/**
 * Ends the open pause at `at` and applies its clock policy: `pause` recomputes the due date from
 * the current count with the paused working time left out (a pause that began after the due date
 * moves nothing: a late dossier stays late), and moves a re-appointment by the paused working time;
 * `restart` counts the full processing time again from `at` (the re-appointment lapses: the new
 * count replaces it); `count` leaves the dates as they are.
 */
function closePause(cal: WorkingCalendar, context: DossierContext, at: number): DossierContext {
  const n = context.pauses.length;
  const open = context.pauses[n - 1];
  if (open === undefined || open.to !== null) return context;
  const pauses: DossierPause[] = [...context.pauses.slice(0, n - 1), { ...open, to: at }];
  if (open.policy === 'count') return { ...context, pauses };
  const duration = durationOf(context);
  const options = cutoffOptions(context);
  if (open.policy === 'restart') {
    return { ...context, pauses, countFrom: at, clockStart: clockStart(cal, at, options.cutoff), dueAt: dueInstant(cal, at, duration, options), revisedDueAt: null };
  }
  const countFrom = context.countFrom!;
  const counted = [];
  for (const p of pauses) if (p.policy === 'pause' && p.to !== null && p.from >= countFrom) counted.push({ from: p.from, to: p.to });
  const dueAt = dueInstant(cal, countFrom, duration, { ...options, pauses: counted });
  let revisedDueAt = context.revisedDueAt;
  if (revisedDueAt !== null && open.from < revisedDueAt) {
    const paused = cal.workingTimeBetween(Math.max(open.from, context.clockStart!), at);
    if (paused > 0) revisedDueAt = cal.addWorkingTime(revisedDueAt, paused);
  }
  return { ...context, pauses, dueAt, revisedDueAt };
}

export const EFFECTS: { readonly [E in EffectName]: Effect } = {
  receive(cal, context, event) {
    const at = event.at;
    const options = cutoffOptions(context);
    return {
      ...context,
      dossierCode: event.type === 'RECEIVE' && event.dossierCode !== undefined ? event.dossierCode : context.dossierCode,
      receivedAt: at,
      clockStart: clockStart(cal, at, options.cutoff),
      countFrom: at,
      dueAt: dueInstant(cal, at, durationOf(context), options),
      transferDueAt: context.paper ? clockStart(cal, at, context.transferCutoff) : at,
    };
  },
  refuse: (_cal, context, event) => ({ ...context, closedAt: event.at }),
  withdraw: (cal, context, event) => ({ ...closePause(cal, context, event.at), closedAt: event.at }),
  digitize: (_cal, context, event) => (context.digitizedAt === null ? { ...context, digitizedAt: event.at } : context),
  transfer(_cal, context, event) {
    const from = event.type === 'TRANSFER' ? event.from : undefined;
    const to = event.type === 'TRANSFER' ? event.to : undefined;
    return {
      ...context,
      transferredAt: event.at,
      handovers: handover(context, event, 'TRANSFER', from ?? context.receivingUnitId, to ?? context.agencyId, context.transferDueAt ?? event.at),
    };
  },
  handover(_cal, context, event) {
    if (event.type !== 'HANDOVER') return context;
    return { ...context, handovers: handover(context, event, 'HANDOVER', event.from, event.to, dueInForce(context)!) };
  },
  pause(_cal, context, event, row) {
    const kind = STATE_INFO[row.to].pause!;
    const policy = kind === 'supplement' ? context.procedure.clock.supplement : kind === 'financial-obligation' ? context.procedure.clock.financialObligation : 'pause';
    return {
      ...context,
      pauses: [...context.pauses, { from: event.at, to: null, kind, policy }],
      feeRequired: context.feeRequired || kind === 'financial-obligation',
    };
  },
  resume: (cal, context, event) => closePause(cal, context, event.at),
  settlePayment: (cal, context, event) => ({ ...closePause(cal, context, event.at), paidOnline: event.type === 'PAYMENT_RECEIVED' && event.online === true }),
  apologize(_cal, context, event) {
    if (event.type !== 'APOLOGIZE') return context;
    return {
      ...context,
      apology: { at: event.at, reason: event.reason, previousDueAt: dueInForce(context)!, newDueAt: event.newDueAt },
      revisedDueAt: event.newDueAt,
    };
  },
  resolve(_cal, context, event) {
    const from = event.type === 'RESOLVE' ? event.from : undefined;
    const to = event.type === 'RESOLVE' ? event.to : undefined;
    return {
      ...context,
      outcome: 'granted',
      resolvedAt: event.at,
      handovers: handover(context, event, 'RESOLVE', from ?? context.agencyId, to ?? context.receivingUnitId, dueInForce(context)!),
    };
  },
  reject(cal, context, event) {
    const from = event.type === 'REJECT' ? event.from : undefined;
    const to = event.type === 'REJECT' ? event.to : undefined;
    const closed = closePause(cal, context, event.at);
    return {
      ...closed,
      outcome: 'rejected',
      resolvedAt: event.at,
      handovers: handover(closed, event, 'REJECT', from ?? context.agencyId, to ?? context.receivingUnitId, dueInForce(closed)!),
    };
  },
  return: (_cal, context, event) => ({ ...context, returnedAt: event.at }),
  markNotCollected: (_cal, context, event) => ({ ...context, notCollectedAt: event.at }),
};

/** Appends the history entry of a transition and moves the last-event instant. */
export function record(context: DossierContext, event: DossierEvent, row: TransitionRow): DossierContext {
  const entry: DossierHistoryEntry = { at: event.at, event: event.type, from: row.from, to: row.to, ...byNote(event) };
  return { ...context, history: [...context.history, entry], lastEventAt: event.at };
}

/** The context after taking `row` for `event` (the guards already passed). */
export function applyRow(cal: WorkingCalendar, context: DossierContext, event: DossierEvent, row: TransitionRow): DossierContext {
  return EFFECTS[row.effect](cal, record(context, event, row), event, row);
}
