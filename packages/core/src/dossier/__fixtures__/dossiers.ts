import { calendarContent } from '../../calendar/__fixtures__/calendar-content.js';
import { compileCalendar } from '../../calendar/working-calendar.js';
import { formatInstant, parseTimeInput } from '../../util/dates.js';
import { type DossierState, type NewDossier, createDossier } from '../context.js';
import type { DossierEvent } from '../events.js';
import { dossierTransition } from '../transition.js';

/** The test calendar: 2024–2027, Monday–Friday 08:00–12:00 and 13:00–17:00, Vietnamese holidays. */
export const cal = compileCalendar(calendarContent(), 'city');

/** Epoch ms of a local (Asia/Ho_Chi_Minh) date-time. */
export function at(text: string): number {
  const t = parseTimeInput(text);
  if (t?.kind !== 'instant') throw new Error(`not an instant: ${text}`);
  return t.instant;
}

export const show = formatInstant;

export function newDossier(overrides: Partial<NewDossier> = {}): DossierState {
  return createDossier({
    id: 'D1',
    procedureCode: '1.001193',
    agencyId: 'ubnd-ba-dinh',
    receivingUnitId: 'ttpvhcc-ba-dinh',
    channel: 'direct',
    procedure: { duration: '3 working-days', cutoff: null, clock: { supplement: 'pause', financialObligation: 'pause' } },
    submittedAt: at('2025-08-12T15:30'),
    ...overrides,
  });
}

/** Applies events that must all be allowed. */
export function drive(state: DossierState, ...events: DossierEvent[]): DossierState {
  let s = state;
  for (const e of events) {
    const r = dossierTransition(cal, s, e);
    if (!r.ok) throw new Error(`${e.type} refused in ${s.value}: ${r.issues.map((i) => i.message).join('; ')}`);
    s = r.value;
  }
  return s;
}
