import { describe, expect, it } from 'vitest';
import type { PackContent } from '../model/entities.js';
import { createOrganisation, nameAt, valueAt } from './organisation.js';

const cite = { doc: 'D', ref: '1' };
const content: PackContent = {
  manifest: { id: 't', name: 'T', version: '1', formatVersion: 1, coverage: { from: '2024-10-15' } },
  documents: [{ code: 'D', title: 'Doc', confidence: 'confirmed' }],
  areas: [
    { id: 'quan-tay-ho', kind: 'urban-district', name: 'Quận Tây Hồ', aliases: ['Tây Hồ'], validFrom: '2024-10-15', validTo: '2025-06-30', citation: cite },
    { id: 'phuong-tay-ho', kind: 'ward', name: 'Phường Tây Hồ', aliases: ['Tây Hồ'], validFrom: '2025-07-01', predecessors: ['quan-tay-ho'], citation: cite },
  ],
  agencies: [
    { id: 'so-ke-hoach-dau-tu', kind: 'department', level: 'city', name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT'], validFrom: '2024-10-15', validTo: '2025-02-28', citation: cite },
    { id: 'so-tai-chinh', kind: 'department', level: 'city', name: 'Sở Tài chính', validFrom: '2024-10-15', predecessors: ['so-ke-hoach-dau-tu'], citation: cite },
    { id: 'so-tn-mt', kind: 'department', level: 'city', name: 'Sở Tài nguyên và Môi trường', validFrom: '2024-10-15', validTo: '2025-02-28', citation: cite },
    { id: 'so-nn-ptnt', kind: 'department', level: 'city', name: 'Sở Nông nghiệp và Phát triển nông thôn', validFrom: '2024-10-15', validTo: '2025-02-28', citation: cite },
    { id: 'so-nn-mt', kind: 'department', level: 'city', name: 'Sở Nông nghiệp và Môi trường', validFrom: '2025-03-01', predecessors: ['so-tn-mt', 'so-nn-ptnt'], citation: cite },
  ],
  units: [
    {
      id: 'cn-cau-giay',
      kind: 'branch',
      name: { values: { '2024-12-01': { value: 'Chi nhánh Cầu Giấy', citation: cite }, '2025-04-01': { value: 'Chi nhánh Cầu Giấy - Thanh Xuân', citation: cite } } },
      areas: { values: { '2024-12-01': { value: ['quan-cau-giay'], citation: cite }, '2025-04-01': { value: ['quan-cau-giay', 'quan-thanh-xuan'], citation: cite } } },
      validFrom: '2024-12-01',
      citation: cite,
    },
    { id: 'dtn-cau-giay', kind: 'reception-point', parent: 'cn-cau-giay', name: 'Điểm Cầu Giấy', validFrom: '2024-12-01', citation: cite },
    { id: 'mc-so-tai-chinh', kind: 'department-desk', agency: 'so-tai-chinh', name: 'Một cửa Sở Tài chính', validFrom: '2024-10-15', validTo: '2025-03-31', citation: cite },
  ],
  phases: [
    { id: 'phase-1', kind: 'plan', name: 'Giai đoạn 1', validFrom: '2024-12-01', validTo: '2025-03-01', citation: cite },
    { id: 'phase-2', kind: 'plan', name: 'Giai đoạn 2', validFrom: '2025-04-01', validTo: '2025-06-30', citation: cite },
  ],
  regimes: [
    { id: 'nd-61', name: 'Nghị định 61', decrees: ['61/2018/NĐ-CP'], forms: 'D', validFrom: '2024-10-15', validTo: '2025-06-30', citation: cite },
    { id: 'nd-118', name: 'Nghị định 118', decrees: ['118/2025/NĐ-CP'], forms: 'D', validFrom: '2025-07-01', citation: cite },
  ],
  register: [],
  calendars: [],
  holidays: [],
  calendarDays: [],
  lunarYears: [],
  jurisdiction: [],
  cases: [],
  kpiIndices: [],
  procedures: [],
};

const org = createOrganisation(content);

describe('organisation by date', () => {
  it('reads dated names and areas', () => {
    const branch = org.get('unit', 'cn-cau-giay')!;
    expect(nameAt(branch, '2025-03-31')).toBe('Chi nhánh Cầu Giấy');
    expect(nameAt(branch, '2025-04-01')).toBe('Chi nhánh Cầu Giấy - Thanh Xuân');
    expect(nameAt(branch)).toBe('Chi nhánh Cầu Giấy - Thanh Xuân');
    expect(valueAt(branch.areas!, '2025-05-12')).toEqual(['quan-cau-giay', 'quan-thanh-xuan']);
    expect(valueAt(branch.areas!, '2024-11-30')).toBeUndefined();
  });

  it('lists what is in force, inclusive at both ends', () => {
    expect(org.units({ at: '2025-03-31', kind: 'department-desk' })).toHaveLength(1);
    expect(org.units({ at: '2025-04-01', kind: 'department-desk' })).toHaveLength(0);
    expect(org.units({ at: '2024-11-30', kind: 'branch' })).toHaveLength(0);
    expect(org.units({ parent: 'cn-cau-giay' }).map((u) => u.id)).toEqual(['dtn-cau-giay']);
  });

  it('finds the phase and regime in force, and no phase in a gap', () => {
    expect(org.phaseAt('2025-03-01')?.id).toBe('phase-1');
    expect(org.phaseAt('2025-03-15')).toBeUndefined();
    expect(org.regimeAt('2025-06-30')?.id).toBe('nd-61');
    expect(org.regimeAt('2025-07-01')?.id).toBe('nd-118');
    expect(org.covers('2024-10-14')).toBe(false);
  });

  it('resolves names without regard to case or diacritics', () => {
    const r = org.resolve('agency', 'so ke hoach va dau tu');
    expect(r.ok && r.value.row.id).toBe('so-ke-hoach-dau-tu');
    const byAlias = org.resolve('agency', 'SỞ KH&ĐT');
    expect(byAlias.ok && byAlias.value.row.id).toBe('so-ke-hoach-dau-tu');
  });

  it('follows successors when the named body is no longer in force', () => {
    const r = org.resolve('agency', 'Sở Kế hoạch và Đầu tư', { at: '2025-06-01' });
    expect(r.ok && r.value.row.id).toBe('so-tai-chinh');
    expect(r.ok && r.value.via?.id).toBe('so-ke-hoach-dau-tu');
    const merged = org.resolve('agency', 'Sở Tài nguyên và Môi trường', { at: '2025-03-01' });
    expect(merged.ok && merged.value.row.id).toBe('so-nn-mt');
    const before = org.resolve('agency', 'Sở Tài nguyên và Môi trường', { at: '2025-02-28' });
    expect(before.ok && before.value.row.id).toBe('so-tn-mt');
  });

  it('disambiguates a shared name by date, and reports it as ambiguous without one', () => {
    const old = org.resolve('area', 'Tây Hồ', { at: '2025-01-10' });
    expect(old.ok && old.value.row.id).toBe('quan-tay-ho');
    const now = org.resolve('area', 'tay ho', { at: '2025-08-01' });
    expect(now.ok && now.value.row.id).toBe('phuong-tay-ho');
    const none = org.resolve('area', 'Tây Hồ', { lang: 'en' });
    expect(none.ok).toBe(false);
    expect(!none.ok && none.issues[0]!.code).toBe('INPUT_AMBIGUOUS_NAME');
    expect(!none.ok && none.issues[0]!.message).toContain('quan-tay-ho');
  });

  it('answers an unknown name with the closest candidates', () => {
    const r = org.resolve('agency', 'So Tai Chin', { lang: 'vi' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.code).toBe('INPUT_UNKNOWN_NAME');
    expect(!r.ok && r.issues[0]!.message).toMatch(/^Không tìm thấy cơ quan "So Tai Chin"\. Gần nhất: so-tai-chinh/);
  });

  it('describes the network on a date', () => {
    const n = org.network('2025-05-12');
    expect(n.phase?.id).toBe('phase-2');
    expect(n.counts.branch).toBe(1);
    expect(n.branches[0]).toMatchObject({ name: 'Chi nhánh Cầu Giấy - Thanh Xuân', areas: ['quan-cau-giay', 'quan-thanh-xuan'] });
  });
});
