import { describe, expect, it } from 'vitest';
import type { KpiIndex } from '../model/kpi-index.js';
import { aggregate } from './aggregate.js';
import { parseRecords } from './parse-records.js';
import { indexInForce, scoreIndex, scoreOf } from './score-index.js';
import { createRecordTable } from './table.js';

const cite = { doc: '766/QĐ-TTg', ref: 'Phụ lục' };
const INDEX: KpiIndex = {
  id: 'test-766',
  index: '766',
  name: 'test',
  validFrom: '2022-06-23',
  total: 100,
  citation: cite,
  groups: [
    {
      id: '2',
      name: 'Tiến độ',
      max: 20,
      citation: cite,
      indicators: [
        { id: '2.1', name: 'progress', max: 20, score: 'proportional', measure: 'progress', numerator: 'n', denominator: 'd', citation: cite },
        { id: '2.2', name: 'time', max: 0, score: 'monitoring', measure: 'average-resolution-days', numerator: 'n', denominator: 'd', citation: cite },
      ],
    },
    {
      id: '4',
      name: 'Thanh toán',
      max: 10,
      citation: cite,
      indicators: [
        { id: '4.1', name: 'fees on the portal', max: 4, score: 'proportional', numerator: 'n', denominator: 'd', citation: cite },
        { id: '4.3', name: 'paid online', max: 6, target: 0.8, score: 'proportional-to-target', measure: 'paid-online-share', numerator: 'n', denominator: 'd', citation: cite },
      ],
    },
  ],
};

const base = { procedureCode: 'p', agencyId: 'a', receivingUnitId: 'u', channel: 'online', receivedAt: '2025-08-04T09:00', dueAt: '2025-08-11' };
const figures = (lines: object[]) =>
  aggregate(createRecordTable(parseRecords(lines.map((l) => JSON.stringify({ ...base, ...l })).join('\n')).records), { from: '2025-08-01', to: '2025-08-31' }).total;

describe('scoring an index', () => {
  it('converts ratios to points by rule', () => {
    expect(scoreOf('proportional-to-target', 0.9, 6, 0.8)).toBe(6);
    expect(scoreOf('proportional-to-target', 0.4, 6, 0.8)).toBeCloseTo(3);
    expect(scoreOf('proportional', 0.75, 20)).toBe(15);
    expect(scoreOf('monitoring', 1, 0)).toBe(0);
  });

  it('scores what records show and lists the rest as not computable, never as zero', () => {
    const f = figures([
      { id: '1', status: 9, resolvedAt: '2025-08-08T09:00', feeRequired: true, paidOnline: true },
      { id: '2', status: 9, resolvedAt: '2025-08-14T09:00', feeRequired: true },
      { id: '3', status: 4, dueAt: '2025-09-30' },
      { id: '4', status: 4 },
    ]);
    const score = scoreIndex(INDEX, f);
    const byId = Object.fromEntries(score.groups.flatMap((g) => g.indicators).map((i) => [i.id, i]));
    // 2.1: (1 early + 0 on time + 1 within) / (2 resolved + 2 in progress) = 0.5 → 10 of 20 points.
    expect(byId['2.1']).toMatchObject({ numerator: 2, denominator: 4, value: 0.5, score: 10 });
    expect(byId['2.2']).toMatchObject({ value: (4 + 10) / 2, score: 0 });
    // 4.3: 1 of 2 fee-bearing dossiers paid online = 0.5 against a target of 0.8 → 6 × 0.5 / 0.8.
    expect(byId['4.3']!.score).toBeCloseTo(3.75);
    expect(byId['4.1']).toMatchObject({ score: null, unscored: 'not-computable' });
    expect(score.score).toBeCloseTo(13.75);
    expect(score.scoredMax).toBe(26);
    expect(score.unscored).toEqual([{ id: '4.1', reason: 'not-computable' }]);
  });

  it('has no score, rather than zero, where the period has no data', () => {
    const score = scoreIndex(INDEX, figures([{ id: '1', status: 5 }]));
    expect(score.groups[0]!.score).toBeNull();
    expect(score.unscored.map((u) => u.reason)).toEqual(['no-data', 'no-data', 'not-computable', 'no-data']);
  });

  it('picks the version in force', () => {
    expect(indexInForce([INDEX], '766', '2025-08-31')).toBe(INDEX);
    expect(indexInForce([INDEX], '766', '2021-01-01')).toBeUndefined();
    expect(indexInForce([INDEX], '999', '2025-08-31')).toBeUndefined();
  });
});
