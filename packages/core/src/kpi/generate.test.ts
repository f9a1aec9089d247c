import { describe, expect, it } from 'vitest';
import { calendarContent } from '../calendar/__fixtures__/calendar-content.js';
import { compileCalendar } from '../calendar/working-calendar.js';
import type { PackContent } from '../model/entities.js';
import { createOrganisation, inForce } from '../org/organisation.js';
import { DAY_MS, VN_OFFSET_MS, dayNumber, formatInstant, localDateOf, parseTimeInput } from '../util/dates.js';
import { type GeneratedRecord, generateRecords } from './generate.js';
import { parseRecords } from './parse-records.js';
import { RECORD_FIELDS } from './record.js';

const cite = { doc: 'D', ref: '1' };
const base = calendarContent();
// A district and its desk until 2025-04-30, then a commune with its centre; a branch site in the district, a department
// and a land office throughout; a Center and a portal that receive nothing at a counter.
const content: PackContent = {
  ...base,
  agencies: [
    { id: 'ubnd-quan', kind: 'district-pc', level: 'district', area: 'quan', name: 'UBND quận', validFrom: '2024-01-01', validTo: '2025-04-30', citation: cite },
    { id: 'ubnd-phuong', kind: 'commune-pc', level: 'commune', area: 'phuong', name: 'UBND phường', validFrom: '2025-05-01', citation: cite },
    { id: 'so-a', kind: 'department', level: 'city', name: 'Sở A', validFrom: '2024-01-01', citation: cite },
    { id: 'vpdk', kind: 'land-registration', level: 'city', name: 'VPĐK', validFrom: '2024-01-01', citation: cite },
  ],
  units: [
    { id: 'center', kind: 'center', name: 'Trung tâm', validFrom: '2024-01-01', citation: cite },
    { id: 'portal', kind: 'online-portal', name: 'Cổng', validFrom: '2024-01-01', citation: cite },
    { id: 'desk-quan', kind: 'district-desk', agency: 'ubnd-quan', area: 'quan', name: 'Một cửa quận', validFrom: '2024-01-01', validTo: '2025-04-30', citation: cite },
    { id: 'site', kind: 'reception-point', area: 'quan', name: 'Điểm tiếp nhận', validFrom: '2024-01-01', citation: cite },
    { id: 'tt-phuong', kind: 'commune-centre', agency: 'ubnd-phuong', area: 'phuong', name: 'TTPVHCC phường', validFrom: '2025-05-01', citation: cite },
  ],
};
const org = createOrganisation(content);
const cal = compileCalendar(content, 'city');
const generate = (seed: number, extra: { asOf?: number; perDay?: number } = {}) =>
  [...generateRecords({ organisation: org, calendar: cal, month: '2025-05', seed, perDay: 150, ...extra })];
const instant = (text: string) => (parseTimeInput(text) as { instant: number }).instant;
const asOf = instant('2025-05-31T17:00:00+07:00');

