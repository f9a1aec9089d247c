import { inForce, nameAt, valueAt } from '@motcua/core';
import { readFileSync } from 'node:fs';
import { hanoiCompiledPath, hanoiPack, hanoiPackDir, loadPack, readPackDir, sourceHash } from '@motcua/rules';
import { describe, expect, it } from 'vitest';

const { org, warnings } = hanoiPack();
const branchesOn = (date: string) => org.units({ at: date, kind: 'branch' });

describe('the Hanoi pack, from the pack itself', () => {
  it('loads from its YAML sources without errors or warnings', () => {
    const fromYaml = loadPack(hanoiPackDir());
    expect(fromYaml.ok ? [] : fromYaml.issues.map((i) => `${i.file}:${i.line} ${i.code}`)).toEqual([]);
    expect(fromYaml.issues.map((i) => `${i.file}:${i.line} ${i.code} ${i.message}`)).toEqual([]);
    expect(org.manifest.id).toBe('hanoi');
    expect(warnings).toEqual([]);
  });

  it('ships a compiled form that is current with the YAML (run `pnpm pack:compile` after editing)', () => {
    const files = readPackDir(hanoiPackDir());
    if (!files.ok) throw new Error('sources unreadable');
    const compiled = JSON.parse(readFileSync(hanoiCompiledPath(), 'utf8'));
    expect(compiled.sourceHash).toBe(sourceHash(files.value, hanoiPackDir()));
    const fromYaml = loadPack(hanoiPackDir());
    expect(fromYaml.ok && JSON.parse(JSON.stringify(fromYaml.value.org.content))).toEqual(compiled.content);
  });

  it('has no branch before 2024-12-01, two on 2025-02-10 and twelve on 2025-05-12', () => {
    expect(branchesOn('2024-11-30')).toHaveLength(0);
    expect(org.units({ kind: 'branch' }).every((b) => b.validFrom >= '2024-12-01')).toBe(true);
    expect(branchesOn('2025-02-10').map((b) => b.id).sort()).toEqual(['cn-cau-giay-thanh-xuan', 'cn-tay-ho']);
    expect(branchesOn('2025-05-12')).toHaveLength(12);
  });

  it('gives each former district exactly one phase-2 branch', () => {
    const date = '2025-05-12';
    const districts = org.list('area', date).filter((a) => ['urban-district', 'rural-district', 'town'].includes(a.kind));
    expect(districts).toHaveLength(30);
    for (const district of districts) {
      const homes = branchesOn(date).filter((b) => (b.areas ? (valueAt(b.areas, date) ?? []) : []).includes(district.id));
      expect(homes.map((b) => b.id), district.id).toHaveLength(1);
    }
  });

  it('keeps 30 reception points and adds 126 commune-level centres from 2025-07-01', () => {
    expect(org.units({ at: '2025-08-01', kind: 'reception-point' })).toHaveLength(30);
    expect(org.units({ at: '2025-06-30', kind: 'commune-centre' })).toHaveLength(0);
    expect(org.units({ at: '2025-07-01', kind: 'commune-centre' })).toHaveLength(126);
    expect(org.list('area', '2025-07-01').filter((a) => a.kind === 'ward' || a.kind === 'commune')).toHaveLength(126);
  });

  it('switches the legal regime on 2025-07-01', () => {
    expect(org.regimeAt('2025-06-30')?.id).toBe('nd-61-2018');
    expect(org.regimeAt('2025-07-01')?.id).toBe('nd-118-2025');
  });

  it('names the phases of the plan and decides March 2025 explicitly', () => {
    expect(org.phaseAt('2024-12-01')?.id).toBe('phase-1');
    expect(org.phaseAt('2025-03-01')?.id).toBe('phase-1');
    const march = org.phaseAt('2025-03-15');
    expect(march?.kind).toBe('interim');
    expect(march?.register?.length).toBeGreaterThan(0);
    expect(org.registerEntry(march!.register![0]!)?.status).toBe('decided');
    expect(org.phaseAt('2025-04-01')?.id).toBe('phase-2');
    expect(org.phaseAt('2025-07-01')?.id).toBe('phase-3');
    expect(org.phaseAt('2026-11-27')?.id).toBe('phase-3');
  });

  it('runs the departments\' desks in parallel with the pilot until 31/03/2025', () => {
    const desks = (d: string) => org.units({ at: d, kind: 'department-desk' });
    expect(desks('2025-02-10').length).toBeGreaterThan(20);
    expect(desks('2025-03-31').length).toBeGreaterThan(0);
    expect(desks('2025-04-01')).toHaveLength(0);
  });

  // The seed's own spelling of each body in II.2.1.2, and the body that answers for it today.
  const seedNames: [string, string][] = [
    ['Ban Quản lý các khu công nghiệp và chế xuất Hà Nội', 'ban-ql-kcnc-kcn'],
    ['Sở Giao thông vận tải', 'so-xay-dung'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'so-nong-nghiep-moi-truong'],
    ['Sở Quy hoạch - Kiến trúc', 'so-quy-hoach-kien-truc'],
    ['Sở Tài chính', 'so-tai-chinh'],
    ['Sở Tài nguyên và Môi trường', 'so-nong-nghiep-moi-truong'],
    ['Văn phòng đăng ký đất đai Hà Nội', 'vpdkdd-ha-noi'],
    ['Chi nhánh Văn phòng đăng ký đất đai Hà Nội khu vực Ba Đình - Hoàn Kiếm - Đống Đa', 'cn-vpdkdd-ba-dinh-hoan-kiem-dong-da'],
    ['Chi nhánh Văn phòng đăng ký đất đai Hà Nội quận Tây Hồ', 'cn-vpdkdd-tay-ho'],
    ['Sở Xây dựng', 'so-xay-dung'],
    ['Sở Kế hoạch và Đầu tư', 'so-tai-chinh'],
    ['Sở Tư pháp', 'so-tu-phap'],
    ['Ban Dân tộc', 'so-dan-toc-ton-giao'],
    ['Sở Khoa học và Công nghệ', 'so-khoa-hoc-cong-nghe'],
    ['Sở Ngoại vụ', 'van-phong-ubnd-tp'],
    ['Sở Du lịch', 'so-du-lich'],
    ['Sở Lao động - Thương binh và Xã hội', 'so-noi-vu'],
    ['Sở Nội vụ', 'so-noi-vu'],
    ['Sở Thông tin và Truyền thông', 'so-khoa-hoc-cong-nghe'],
    ['Sở Y tế', 'so-y-te'],
    ['Sở Văn hóa và Thể thao', 'so-van-hoa-the-thao'],
    ['Sở Giáo dục và Đào tạo', 'so-giao-duc-dao-tao'],
    ['Sở Công Thương', 'so-cong-thuong'],
    ['Văn phòng đăng ký đất đai chi nhánh Cầu Giấy', 'cn-vpdkdd-cau-giay'],
  ];

  it.each(seedNames)('resolves the seed name "%s" to %s after the renamings of 01/03/2025', (name, id) => {
    const r = org.resolve('agency', name, { at: '2025-06-01' });
    expect(r.ok ? r.value.row.id : r.issues[0]!.message).toBe(id);
    expect(inForce(org.get('agency', id)!, '2025-06-01')).toBe(true);
  });

  it('resolves the same seed names to the bodies of the time before the renamings', () => {
    for (const [name] of seedNames) {
      const r = org.resolve('agency', name, { at: '2025-01-25' });
      expect(r.ok, name).toBe(true);
      if (r.ok) expect(inForce(r.value.row, '2025-01-25'), name).toBe(true);
    }
    const old = org.resolve('agency', 'Sở Kế hoạch và Đầu tư', { at: '2025-01-25' });
    expect(old.ok && old.value.row.id).toBe('so-ke-hoach-dau-tu');
  });

  it('keeps the name history of Cầu Giấy branch (No. 2) and its wider area from phase 2', () => {
    const b = org.get('unit', 'cn-cau-giay-thanh-xuan')!;
    expect(nameAt(b, '2025-02-10')).not.toBe(nameAt(b, '2025-05-12'));
    expect(valueAt(b.areas!, '2025-05-12')).toEqual(expect.arrayContaining(['quan-cau-giay', 'quan-thanh-xuan']));
    expect(valueAt(b.areas!, '2025-02-10')).toEqual(['quan-cau-giay']);
  });

  it('records every inconsistency of the seed in the register, with the seed\'s own words', () => {
    const fromSeed = org.content.register.filter((r) => (Array.isArray(r.source) ? r.source : [r.source]).some((c) => c.doc === '29/KH-UBND'));
    expect(fromSeed.length).toBeGreaterThanOrEqual(14);
    for (const r of org.content.register) {
      expect(r.decision, r.id).toBeTruthy();
      expect(r.reason, r.id).toBeTruthy();
    }
    expect(fromSeed.filter((r) => r.quote).length).toBeGreaterThanOrEqual(10);
  });

  it('cites a declared document on every row', () => {
    for (const key of ['units', 'agencies', 'areas', 'phases', 'regimes'] as const) {
      for (const row of org.content[key]) {
        const cites = Array.isArray(row.citation) ? row.citation : [row.citation];
        expect(cites.length, row.id).toBeGreaterThan(0);
        for (const c of cites) expect(org.document(c.doc), `${row.id} cites ${c.doc}`).toBeDefined();
      }
    }
  });
});
