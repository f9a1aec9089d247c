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