describe('generateRecords on a small organisation', () => {
  const records = generate(7);

  it('replays a seed exactly and differs for another', () => {
    expect(generate(7)).toEqual(records);
    const other = generate(8);
    expect(other.map((r) => `${r.receivedAt} ${r.procedureCode}`)).not.toEqual(records.map((r) => `${r.receivedAt} ${r.procedureCode}`));
    // The calendar compiled from the content when none is given is the same one.
    expect([...generateRecords({ organisation: org, month: '2025-05', seed: 7, perDay: 150 })]).toEqual(records);
  });

  it('writes records that parse back without an issue, fields in RECORD_FIELDS order, instants as formatInstant writes them', () => {
    const parsed = parseRecords(records.map((r) => JSON.stringify(r)).join('\n'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toHaveLength(records.length);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const fields = RECORD_FIELDS as readonly string[];
    expect(records.filter((r) => Object.keys(r).join() !== fields.filter((f) => f in r).join())).toEqual([]);
    const instants = ['receivedAt', 'dueAt', 'revisedDueAt', 'resolvedAt', 'returnedAt'] as const;
    expect(records.flatMap((r) => instants.map((f) => r[f]).filter((t) => t !== undefined && formatInstant(instant(t)) !== t))).toEqual([]);
  });

  it('receives on working days inside the sessions, at receiving units and agencies in force that day', () => {
    const days = new Set<string>();
    const wrong = records.filter((r) => {
      const at = instant(r.receivedAt);
      const date = localDateOf(at);
      days.add(date);
      const t = at + VN_OFFSET_MS - dayNumber(date) * DAY_MS;
      const inSession = cal.day(date).sessions.some(([a, b]) => t >= a && t < b);
      return !inSession || !inForce(org.get('unit', r.receivingUnitId)!, date) || !inForce(org.get('agency', r.agencyId)!, date);
    });
    expect(wrong).toEqual([]);
    // Labour Day and the swapped Friday are off, the make-up Saturday of 26/04 (in the lead-in) is worked.
    expect(days.has('2025-05-01') || days.has('2025-05-02') || days.has('2025-05-03')).toBe(false);
    expect(new Set(records.map((r) => r.receivingUnitId))).toEqual(new Set(['desk-quan', 'site', 'tt-phuong']));
    expect(records.filter((r) => r.receivingUnitId === 'tt-phuong').every((r) => r.agencyId === 'ubnd-phuong')).toBe(true);
    expect(records.filter((r) => r.receivingUnitId === 'desk-quan').every((r) => r.agencyId === 'ubnd-quan')).toBe(true);
  });

  it('keeps every date in order: due not before receipt, closing between receipt and asOf', () => {
    const wrong = records.filter((r) => {
      const received = instant(r.receivedAt);
      const closing = [r.resolvedAt, r.returnedAt].filter((t) => t !== undefined).map(instant);
      return (
        instant(r.dueAt) < received ||
        (r.revisedDueAt !== undefined && instant(r.revisedDueAt) < instant(r.dueAt)) ||
        closing.some((t) => t < received || t > asOf) ||
        (r.resolvedAt !== undefined) !== [3, 7, 9, 10].includes(r.status) ||
        (r.returnedAt !== undefined) !== (r.status === 10) ||
        (r.status === 3 && localDateOf(instant(r.resolvedAt!)) !== localDateOf(received)) ||
        (r.paidOnline && !r.feeRequired)
      );
    });
    expect(wrong).toEqual([]);
    expect(new Set(records.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
  });

  it('carries dossiers over from the weeks before the month, only those open on its first day or closed in it', () => {
    const before = records.filter((r) => r.receivedAt < '2025-05-01');
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((r) => r.resolvedAt !== undefined && r.resolvedAt < '2025-05-01')).toEqual([]);
  });

  it('keeps the same dossiers at an earlier asOf, with nothing received or closed after it', () => {
    const mid = instant('2025-05-15T10:30:00+07:00');
    const early = generate(7, { asOf: mid });
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(early.length).toBeGreaterThan(0);
    const key = (r: GeneratedRecord) => `${r.procedureCode} ${r.receivingUnitId} ${r.agencyId} ${r.channel} ${r.receivedAt} ${r.dueAt}`;
    expect(early.filter((r) => byId.has(r.id) && key(byId.get(r.id)!) !== key(r))).toEqual([]);
    expect(early.filter((r) => instant(r.receivedAt) > mid || (r.resolvedAt !== undefined && instant(r.resolvedAt) > mid))).toEqual([]);
    expect(early.some((r) => r.status === 2 || r.status === 4)).toBe(true);
  });

  it('rejects a bad month, seed or count', () => {
    const call = (o: object) => () => [...generateRecords({ organisation: org, calendar: cal, month: '2025-05', seed: 1, ...o })];
    expect(call({ month: '2025-13' })).toThrow(/Invalid argument/);
    expect(call({ month: '2025-5' })).toThrow(/Invalid argument/);
    expect(call({ seed: 1.5 })).toThrow(/Invalid argument/);
    expect(call({ perDay: -1 })).toThrow(/Invalid argument/);
    expect(call({ perDay: 0 })()).toEqual([]);
  });
});

/** Share in percent of the records that satisfy `f`. */
function share(records: readonly GeneratedRecord[], f: (r: GeneratedRecord) => boolean): number {
  return (100 * records.filter(f).length) / records.length;
}

describe('generateRecords distributions', () => {
  it('draws the channel mix and flags near their targets', () => {
    const records = generate(3, { perDay: 1000 }).filter((r) => r.receivedAt >= '2025-05');
    expect(Math.abs(share(records, (r) => r.channel === 'online') - 59.71)).toBeLessThan(2);
    expect(Math.abs(share(records, (r) => r.channel === 'direct') - 40.05)).toBeLessThan(2);
    expect(share(records, (r) => r.channel === 'postal')).toBeLessThan(1);
    expect(Math.abs(share(records, (r) => r.digitized) - 90)).toBeLessThan(2);
  });
});
