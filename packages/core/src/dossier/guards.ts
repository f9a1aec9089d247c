import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { MotcuaError } from '../errors.js';
import { type Issue, createIssue } from '../issues.js';
import { DAY_MS, VN_OFFSET_MS, dayNumber, formatInstant, fromDayNumber } from '../util/dates.js';
import { type DossierContext, dueInForce } from './context.js';
import type { DossierEvent } from './events.js';
import type { GuardName, TransitionRow } from './table.js';

/**
 * The guards of the transition table. Each returns `undefined` when the event may be taken, or the
 * issue that says why not; the reducer returns that issue, the xstate machine reads it as `false`.
 */

/** Every event: it must not come before the last accepted one. */
export function inOrder(context: DossierContext, event: DossierEvent): Issue | undefined {
  if (!Number.isFinite(event.at)) throw new MotcuaError('INVALID_ARGUMENT', { detail: `event ${event.type} has no instant "at" (epoch milliseconds)` });
  if (event.at >= context.lastEventAt) return undefined;
  return createIssue('DOSSIER_EVENT_BACK_IN_TIME', { event: event.type, at: formatInstant(event.at), last: formatInstant(context.lastEventAt) });
}

/**
 * The window in which an apology for due date `due` can be made: the last working day before the
 * due's date. It opens at that day's first session (when the host should act) and closes at its
 * last session's end (the guard's limit: "no later than 1 working day before the due date").
 * `null` when the calendar has no working day before the due date.
 */
export function apologyWindow(cal: WorkingCalendar, due: number): { readonly opensAt: number; readonly closesAt: number } | null {
  const first = dayNumber(cal.from);
  let day = cal.dayOf(due) - 1;
  while (day >= first && !cal.isWorkingDayNumber(day)) day--;
  if (day < first) return null;
  return { opensAt: cal.nextWorkingInstant(day * DAY_MS - VN_OFFSET_MS), closesAt: cal.closeOfDay(day) };
}

/** APOLOGIZE: once only; no later than one working day before the due date in force; the new date after it. */
export function apologyAllowed(cal: WorkingCalendar, context: DossierContext, event: DossierEvent): Issue | undefined {
  if (event.type !== 'APOLOGIZE') return undefined;
  if (!Number.isFinite(event.newDueAt)) throw new MotcuaError('INVALID_ARGUMENT', { detail: 'APOLOGIZE needs newDueAt (epoch milliseconds)' });
  if (context.apology !== null) return createIssue('DOSSIER_APOLOGY_REPEATED', { date: formatInstant(context.apology.at), due: formatInstant(context.apology.newDueAt) });
  const due = dueInForce(context);
  if (due === null) return createIssue('DOSSIER_EVENT_NOT_ALLOWED', { event: event.type, state: 'not received' });
  const window = apologyWindow(cal, due);
  if (window === null || event.at > window.closesAt) {
    return createIssue('DOSSIER_APOLOGY_TOO_LATE', { at: formatInstant(event.at), due: formatInstant(due), deadline: window === null ? fromDayNumber(cal.dayOf(due)) : formatInstant(window.closesAt) });
  }
  if (event.newDueAt <= due) return createIssue('DOSSIER_BAD_REAPPOINTMENT', { value: formatInstant(event.newDueAt), due: formatInstant(due) });
  return undefined;
}

/** The named guards of the table. */
export const GUARDS: { readonly [G in GuardName]: (cal: WorkingCalendar, context: DossierContext, event: DossierEvent) => Issue | undefined } = {
  apologyAllowed,
};

/** Why `row` cannot be taken for `event`, or `undefined` when it can. */
export function checkRow(cal: WorkingCalendar, context: DossierContext, event: DossierEvent, row: TransitionRow): Issue | undefined {
  return inOrder(context, event) ?? (row.guard === undefined ? undefined : GUARDS[row.guard](cal, context, event));
}
