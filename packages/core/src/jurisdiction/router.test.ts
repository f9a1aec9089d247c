import { describe, expect, it } from 'vitest';
import type { PackContent } from '../model/entities.js';
import { compileJurisdiction } from './router.js';

const cite = { doc: 'D', ref: '1' };
const content = {
  manifest: { id: 't', name: 'T', version: '1', formatVersion: 1, coverage: { from: '2024-01-01' } },
  documents: [],
  areas: [],
  phases: [],
  regimes: [],
  register: [],
  calendars: [],
  holidays: [],
  calendarDays: [],
  lunarYears: [],
  cases: [],
  kpiIndices: [],
  procedures: [],
  agencies: [
    { id: 'old', kind: 'department', level: 'city', name: 'Sở Cũ', validFrom: '2024-01-01', validTo: '2025-02-28', citation: cite },
    { id: 'new', kind: 'department', level: 'city', name: 'Sở Mới', validFrom: '2025-03-01', predecessors: ['old'], citation: cite },
    { id: 'pc-a', kind: 'district-pc', level: 'district', area: 'a', name: 'UBND A', validFrom: '2024-01-01', citation: cite },
  ],
  units: [
    { id: 'branch-1', kind: 'branch', name: 'CN 1', validFrom: '2024-01-01', areas: { values: { '2024-01-01': { value: ['a'], citation: cite }, '2025-04-01': { value: ['a', 'b'], citation: cite } } }, citation: cite },
    { id: 'branch-2', kind: 'branch', name: 'CN 2', validFrom: '2025-04-01', areas: ['c'], citation: cite },
    { id: 'desk-old', kind: 'department-desk', agency: 'old', name: 'MC cũ', validFrom: '2024-01-01', validTo: '2025-03-31', citation: cite },
    { id: 'centre-a', kind: 'commune-centre', area: 'a', name: 'TT A', validFrom: '2024-01-01', citation: cite },
    { id: 'centre-b', kind: 'commune-centre', area: 'b', name: 'TT B', validFrom: '2024-01-01', citation: cite },
    { id: 'portal', kind: 'online-portal', name: 'Cổng', validFrom: '2024-01-01', citation: cite },
  ],
  jurisdiction: [
    { id: 'assigned', name: 'Giao CN 1', receiver: { unit: 'branch-1' }, basis: 'assigned', agencies: ['old'], channels: ['direct', 'postal'], validFrom: '2024-06-01', citation: cite },
    { id: 'desks', name: 'Một cửa sở', receiver: { deskOf: 'agency' }, basis: 'parallel-desk', levels: ['city'], channels: ['direct'], validFrom: '2024-01-01', validTo: '2025-03-31', citation: cite },
    { id: 'home', name: 'Chi nhánh nhà', receiver: { homeBranchOf: 'area' }, basis: 'home-branch', levels: ['district'], channels: ['direct'], validFrom: '2025-04-01', citation: cite },
    { id: 'centres', name: 'Mọi TT xã', receiver: { unitKind: 'commune-centre' }, basis: 'boundary-free', levels: ['district'], channels: ['direct'], validFrom: '2025-07-01', citation: cite },
    { id: 'no-b', name: 'Trừ TT B', receiver: { unit: 'centre-b' }, basis: 'boundary-free', effect: 'deny', levels: ['district'], validFrom: '2025-07-01', conditions: { fact: 'area', operator: 'equal', value: 'a' }, citation: cite },
    { id: 'online', name: 'Trực tuyến', receiver: { unit: 'portal' }, basis: 'online', channels: ['online'], validFrom: '2024-01-01', citation: cite },
  ],
} as unknown as PackContent;

const router = compileJurisdiction(content);
const ids = (q: Parameters<typeof router.receiverIds>[0]) => [...router.receiverIds(q)].sort();

describe('the compiled router', () => {
  it('grants an assigned branch and the parallel desk of the agency', () => {
    expect(ids({ at: '2025-01-10', agency: 'old', channel: 'direct' })).toEqual(['branch-1', 'desk-old']);
    expect(ids({ at: '2024-05-01', agency: 'old', channel: 'direct' })).toEqual(['desk-old']);
    expect(ids({ at: '2025-01-10', agency: 'old', channel: 'postal' })).toEqual(['branch-1']);
  });

  it('keeps applying a row written with an old agency to its successor, and finds the successor\'s inherited desk', () => {
    expect(ids({ at: '2025-03-15', agency: 'new', channel: 'direct' })).toEqual(['branch-1', 'desk-old']);
    expect(ids({ at: '2025-04-01', agency: 'new', channel: 'direct' })).toEqual(['branch-1']);
  });

  it('finds the home branch of the area on the date, from the agency\'s area', () => {
    expect(ids({ at: '2025-05-12', level: 'district', area: 'b', channel: 'direct' })).toEqual(['branch-1']);
    expect(ids({ at: '2025-05-12', level: 'district', area: 'c', channel: 'direct' })).toEqual(['branch-2']);
    expect(ids({ at: '2025-05-12', agency: 'pc-a', channel: 'direct' })).toEqual(['branch-1']);
  });

  it('removes the units of a deny row whose conditions hold', () => {
    expect(ids({ at: '2025-08-01', level: 'district', area: 'a', channel: 'direct' })).toEqual(['branch-1', 'centre-a']);
    expect(ids({ at: '2025-08-01', level: 'district', area: 'b', channel: 'direct' })).toEqual(['branch-1', 'centre-a', 'centre-b']);
  });

  it('answers any agency online through the portal', () => {
    expect(ids({ at: '2025-08-01', agency: 'new', channel: 'online' })).toEqual(['portal']);
  });

  it('gives each receiver its basis, rows and citations', () => {
    const r = router.route({ at: '2025-01-10', agency: 'old', channel: 'direct' });
    expect(r.map((x) => [x.unit.id, x.basis, x.rows.map((row) => row.id)])).toEqual([
      ['branch-1', ['assigned'], ['assigned']],
      ['desk-old', ['parallel-desk'], ['desks']],
    ]);
    expect(r[0]!.citations).toEqual([cite]);
  });

  it('explains why each other unit may not receive', () => {
    const rejected = router.rejections({ at: '2024-05-01', agency: 'old', channel: 'direct' }, 'en');
    const why = Object.fromEntries(rejected.map((x) => [x.unit.id, x.reasons.map((r) => r.code)]));
    expect(why['branch-1']).toEqual(expect.arrayContaining(['not-in-force']));
    expect(why['portal']).toEqual(['channel']);
    expect(rejected.find((x) => x.unit.id === 'branch-1')!.reasons[0]!.message).toMatch(/row "Giao CN 1" is in force 2024-06-01–…, not on 2024-05-01/);
    const denied = router.rejections({ at: '2025-08-01', level: 'district', area: 'a', channel: 'direct' }, 'vi');
    expect(denied.find((x) => x.unit.id === 'centre-b')!.reasons.map((r) => r.code)).toContain('denied');
  });
});

