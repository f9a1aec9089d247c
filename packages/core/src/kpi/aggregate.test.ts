import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.js';
import type { KpiFigures } from './figures.js';
import { parseRecords } from './parse-records.js';
import { createRecordTable } from './table.js';

// Hand-computed fixtures for August 2025 (MISSION §6). Each dossier is classified on its own, then
// all together; the expected buckets were worked out by hand from the definitions.
const base = { procedureCode: '1.001234', agencyId: 'ubnd-phuong-ba-dinh', receivingUnitId: 'u-ba-dinh', channel: 'direct' };
const CASES: { name: string; record: Record<string, unknown>; expect: Partial<Record<keyof KpiFigures, number>> }[] = [
  { name: 'resolved before the due date: early', record: { id: 'early', receivedAt: '2025-08-04T09:00', dueAt: '2025-08-11T17:00', resolvedAt: '2025-08-08T10:00', returnedAt: '2025-08-09T08:00', status: 10 }, expect: { received: 1, receivedDirect: 1, resolved: 1, early: 1, revisedEarly: 1 } as never },
  { name: 'resolved on the due date, before the due hour: on time', record: { id: 'same-day', receivedAt: '2025-08-04T09:00', dueAt: '2025-08-11T17:00', resolvedAt: '2025-08-11T16:00', status: 9 }, expect: { received: 1, receivedDirect: 1, resolved: 1, onTime: 1 } },
  { name: 'resolved on the due date, after the due hour: still on time (by date)', record: { id: 'same-day-late-hour', receivedAt: '2025-08-04T09:00', dueAt: '2025-08-11T10:00', resolvedAt: '2025-08-11T16:30', status: 9 }, expect: { received: 1, receivedDirect: 1, resolved: 1, onTime: 1 } },
  { name: 'resolved the day after: late', record: { id: 'late', receivedAt: '2025-08-04T09:00', dueAt: '2025-08-11', resolvedAt: '2025-08-12T08:00', status: 9 }, expect: { received: 1, receivedDirect: 1, resolved: 1, late: 1 } },
  { name: 'an instant in UTC that is the next local day: late', record: { id: 'utc', receivedAt: '2025-08-04T09:00', dueAt: '2025-08-11T17:00+07:00', resolvedAt: '2025-08-11T17:30:00Z', status: 9 }, expect: { received: 1, receivedDirect: 1, resolved: 1, late: 1 } },
  { name: 'resolved after the period, due inside it: in progress, overdue', record: { id: 'after', receivedAt: '2025-08-20T09:00', dueAt: '2025-08-29', resolvedAt: '2025-09-03T09:00', status: 9 }, expect: { received: 1, receivedDirect: 1, inProgressOverdue: 1 } },
  { name: 'open, due after the period: within time', record: { id: 'open', receivedAt: '2025-08-25T09:00', dueAt: '2025-09-05', status: 4 }, expect: { received: 1, receivedDirect: 1, inProgressWithinTime: 1 } },
  { name: "open, due on the period's last day: within time", record: { id: 'due-last-day', receivedAt: '2025-08-25T09:00', dueAt: '2025-08-31', status: 2 }, expect: { received: 1, receivedDirect: 1, inProgressWithinTime: 1 } },
  { name: 'supplement requested: paused, not overdue', record: { id: 'paused', receivedAt: '2025-08-10T09:00', dueAt: '2025-08-20', status: 5 }, expect: { received: 1, receivedDirect: 1, paused: 1 } },
  { name: 'stopped (8): paused', record: { id: 'stopped', receivedAt: '2025-08-10T09:00', dueAt: '2025-08-20', status: 8, channel: 'online' }, expect: { received: 1, receivedOnline: 1, paused: 1 } },
  { name: 'refused at intake: refused only', record: { id: 'refused', receivedAt: '2025-08-12T09:00', dueAt: '2025-08-12', status: 3, channel: 'online' }, expect: { refused: 1 } },
  { name: 'withdrawn: received and withdrawn, no timeliness', record: { id: 'withdrawn', receivedAt: '2025-08-05T09:00', dueAt: '2025-08-15', resolvedAt: '2025-08-07T10:00', status: 7 }, expect: { received: 1, receivedDirect: 1, withdrawn: 1 } },
  { name: 're-appointed, resolved after the original date: late, early against the revised date', record: { id: 'reappointed', receivedAt: '2025-08-04T09:00', dueAt: '2025-08-14', revisedDueAt: '2025-08-21', resolvedAt: '2025-08-20T09:00', status: 10, returnedAt: '2025-08-21T09:00' }, expect: { received: 1, receivedDirect: 1, resolved: 1, late: 1, revisedEarly: 1 } as never },
  { name: 'received in July, resolved in August: carried over', record: { id: 'carried', receivedAt: '2025-07-25T09:00', dueAt: '2025-08-05', resolvedAt: '2025-08-04T09:00', status: 9, channel: 'online' }, expect: { carriedOver: 1, resolved: 1, early: 1 } },
  { name: 'closed in July: not in the period', record: { id: 'july', receivedAt: '2025-07-01T09:00', dueAt: '2025-07-10', resolvedAt: '2025-07-09T09:00', status: 9 }, expect: {} },
  { name: 'received in September: not in the period', record: { id: 'september', receivedAt: '2025-09-02T09:00', dueAt: '2025-09-10', status: 4 }, expect: {} },
  { name: 'submitted, not yet received: awaiting receipt only', record: { id: 'awaiting', receivedAt: '2025-08-30T22:00', dueAt: '2025-09-10', status: 1, channel: 'online' }, expect: { awaitingReceipt: 1 } },
  { name: 'postal: counted with direct', record: { id: 'postal', receivedAt: '2025-08-04T09:00', dueAt: '2025-09-10', status: 4, channel: 'postal', digitized: true, feeRequired: true, paidOnline: true }, expect: { received: 1, receivedDirect: 1, inProgressWithinTime: 1, digitized: 1, feeRequired: 1, paidOnline: 1 } },
];

