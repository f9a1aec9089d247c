import { type DayStatus, type IsoDate, type Lang, type WorkingCalendar, calendarIdFor, compileCalendar, createIssue } from '@motcua/core';
import type { Pack } from '@motcua/rules';
import { CommandFailure } from './io.js';

const cache = new WeakMap<Pack, Map<string, WorkingCalendar>>();

/**
 * The working calendar for a command: the one of `--unit` when given (a unit calendar naming it,
 * else the city's), compiled once per pack and status set.
 */
export function calendarFor(pack: Pack, unitName: string | undefined, date: IsoDate | undefined, includeProposed: boolean, lang: Lang): WorkingCalendar {
  let unitId: string | undefined;
  if (unitName !== undefined) {
    const r = pack.org.resolve('unit', unitName, { ...(date ? { at: date } : {}), lang });
    if (!r.ok) throw new CommandFailure(r.issues);
    unitId = r.value.row.id;
  }
  const id = calendarIdFor(pack.org.content, unitId, date);
  if (id === undefined) {
    const { calendars } = pack.org.content;
    if (calendars.length === 0) throw new CommandFailure([createIssue('PACK_MISSING_FIELD', { field: 'calendars' }, { lang })]);
    const from = calendars.map((c) => c.validFrom).sort()[0]!;
    throw new CommandFailure([createIssue('CALENDAR_OUT_OF_RANGE', { date: date ?? '?', from, to: '…' }, { lang })]);
  }
  const statuses: DayStatus[] = includeProposed ? ['decided', 'proposed'] : ['decided'];
  const key = `${id}:${statuses.join(',')}`;
  let byKey = cache.get(pack);
  if (!byKey) cache.set(pack, (byKey = new Map()));
  let cal = byKey.get(key);
  if (!cal) byKey.set(key, (cal = compileCalendar(pack.org.content, id, { statuses })));
  return cal;
}
