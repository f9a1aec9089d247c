import { type Duration, dueInstant, parseDuration } from '../calendar/deadline.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { MotcuaError } from '../errors.js';
import { type DossierContext, dueInForce } from './context.js';
import { apologyWindow } from './guards.js';
import type { DossierEventType, DossierStateName } from './table.js';

/**
 * What a host scheduler acts on. Deadlines live in the context as instants; nothing in the machine
 * waits or fires by itself (xstate `after` timers do not survive persistence). The host calls
 * {@link dueCheck} when it wakes up — on a timer set to {@link nextDueAt}, or in a periodic sweep —
 * and sends the events it suggests.
 */

export type DueAlertKind = 'transfer-due' | 'apology-due' | 'overdue' | 'not-collected';

/** Something the host should act on, and since when. */
export interface DueAlert {
  readonly kind: DueAlertKind;
  /** The instant it became (or becomes) due. */
  readonly dueAt: number;
  /** The event that settles it, when there is one (an overdue dossier has none: resolve it). */
  readonly event?: DossierEventType;
  /** For an apology: the end of the window in which the guard still accepts it. */
  readonly until?: number;
}

/** Options of {@link dueCheck}. */
export interface DueCheckOptions {
  /**
   * How long a result waits for collection before the host marks it not collected (no text sets
   * it, law.md §2.2 item 11), counted from the resolution, e.g. `"30 calendar-days"`. Without it,
   * no `not-collected` alert is given.
   */
  readonly retention?: Duration | string;
}

const OPEN: ReadonlySet<DossierStateName> = new Set(['received', 'processing', 'supplement-requested', 'financial-obligation', 'stopped']);

/** Whether the processing clock is stopped now: paused with a policy other than `count`, from before the due date. */
function clockStopped(context: DossierContext, due: number): boolean {
  const open = context.pauses[context.pauses.length - 1];
  return open !== undefined && open.to === null && open.policy !== 'count' && open.from < due;
}

function retentionOf(value: Duration | string): Duration {
  const d = typeof value === 'string' ? parseDuration(value) : value;
  if (d === undefined) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not a retention period: "${String(value)}"` });
  return d;
}

/**
 * Every alert of a dossier in its current state with the instant it becomes due, past or future,
 * in time order: the transfer (15:00 rule), the apology window (opening at the start of the last
 * working day before the due date, while no apology was made), the due date in force (unless the
 * clock is stopped), and the retention of an uncollected result.
 */
export function dueInstants(state: { readonly value: DossierStateName; readonly context: DossierContext }, cal: WorkingCalendar, options: DueCheckOptions = {}): DueAlert[] {
  const { value, context } = state;
  const out: DueAlert[] = [];
  if (value === 'received' && context.transferredAt === null && context.transferDueAt !== null) out.push({ kind: 'transfer-due', dueAt: context.transferDueAt, event: 'TRANSFER' });
  const due = dueInForce(context);
  if (due !== null && value === 'processing' && context.apology === null) {
    const window = apologyWindow(cal, due);
    // A short processing time can open the window before the receipt: the alert is due from the receipt then.
    if (window !== null && window.closesAt >= context.lastEventAt) out.push({ kind: 'apology-due', dueAt: Math.max(window.opensAt, context.receivedAt ?? window.opensAt), event: 'APOLOGIZE', until: window.closesAt });
  }
  if (due !== null && OPEN.has(value) && !clockStopped(context, due)) out.push({ kind: 'overdue', dueAt: due });
  if ((value === 'result-ready' || value === 'rejected-on-merits') && options.retention !== undefined && context.resolvedAt !== null) {
    out.push({ kind: 'not-collected', dueAt: dueInstant(cal, context.resolvedAt, retentionOf(options.retention)), event: 'MARK_NOT_COLLECTED' });
  }
  return out.sort((a, b) => a.dueAt - b.dueAt);
}

function isDue(alert: DueAlert, now: number): boolean {
  // A dossier is overdue after its due instant, not at it; an apology only while it is accepted.
  if (alert.kind === 'overdue') return now > alert.dueAt;
  return now >= alert.dueAt && (alert.until === undefined || now <= alert.until);
}

/**
 * What the host should act on at `now`: each alert that is due, with the instant it became due.
 * Works on a {@link DossierState} or an xstate snapshot of the dossier machine (both have `value`
 * and `context`). Pure: `now` is a parameter.
 */
export function dueCheck(state: { readonly value: DossierStateName; readonly context: DossierContext }, now: number, cal: WorkingCalendar, options: DueCheckOptions = {}): DueAlert[] {
  return dueInstants(state, cal, options).filter((a) => isDue(a, now));
}

/** The next instant after `now` at which {@link dueCheck} will report something new (`null`: nothing pending), for the host's timer. */
export function nextDueAt(state: { readonly value: DossierStateName; readonly context: DossierContext }, now: number, cal: WorkingCalendar, options: DueCheckOptions = {}): number | null {
  for (const a of dueInstants(state, cal, options)) {
    const at = a.kind === 'overdue' ? a.dueAt + 1 : a.dueAt;
    if (at > now) return at;
  }
  return null;
}

