import { type DossierEventInput, type DossierRecord, aggregate, calendarIdFor, compileCalendar, createKpiTracker, createRecordTable, generateRecords, indexInForce, parseRecords, scoreIndex } from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import { describe, expect, it } from 'vitest';
import { branchResolver } from '../packages/cli/src/commands/kpi.js';

const { org } = hanoiPack();
const cal = compileCalendar(org.content, calendarIdFor(org.content, undefined, '2025-10-31')!);
const october = parseRecords([...generateRecords({ organisation: org, calendar: cal, month: '2025-10', seed: 7, perDay: 1500 })].map((r) => JSON.stringify(r)).join('\n'));
const PERIOD = { from: '2025-10-01', to: '2025-10-31' };

/** The events that lead to a record, in order: what a host's dossier history would hold. */
function eventsOf(r: DossierRecord): DossierEventInput[] {
  const events: DossierEventInput[] = [
    { type: 'received', id: r.id, at: r.receivedAt, procedureCode: r.procedureCode, agencyId: r.agencyId, receivingUnitId: r.receivingUnitId, channel: r.channel, dueAt: r.dueAt, feeRequired: r.feeRequired, ...(r.status === 1 || r.status === 3 ? { status: r.status } : {}) },
  ];
  if (r.digitized) events.push({ type: 'digitized', id: r.id, at: r.receivedAt });
  if (r.status !== 1 && r.status !== 2 && r.status !== 3) events.push({ type: 'status', id: r.id, at: r.receivedAt, status: 4 });
  if (r.revisedDueAt !== undefined) events.push({ type: 'reappointed', id: r.id, at: r.receivedAt, dueAt: r.revisedDueAt });
  if (r.paidOnline) events.push({ type: 'paid', id: r.id, at: r.receivedAt, online: true });
  if (r.status === 10 && r.resolvedAt !== undefined) events.push({ type: 'status', id: r.id, at: r.resolvedAt, status: 9 });
  if (r.status !== 1 && r.status !== 2 && r.status !== 3 && r.status !== 4) events.push({ type: 'status', id: r.id, at: r.status === 10 ? r.returnedAt! : (r.resolvedAt ?? r.receivedAt), status: r.status });
  return events;
}

describe('KPIs of a generated month on the Hanoi network', () => {
  it('parses the generated records without an issue', () => {
    expect(october.issues).toEqual([]);
    expect(october.records.length).toBeGreaterThan(30_000);
  });

  for (const by of ['none', 'unit', 'branch', 'agency', 'procedure'] as const) {
    it(`gives the same figures by ${by} in batch and event by event`, () => {
      const query = { ...PERIOD, by, branchOf: branchResolver(org) };
      const batch = aggregate(createRecordTable(october.records), query);
      const tracker = createKpiTracker(query);
      // Events of all dossiers interleaved by instant, as they would arrive.
      const events = october.records.flatMap(eventsOf).sort((a, b) => a.at - b.at);
      for (const e of events) tracker.apply(e);
      expect(tracker.report()).toEqual(batch);
      expect(batch.total.received).toBeGreaterThan(0);
    });
  }

  it('shows realistic figures: on time near the 99.85 % reported, 766 2.1 near it, groups that add up', () => {
    const report = aggregate(createRecordTable(october.records), { ...PERIOD, by: 'branch', branchOf: branchResolver(org) });
    expect(report.total.onTimeRate).toBeGreaterThan(0.995);
    expect(report.total.index766_2_1).toBeGreaterThan(0.98);
    expect(report.total.onlineRate).toBeGreaterThan(0.57);
    // After 01/07/2025 most dossiers go to commune-level centres, which belong to no branch.
    expect(report.groups.find((g) => g.key === '(none)')!.received).toBeGreaterThan(report.total.received * 0.8);
    const sum = (f: (g: (typeof report.groups)[number]) => number) => report.groups.reduce((s, g) => s + f(g), 0);
    expect(sum((g) => g.resolved)).toBe(report.total.resolved);
    const index = indexInForce(org.content.kpiIndices, '766', PERIOD.to)!;
    const score = scoreIndex(index, report.total);
    expect(score.total).toBe(100);
    expect(score.scoredMax).toBeGreaterThan(0);
    expect(score.score).toBeLessThanOrEqual(score.scoredMax);
    expect(score.unscored.every((u) => u.reason === 'not-computable')).toBe(true);
  });
});
