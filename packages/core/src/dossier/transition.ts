import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type Issue, type Result, createIssue } from '../issues.js';
import type { DossierState } from './context.js';
import { applyRow } from './effects.js';
import type { DossierEvent } from './events.js';
import { checkRow } from './guards.js';
import { TRANSITION_INDEX, eventsAllowedIn } from './table.js';

const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/**
 * The next state of a dossier after `event`, by the transition table: a new state (the one given is
 * not changed), or the issue that says why the event is not allowed now —
 * `DOSSIER_EVENT_NOT_ALLOWED` (no row for this state and event), `DOSSIER_EVENT_BACK_IN_TIME`, or the
 * failure of the row's guard (`DOSSIER_APOLOGY_REPEATED`, `DOSSIER_APOLOGY_TOO_LATE`,
 * `DOSSIER_BAD_REAPPOINTMENT`). Pure and synchronous: time comes from `event.at`.
 */
export function dossierTransition(cal: WorkingCalendar, state: DossierState, event: DossierEvent): Result<DossierState> {
  const row = TRANSITION_INDEX[state.value]?.[event.type];
  if (row === undefined) {
    const allowed = TRANSITION_INDEX[state.value] ? eventsAllowedIn(state.value).join(', ') : '';
    return { ok: false, issues: [createIssue('DOSSIER_EVENT_NOT_ALLOWED', { event: String(event.type), state: String(state.value), allowed: allowed || '—' })] };
  }
  const problem = checkRow(cal, state.context, event, row);
  if (problem !== undefined) return { ok: false, issues: [problem] };
  return { ok: true, value: { value: row.to, context: applyRow(cal, state.context, event, row) }, issues: NO_ISSUES };
}

/**
 * Folds events into a state, stopping at the first event that is not allowed (its issue is
 * returned with the index of the event in `path`).
 */
export function replayDossier(cal: WorkingCalendar, state: DossierState, events: Iterable<DossierEvent>): Result<DossierState> {
  let current = state;
  let i = 0;
  for (const event of events) {
    const r = dossierTransition(cal, current, event);
    if (!r.ok) return { ok: false, issues: r.issues.map((issue) => ({ ...issue, path: ['events', i] })) };
    current = r.value;
    i++;
  }
  return { ok: true, value: current, issues: NO_ISSUES };
}