describe('the decision table behind receiverIds', () => {
  // Rows whose conditions read extra facts, the query's own facts, or both.
  const withConditions = {
    ...content,
    // A unit whose start no row shares: the table's periods must follow units too.
    units: [...content.units, { id: 'centre-c', kind: 'commune-centre', area: 'c', name: 'TT C', validFrom: '2025-08-15', citation: cite }],
    jurisdiction: [
      ...content.jurisdiction,
      { id: 'flagged', name: 'Cờ', receiver: { unit: 'centre-a' }, basis: 'boundary-free', levels: ['city'], validFrom: '2024-06-01', conditions: { fact: 'flag', operator: 'equal', value: true }, citation: cite },
      { id: 'not-flagged-b', name: 'Trừ B khi có cờ', receiver: { unit: 'centre-b' }, basis: 'boundary-free', effect: 'deny', validFrom: '2024-06-01', conditions: { not: { fact: 'flag', operator: 'notEqual', value: true } }, citation: cite },
      { id: 'late-days', name: 'Ngày muộn', receiver: { unitKind: 'commune-centre' }, basis: 'boundary-free', validFrom: '2024-01-01', conditions: { all: [{ fact: 'day', operator: 'greaterThan', value: 20_200 }, { fact: 'size', operator: 'lessThan', value: 5 }] }, citation: cite },
      { id: 'by-agency', name: 'Theo cơ quan', receiver: { deskOf: 'agency' }, basis: 'own-desk', validFrom: '2024-01-01', conditions: { fact: 'agency', operator: 'in', value: ['new', 'ghost'] }, citation: cite },
    ],
  } as unknown as PackContent;
  const compiled = compileJurisdiction(withConditions);

  // Not plain objects: the full facts spread only their own enumerable data.
  class Dossier {
    get flag() {
      return true;
    }
    size = 1;
  }
  const dossier = new Dossier() as unknown as Record<string, unknown>;
  const hidden = Object.defineProperty({ size: 2 }, 'flag', { value: true, enumerable: false });
  const bare = Object.assign(Object.create(null) as Record<string, unknown>, { flag: true, size: 9 });
  const factsChoices = [undefined, {}, { flag: true }, { flag: false, size: 3 }, { size: '4' }, dossier, hidden, bare];
  const dates = ['2023-12-31', '2024-01-01', '2024-05-31', '2024-06-01', '2025-02-28', '2025-03-01', '2025-03-31', '2025-04-01', '2025-06-30', '2025-07-01', '2025-08-01', '2025-08-14', '2025-08-15', '2026-01-01', 'not a date'];

  it('answers as route() does, for known, unknown and missing values alike', () => {
    let s = 7;
    const pick = <T>(xs: readonly T[]) => xs[(s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) % xs.length]!;
    for (let i = 0; i < 5_000; i++) {
      const query = {
        at: pick(dates),
        channel: pick(['direct', 'online', 'postal', 'fax']),
        agency: pick(['old', 'new', 'pc-a', 'ghost', undefined]),
        level: pick(['city', 'district', 'commune', 'province', undefined, null]),
        area: pick(['a', 'b', 'c', 'nowhere', undefined]),
        facts: pick(factsChoices),
      } as unknown as Parameters<typeof compiled.receiverIds>[0];
      // Twice: the second answer comes from the table.
      for (const _ of [1, 2]) expect([...compiled.receiverIds(query)], JSON.stringify(query)).toEqual(compiled.route(query).map((r) => r.unit.id));
    }
  });

  it('reads a plain facts object as it is, and anything else as the full facts would', () => {
    const at = '2025-03-01';
    expect(compiled.receiverIds({ at, level: 'city', channel: 'online', facts: { flag: true } })).toContain('centre-a');
    expect(compiled.receiverIds({ at, level: 'city', channel: 'online', facts: dossier })).not.toContain('centre-a');
    expect(compiled.receiverIds({ at, level: 'city', channel: 'online', facts: hidden })).not.toContain('centre-a');
  });

  it('still refuses extra facts that shadow the query\'s own', () => {
    expect(() => compiled.receiverIds({ at: '2025-08-01', channel: 'direct', facts: { area: 'b' } })).toThrow(/shadow/);
  });
});
