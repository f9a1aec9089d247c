import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.js';
import { parseRecords } from './parse-records.js';
import { checkSnapshot, freezeReport, overrideFigure, publishedFigures, reviseSnapshot } from './snapshot.js';
import { createRecordTable } from './table.js';

const base = { procedureCode: 'p', agencyId: 'a', channel: 'direct', receivedAt: '2025-08-04T09:00', dueAt: '2025-08-11' };
const report = (lines: object[]) =>
  aggregate(createRecordTable(parseRecords(lines.map((l) => JSON.stringify({ ...base, ...l })).join('\n')).records), { from: '2025-08-01', to: '2025-08-31', by: 'unit' });

const august = [
  { id: '1', receivingUnitId: 'u1', status: 9, resolvedAt: '2025-08-08T09:00' },
  { id: '2', receivingUnitId: 'u1', status: 4 },
  { id: '3', receivingUnitId: 'u2', status: 9, resolvedAt: '2025-08-12T09:00' },
];

describe('KPI snapshots', () => {
  const frozen = freezeReport(report(august), { at: '2025-09-05T10:00:00+07:00', actor: 'tổng hợp' });

  it('a correction after freezing makes a new version that lists every difference', () => {
    // Dossier 2 turns out to have been resolved late on 29/08, entered after the freeze.
    const corrected = report([august[0]!, { ...august[1]!, status: 9, resolvedAt: '2025-08-29T09:00' }, august[2]!]);
    const revised = reviseSnapshot(frozen, corrected, { at: '2025-09-20T10:00:00+07:00', actor: 'tổng hợp', reason: 'late entry of a resolution' });
    expect(revised.ok).toBe(true);
    if (!revised.ok) return;
    expect(revised.value.versions).toHaveLength(2);
    expect(revised.value.versions[0]).toEqual(frozen.versions[0]);
    expect(revised.value.versions[1]!.changes).toEqual([
      { key: 'u1', field: 'resolved', from: 1, to: 2, cause: 'correction' },
      { key: 'u1', field: 'late', from: 0, to: 1, cause: 'correction' },
      { key: 'u1', field: 'inProgressOverdue', from: 1, to: 0, cause: 'correction' },
      { key: 'u1', field: 'revisedLate', from: 0, to: 1, cause: 'correction' },
      { key: 'u1', field: 'revisedInProgressOverdue', from: 1, to: 0, cause: 'correction' },
      { key: 'u1', field: 'resolutionDays', from: 4, to: 29, cause: 'correction' },
    ]);
    expect(publishedFigures(revised.value, 1).total.resolved).toBe(2);
    expect(publishedFigures(revised.value).total.resolved).toBe(3);
  });

  it('the same figures again make no new version', () => {
    const again = reviseSnapshot(frozen, report(august), { at: '2025-09-20T10:00:00+07:00', actor: 'x', reason: 'rerun' });
    expect(again.ok && again.value).toBe(frozen);
  });

  it('refuses figures of another period or grouping', () => {
    const other = aggregate(createRecordTable([]), { from: '2025-09-01', to: '2025-09-30', by: 'unit' });
    const result = reviseSnapshot(frozen, other, { at: '2025-10-01T00:00:00+07:00', actor: 'x', reason: 'y' });
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.code).toBe('KPI_SNAPSHOT_MISMATCH');
  });

  it('an override is an audited event shown beside the computed figure, and rates follow it', () => {
    const override = { key: 'u2', field: 'late' as const, value: 0, actor: 'Giám đốc', at: '2025-09-10T09:00:00+07:00', reason: 'system outage 11–12/08', legalBasis: 'Công văn 45/TTPVHCC' };
    const result = overrideFigure(frozen, { ...override });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.versions[1]!.changes).toEqual([{ key: 'u2', field: 'late', from: 1, to: 0, cause: 'override' }]);
    // The computed counts are kept as they were.
    expect(result.value.versions[1]!.computed).toEqual(frozen.versions[0]!.computed);
    const published = publishedFigures(result.value);
    const u2 = published.groups.find((g) => g.figures.key === 'u2')!;
    expect(u2.overridden).toEqual([{ field: 'late', computed: 1, value: 0, override }]);
    expect(u2.figures.late).toBe(0);
    const unknown = overrideFigure(frozen, { ...override, key: 'u9' });
    expect(unknown.ok).toBe(false);
    expect(unknown.issues[0]!.code).toBe('KPI_UNKNOWN_FIGURE');
  });

  it('round-trips through JSON and rejects a malformed file', () => {
    expect(checkSnapshot(JSON.parse(JSON.stringify(frozen))).ok).toBe(true);
    expect(checkSnapshot({ format: 'other' }).issues[0]!.code).toBe('KPI_BAD_SNAPSHOT');
    expect(checkSnapshot({ ...frozen, versions: [{ ...frozen.versions[0], version: 2 }] }).ok).toBe(false);
  });
});
