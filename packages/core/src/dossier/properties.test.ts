import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../calendar/deadline.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { readRecord } from '../kpi/record.js';
import { formatInstant } from '../util/dates.js';
import { type DossierState, dueInForce } from './context.js';
import { cal } from './__fixtures__/dossiers.js';
import { dossierArb, runReducer } from './__fixtures__/random-dossiers.js';
import { dueCheck, nextDueAt } from './due-check.js';
import { toDossierRecord } from './kpi-record.js';
import { persistDossier, restoreDossier } from './persist.js';
import { STATE_INFO, isDossierState } from './table.js';

/** Working time spent in paused states, from the history alone. */
function pausedByHistory(cal: WorkingCalendar, s: DossierState): number {
  let total = 0;
  let enteredAt: number | null = null;
  for (const h of s.context.history) {
    const wasPaused = STATE_INFO[h.from].pause !== undefined;
    const isPaused = STATE_INFO[h.to].pause !== undefined;
    if (wasPaused && enteredAt !== null && h.to !== h.from) {
      total += cal.workingTimeBetween(enteredAt, h.at);
      enteredAt = null;
    }
    if (isPaused && h.from !== h.to) enteredAt = h.at;
  }
  if (enteredAt !== null) total += cal.workingTimeBetween(enteredAt, s.context.lastEventAt);
  return total;
}

/** Every invariant a dossier state must keep; returns what is wrong, or undefined. */
function violation(cal: WorkingCalendar, s: DossierState): string | undefined {
  const c = s.context;
  if (!isDossierState(s.value)) return `unknown state ${String(s.value)}`;
  const info = STATE_INFO[s.value];
  if (!(info.status >= 1 && info.status <= 10)) return `no national code for ${s.value}`;
  // History: in time order, ending in the current state.
  let last = c.submittedAt;
  for (const h of c.history) {
    if (h.at < last) return 'history goes back in time';
    last = h.at;
  }
  if (last !== c.lastEventAt) return 'lastEventAt is not the last event';
  if ((c.history.at(-1)?.to ?? 'submitted') !== s.value) return 'history does not end in the state';
  // Pauses: exactly one open in a paused state, of its kind; none elsewhere; closed ones in order.
  const open = c.pauses.filter((p) => p.to === null);
  if (info.pause === undefined ? open.length !== 0 : open.length !== 1 || c.pauses.at(-1)!.to !== null || open[0]!.kind !== info.pause) return 'pauses do not match the state';
  for (const p of c.pauses) if (p.to !== null && p.to < p.from) return 'a pause ends before it starts';
  // Paused working time adds up.
  const paused = c.pauses.reduce((sum, p) => sum + cal.workingTimeBetween(p.from, p.to ?? c.lastEventAt), 0);
  if (paused !== pausedByHistory(cal, s)) return `paused working time ${paused} ≠ time in paused states ${pausedByHistory(cal, s)}`;
  // Dates: due never precedes receipt.
  if (c.receivedAt !== null) {
    for (const [name, v] of [['dueAt', c.dueAt], ['revisedDueAt', c.revisedDueAt], ['transferDueAt', c.transferDueAt], ['clockStart', c.clockStart]] as const) {
      if (v !== null && v < c.receivedAt) return `${name} precedes the receipt`;
    }
    if (c.dueAt === null) return 'received without a due date';
  } else if (c.dueAt !== null) return 'a due date without a receipt';
  // The count: working time from the clock start to the due date, less the paused time, is the processing time.
  const d = parseDuration(c.procedure.duration)!;
  if (c.dueAt !== null && c.clockStart !== null && d.unit !== 'calendar-days') {
    const clip = (p: { from: number; to: number | null }) => Math.max(0, cal.workingTimeBetween(Math.max(p.from, c.clockStart!), Math.min(p.to!, c.dueAt!)));
    const pausedInCount = c.pauses.filter((p) => p.to !== null && p.policy === 'pause' && p.from >= c.countFrom!).reduce((sum, p) => sum + clip(p), 0);
    const counted = cal.workingTimeBetween(c.clockStart, c.dueAt) - pausedInCount;
    const expected = Math.round(d.amount * (d.unit === 'working-days' ? cal.hoursPerDay : 1) * 3_600_000);
    if (counted !== expected) return `counted ${counted} ms of working time, expected ${expected}`;
  }
  // Apology: at most one, and its re-appointment after the due date it replaced.
  const apologies = c.history.filter((h) => h.event === 'APOLOGIZE').length;
  if (apologies > 1 || (apologies === 1) !== (c.apology !== null)) return 'more than one apology';
  if (c.apology !== null && c.apology.newDueAt <= c.apology.previousDueAt) return 'the re-appointment is not later';
  // Closing instants match the national code.
  if ((info.status === 9 || info.status === 10) !== (c.resolvedAt !== null)) return 'resolvedAt does not match the status';
  if ((info.status === 3 || info.status === 7) !== (c.closedAt !== null)) return 'closedAt does not match the status';
  if ((s.value === 'returned') !== (c.returnedAt !== null)) return 'returnedAt does not match the state';
  if (dueInForce(c) !== (c.revisedDueAt ?? c.dueAt)) return 'due in force';
  return undefined;
}

describe('random lives of a dossier (reducer)', () => {
  it('keeps every invariant, terminal states stay terminal, and a stored state restores to itself', () => {
    fc.assert(
      fc.property(dossierArb, (dossier) => {
        const { states, accepted } = runReducer(cal, dossier);
        let previous = dossier.initial;
        for (let i = 0; i < states.length; i++) {
          const s = states[i]!;
          const problem = violation(cal, s);
          if (problem !== undefined) throw new Error(`after event ${i}: ${problem}`);
          if (STATE_INFO[previous.value].terminal) {
            expect(accepted[i]).toBe(false);
            expect(s).toBe(previous);
          }
          if (!accepted[i]) expect(s).toBe(previous);
          previous = s;
        }
        const restored = restoreDossier(JSON.parse(JSON.stringify(persistDossier(previous))));
        expect(restored.ok ? restored.value : restored.issues).toEqual(previous);
        // The KPI record of the state passes the KPI reader's checks, with the state's national code.
        const record = toDossierRecord(previous);
        const fields = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, k.endsWith('At') && typeof v === 'number' ? formatInstant(v) : v]));
        const read = readRecord(fields);
        expect(read.issues).toEqual([]);
        expect(read.record).toEqual(record);
        expect(record.status).toBe(STATE_INFO[previous.value].status);
        // The host's schedule: what is due now is due, and the next wake-up is later.
        const now = previous.context.lastEventAt + 3_600_000;
        for (const a of dueCheck(previous, now, cal, { retention: '30 calendar-days' })) expect(a.dueAt).toBeLessThanOrEqual(now);
        expect(nextDueAt(previous, now, cal, { retention: '30 calendar-days' }) ?? Infinity).toBeGreaterThan(now);
      }),
      { numRuns: 6000 },
    );
  });
});
