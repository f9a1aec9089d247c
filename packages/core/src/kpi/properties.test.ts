import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, VN_OFFSET_MS, dayNumber } from '../util/dates.js';
import { aggregate } from './aggregate.js';
import { type DossierEventInput, recordsFromEvents } from './events.js';
import type { KpiFigures, KpiGrouping } from './figures.js';
import { createKpiTracker } from './incremental.js';
import type { DossierRecord, DossierStatus } from './record.js';
import { createRecordTable } from './table.js';

// Random dossiers around August 2025, at any hour, so that every bucket and every boundary (a
// resolution on the due date, after the period, before it) is drawn often.
const START = (dayNumber('2025-07-01') * DAY_MS) - VN_OFFSET_MS;
const HOUR = 3_600_000;
const instant = (maxHours: number) => fc.integer({ min: 0, max: maxHours }).map((h) => h * HOUR);

const recordArb: fc.Arbitrary<DossierRecord> = fc
  .record({
    n: fc.integer({ min: 0, max: 1_000_000 }),
    // More units than the tracker's first allocation of groups, so that it has to grow.
    unit: fc.integer({ min: 1, max: 40 }).map((n) => `u${n}`),
    agency: fc.constantFrom('a1', 'a2'),
    procedure: fc.constantFrom('p1', 'p2', 'p3'),
    channel: fc.constantFrom('direct' as const, 'online' as const, 'postal' as const),
    received: instant(24 * 80),
    dueAfter: instant(24 * 25),
    revisedAfter: fc.option(instant(24 * 10)),
    resolvedAfter: instant(24 * 40),
    status: fc.integer({ min: 1, max: 10 }) as fc.Arbitrary<DossierStatus>,
    flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  })
  .map((g) => {
    const receivedAt = START + g.received;
    const dueAt = receivedAt + g.dueAfter;
    const closes = g.status === 9 || g.status === 10 || g.status === 3 || g.status === 7;
    return {
      id: `d${g.n}`,
      procedureCode: g.procedure,
      agencyId: g.agency,
      receivingUnitId: g.unit,
      channel: g.channel,
      receivedAt,
      dueAt,
      revisedDueAt: g.revisedAfter === null ? undefined : dueAt + g.revisedAfter,
      resolvedAt: closes ? receivedAt + g.resolvedAfter : undefined,
      status: g.status,
      digitized: g.flags[0],
      feeRequired: g.flags[1],
      paidOnline: g.flags[2],
    };
  });

const periodArb = fc
  .tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 40 }))
  .map(([start, length]) => {
    const from = dayNumber('2025-07-01') + start;
    const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
    return { from: iso(from), to: iso(from + length) };
  });
const byArb = fc.constantFrom<KpiGrouping>('none', 'unit', 'agency', 'procedure');

function checkFigures(f: KpiFigures): void {
  expect(f.received + f.carriedOver).toBe(f.resolved + f.withdrawn + f.inProgressWithinTime + f.inProgressOverdue + f.paused);
  expect(f.early + f.onTime + f.late).toBe(f.resolved);
  expect(f.revised.early + f.revised.onTime + f.revised.late).toBe(f.resolved);
  expect(f.revised.inProgressWithinTime + f.revised.inProgressOverdue).toBe(f.inProgressWithinTime + f.inProgressOverdue);
  expect(f.receivedOnline + f.receivedDirect).toBe(f.received);
  for (const rate of [f.onTimeRate, f.index766_2_1, f.revised.onTimeRate, f.revised.index766_2_1, f.onlineRate, f.digitizedRate, f.paidOnlineRate]) {
    if (rate !== null) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
  }
  // A re-appointment only ever moves a due date later, so it can only make the revised figures better.
  expect(f.revised.late).toBeLessThanOrEqual(f.late);
}

const dedupe = (records: DossierRecord[]) => [...new Map(records.map((r) => [r.id, r])).values()];

describe('KPI properties', () => {
  it('buckets add up to the totals, rates stay in [0, 1], groups add up to the total', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), periodArb, byArb, (records, period, by) => {
        const report = aggregate(createRecordTable(dedupe(records)), { ...period, by });
        checkFigures(report.total);
        for (const g of report.groups) checkFigures(g);
        expect(report.groups.reduce((s, g) => s + g.received + g.carriedOver + g.refused + g.awaitingReceipt, 0)).toBe(
          report.total.received + report.total.carriedOver + report.total.refused + report.total.awaitingReceipt,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('incremental tracking equals the batch aggregation, whatever the order of updates', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 80, size: 'max' }), fc.array(fc.nat(), { maxLength: 20 }), periodArb, byArb, (records, removals, period, by) => {
        const tracker = createKpiTracker({ ...period, by });
        // Every record is put, then some are removed; a later record with the same id replaces an earlier one.
        for (const r of records) tracker.upsert(r);
        const removed = new Set(removals.map((i) => records[i % Math.max(records.length, 1)]?.id));
        for (const id of removed) if (id) tracker.remove(id);
        const current = dedupe(records).filter((r) => !removed.has(r.id));
        expect(tracker.size).toBe(current.length);
        expect(tracker.report()).toEqual(aggregate(createRecordTable(current), { ...period, by }));
      }),
      { numRuns: 500 },
    );
  });

  it('a history of events gives the same figures tracked event by event as folded then aggregated', () => {
    const historyArb = fc.array(recordArb, { maxLength: 30 }).chain((records) => {
      const unique = dedupe(records);
      const events: DossierEventInput[] = unique.map((r) => ({
        type: 'received' as const,
        id: r.id,
        at: r.receivedAt,
        procedureCode: r.procedureCode,
        agencyId: r.agencyId,
        receivingUnitId: r.receivingUnitId,
        channel: r.channel,
        dueAt: r.dueAt,
        feeRequired: r.feeRequired,
      }));
      const later = fc.array(
        fc.record({
          pick: fc.nat(),
          kind: fc.constantFrom('status', 'reappointed', 'digitized', 'paid'),
          status: fc.integer({ min: 2, max: 10 }) as fc.Arbitrary<DossierStatus>,
          after: instant(24 * 30),
          online: fc.boolean(),
        }),
        { maxLength: 60 },
      );
      return later.map((steps) => {
        if (unique.length === 0) return events;
        const more = steps.map((s): DossierEventInput => {
          const r = unique[s.pick % unique.length]!;
          const at = r.receivedAt + s.after;
          if (s.kind === 'status') return { type: 'status', id: r.id, at, status: s.status };
          if (s.kind === 'reappointed') return { type: 'reappointed', id: r.id, at, dueAt: r.dueAt + s.after };
          if (s.kind === 'digitized') return { type: 'digitized', id: r.id, at };
          return { type: 'paid', id: r.id, at, online: s.online };
        });
        return [...events, ...more];
      });
    });
    fc.assert(
      fc.property(historyArb, periodArb, byArb, (events, period, by) => {
        const tracker = createKpiTracker({ ...period, by });
        for (const e of events) tracker.apply(e);
        expect(tracker.report()).toEqual(aggregate(createRecordTable(recordsFromEvents(events)), { ...period, by }));
      }),
      { numRuns: 500 },
    );
  });
});