const COUNT_FIELDS = ['received', 'receivedOnline', 'receivedDirect', 'carriedOver', 'resolved', 'early', 'onTime', 'late', 'inProgressWithinTime', 'inProgressOverdue', 'paused', 'refused', 'withdrawn', 'awaitingReceipt', 'digitized', 'feeRequired', 'paidOnline'] as const;

function nonZeroCounts(f: KpiFigures): Record<string, number> {
  return Object.fromEntries(COUNT_FIELDS.filter((k) => f[k] !== 0).map((k) => [k, f[k]]));
}

function reportFor(records: Record<string, unknown>[], by: 'none' | 'unit' = 'none') {
  const parsed = parseRecords(records.map((r) => JSON.stringify({ ...base, ...r })).join('\n'));
  expect(parsed.issues).toEqual([]);
  return aggregate(createRecordTable(parsed.records), { from: '2025-08-01', to: '2025-08-31', by });
}

describe('period buckets (MISSION §6), hand-computed', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { total } = reportFor([c.record]);
      const expected = Object.fromEntries(Object.entries(c.expect).filter(([k]) => (COUNT_FIELDS as readonly string[]).includes(k)));
      expect(nonZeroCounts(total)).toEqual(expected);
      if ('revisedEarly' in c.expect) expect(total.revised.early).toBe(1);
    });
  }

  it('adds the cases up, with the rates of MISSION §6', () => {
    const { total, groups } = reportFor(CASES.map((c) => c.record));
    expect(groups).toHaveLength(1);
    expect(total).toMatchObject({
      received: 13,
      receivedOnline: 1,
      receivedDirect: 12,
      carriedOver: 1,
      resolved: 7,
      early: 2,
      onTime: 2,
      late: 3,
      inProgressWithinTime: 3,
      inProgressOverdue: 1,
      paused: 2,
      refused: 1,
      withdrawn: 1,
      awaitingReceipt: 1,
    });
    expect(total.onTimeRate).toBeCloseTo(4 / 7);
    expect(total.index766_2_1).toBeCloseTo((4 + 3) / (7 + 3 + 1));
    // Against the revised date the re-appointed dossier is early, but the official figure keeps it late.
    expect(total.revised.late).toBe(total.late - 1);
    expect(total.revised.onTimeRate).toBeCloseTo(5 / 7);
    expect(total.received + total.carriedOver).toBe(total.resolved + total.withdrawn + total.inProgressWithinTime + total.inProgressOverdue + total.paused);
  });

  it('gives null rates, not zero, when nothing was resolved', () => {
    const { total } = reportFor([CASES.find((c) => c.record.id === 'paused')!.record]);
    expect(total.onTimeRate).toBeNull();
    expect(total.index766_2_1).toBeNull();
    expect(total.paidOnlineRate).toBeNull();
  });

  it('groups by unit, agency and procedure, sorted by key', () => {
    const records = [
      { ...CASES[0]!.record, receivingUnitId: 'u-b' },
      { ...CASES[1]!.record, receivingUnitId: 'u-a' },
      { ...CASES[3]!.record, receivingUnitId: 'u-b' },
    ];
    const report = reportFor(records, 'unit');
    expect(report.groups.map((g) => [g.key, g.resolved])).toEqual([
      ['u-a', 1],
      ['u-b', 2],
    ]);
    expect(report.total.resolved).toBe(3);
  });

  it('groups units by branch, with units outside any branch apart', () => {
    const parsed = parseRecords(
      [CASES[0]!.record, { ...CASES[1]!.record, receivingUnitId: 'point-2' }, { ...CASES[3]!.record, receivingUnitId: 'commune-x' }]
        .map((r) => JSON.stringify({ ...base, ...r }))
        .join('\n'),
    );
    const branchOf = (u: string) => ({ 'u-ba-dinh': 'branch-1', 'point-2': 'branch-1' })[u];
    const report = aggregate(createRecordTable(parsed.records), { from: '2025-08-01', to: '2025-08-31', by: 'branch', branchOf });
    expect(report.groups.map((g) => [g.key, g.resolved])).toEqual([
      ['(none)', 1],
      ['branch-1', 2],
    ]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => aggregate(createRecordTable([]), { from: '2025-08-31', to: '2025-08-01' })).toThrow(expect.objectContaining({ code: 'KPI_BAD_PERIOD' }));
  });
});
