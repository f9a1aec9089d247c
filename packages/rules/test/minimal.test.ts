import { join } from 'node:path';
import { nameAt } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { loadPack, loadPackSources } from '../src/index.js';
import { MINIMAL_DIR, MINIMAL_TEXT } from './helpers.js';

describe('the minimal fixture pack', () => {
  it.each(['en', 'vi'] as const)('loads from text with no issue at all (%s)', (lang) => {
    const result = loadPackSources([{ file: 'pack.yaml', text: MINIMAL_TEXT }], { lang });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('declares what the broken-pack corpus relies on', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: MINIMAL_TEXT }]);
    if (!result.ok) throw new Error('the minimal pack must load');
    const { org, parsed } = result.value;
    const { content } = parsed;
    expect(org.manifest).toMatchObject({ id: 'minimal', formatVersion: 1, coverage: { from: '2025-01-01', to: '2026-12-31' } });
    expect(content.documents.map((d) => d.code)).toEqual(['29/KH-UBND', '61/2018/ND-CP', '118/2025/ND-CP', '01/2018/TT-VPCP']);
    expect(content.regimes.map((r) => r.id)).toEqual(['regime-61', 'regime-118']);
    expect(content.areas.map((r) => r.id)).toEqual(['ha-noi', 'tay-ho', 'hoan-kiem', 'phu-thuong']);
    expect(content.agencies.map((r) => r.id)).toEqual(['so-tai-chinh', 'ubnd-tay-ho']);
    expect(content.units.map((r) => r.id)).toEqual(['center', 'cn-tay-ho', 'site-tay-ho', 'desk-stc']);
    expect(content.phases.map((r) => r.id)).toEqual(['phase-1', 'phase-2']);
    expect(content.register.map((r) => r.id)).toEqual(['R01']);

    // The regimes cover the whole coverage, one after the other, and so do the phases.
    expect(org.regimeAt('2025-01-01')?.id).toBe('regime-61');
    expect(org.regimeAt('2025-06-30')?.id).toBe('regime-61');
    expect(org.regimeAt('2025-07-01')?.id).toBe('regime-118');
    expect(org.regimeAt('2026-12-31')?.id).toBe('regime-118');
    expect(org.phaseAt('2025-06-30')?.id).toBe('phase-1');
    expect(org.phaseAt('2025-07-01')?.id).toBe('phase-2');

    // The branch has a dated name.
    const branch = org.get('unit', 'cn-tay-ho');
    expect(branch).toBeDefined();
    expect(nameAt(branch!, '2025-03-01')).toBe('Chi nhánh Tây Hồ');
    expect(nameAt(branch!, '2025-07-01')).toBe('Chi nhánh số 7');

    // Every row remembers where it was declared.
    const desk = content.units[3]!;
    expect(parsed.origins.get(desk)?.path).toEqual(['units', 3]);
    expect(parsed.origins.get(desk)?.source.file).toBe('pack.yaml');
  });

  it('loads from its folder on disk, naming files by their path', () => {
    const result = loadPack(MINIMAL_DIR);
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('the minimal pack must load from disk');
    expect(result.value.dir).toBe(MINIMAL_DIR);
    const origin = result.value.parsed.origins.get(result.value.parsed.content.units[0]!);
    expect(origin?.source.file).toBe(join(MINIMAL_DIR, 'pack.yaml'));
  });
});
