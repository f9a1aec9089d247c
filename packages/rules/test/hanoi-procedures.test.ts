import { type Citation, type Citations, type Procedure, createCatalogue, parseDuration } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { hanoiPack, hanoiPackDir, loadPack } from '../src/index.js';

/**
 * The Hanoi pack's procedure catalogue (packs/hanoi/procedures/*.yaml): it loads without any issue,
 * every procedure, version, fee and eligibility rule is cited with a declared document, every agency
 * resolves and is in force for its versions, and the facts the sources give are where they should be.
 */

const list = (c: Citations | undefined): Citation[] => (c === undefined ? [] : Array.isArray(c) ? c : [c]);
const LAST_DAY = '9999-12-31';

describe('the Hanoi procedure catalogue', () => {
  const fromYaml = loadPack(hanoiPackDir());
  if (!fromYaml.ok) throw new Error(fromYaml.issues.map((i) => `${i.file}:${i.line}:${i.col} ${i.code} ${i.message}`).join('\n'));
  const content = fromYaml.value.org.content;
  const procedures = content.procedures;
  const documents = new Set(content.documents.map((d) => d.code));
  const agencies = new Map(content.agencies.map((a) => [a.id, a]));
  const byId = (id: string): Procedure => {
    const p = procedures.find((x) => x.id === id);
    if (!p) throw new Error(`no procedure ${id}`);
    return p;
  };

  it('loads from its YAML sources and from the compiled pack with at least 22 procedures, without any issue', () => {
    expect(fromYaml.issues).toEqual([]);
    expect(procedures.length).toBeGreaterThanOrEqual(22);
    expect(hanoiPack({ fresh: true }).org.content.procedures.map((p) => p.id)).toEqual(procedures.map((p) => p.id));
  });

  it('gives every procedure a unique kebab-case id and a unique national code d.dddddd', () => {
    expect(new Set(procedures.map((p) => p.id)).size).toBe(procedures.length);
    for (const p of procedures) {
      expect(p.id, p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(p.code, p.id).toMatch(/^\d\.\d{6}$/);
      expect(p.aliases?.length ?? 0, `${p.id} has an English alias`).toBeGreaterThan(0);
    }
    expect(new Set(procedures.map((p) => p.code)).size).toBe(procedures.length);
  });

  it('cites a declared document on every procedure, version, component citation, fee and eligibility rule', () => {
    const cited: [string, Citations | undefined, boolean][] = [];
    for (const p of procedures) {
      cited.push([p.id, p.citation, true]);
      p.versions.forEach((v, i) => {
        const at = `${p.id} v${i}`;
        cited.push([at, v.citation, true]);
        v.components.forEach((c) => cited.push([`${at} ${c.code}`, c.citation, false]));
        (v.fees ?? []).forEach((f, j) => cited.push([`${at} fee ${j}`, f.citation, true]));
        (v.eligibility ?? []).forEach((e) => cited.push([`${at} ${e.id}`, e.citation, true]));
      });
    }
    for (const [what, citations, required] of cited) {
      if (required) expect(list(citations).length, what).toBeGreaterThan(0);
      for (const c of list(citations)) {
        expect(documents.has(c.doc), `${what} cites ${c.doc}`).toBe(true);
        expect(c.ref.trim(), what).not.toBe('');
      }
    }
  });

  it('names only agencies that exist and are in force on every day of each version; commune-level procedures name none', () => {
    for (const p of procedures) {
      if (p.level === 'commune') {
        expect(p.agency, p.id).toBeUndefined();
        continue;
      }
      const agency = agencies.get(p.agency!);
      expect(agency, `${p.id} → ${p.agency}`).toBeDefined();
      for (const v of p.versions) {
        expect(agency!.validFrom <= v.validFrom, `${p.id} from ${v.validFrom}`).toBe(true);
        expect((agency!.validTo ?? LAST_DAY) >= (v.validTo ?? LAST_DAY), `${p.id} to ${v.validTo}`).toBe(true);
        // After the reorganisation only post-merger bodies are named.
        if (v.validFrom >= '2025-07-01') expect(agency!.validTo, `${p.id}: ${p.agency} has ended`).toBeUndefined();
      }
    }
  });

  it('keeps versions in order, without overlap, each with components, a valid time per channel offered and a register entry that exists', () => {
    const register = new Set(content.register.map((r) => r.id));
    for (const p of procedures) {
      p.versions.forEach((v, i) => {
        const next = p.versions[i + 1];
        if (next) expect(v.validTo !== undefined && v.validTo < next.validFrom, `${p.id} v${i}`).toBe(true);
        expect(v.components.length, `${p.id} v${i}`).toBeGreaterThan(0);
        for (const channel of ['direct', 'online', 'postal'] as const) {
          const time = v.processingTime[channel];
          if (time === undefined) continue;
          expect(parseDuration(time), `${p.id} ${time}`).toBeDefined();
          if (channel !== 'direct') expect(v.channels, `${p.id} ${channel}`).toContain(channel);
        }
        for (const r of v.register ?? []) expect(register.has(r), `${p.id} → ${r}`).toBe(true);
      });
    }
  });

  it('spreads over departments, the land office and the communes', () => {
    const agencyIds = new Set(procedures.flatMap((p) => (p.agency ? [p.agency] : [])));
    expect([...agencyIds].sort()).toEqual(
      ['so-cong-thuong', 'so-dan-toc-ton-giao', 'so-noi-vu', 'so-tai-chinh', 'so-van-hoa-the-thao', 'so-xay-dung', 'so-y-te', 'vpdkdd-ha-noi'].sort(),
    );
    expect(procedures.filter((p) => p.level === 'commune').length).toBeGreaterThanOrEqual(8);
  });

  it('records the 15:00 cut-off of same-day certification and civil status', () => {
    for (const id of ['chung-thuc-ban-sao', 'chung-thuc-chu-ky', 'cap-ban-sao-tu-so-goc', 'khai-sinh', 'ket-hon']) {
      for (const v of byId(id).versions) {
        expect(v.cutoff, id).toBe('15:00');
        expect(v.processingTime.direct, id).toBe('0 working-days');
      }
    }
    const copy = byId('chung-thuc-ban-sao').versions[0]!;
    expect(copy.boundaryFree).toBe(true);
    expect(copy.fees?.map((f) => f.amount)).toEqual([2000, 1000]);
  });

  it('gives the C/O form AK its times per channel in working hours and its fees by date', () => {
    const co = byId('cap-co-mau-ak');
    expect(co.code).toBe('1.000603');
    expect(co.versions.map((v) => [v.validFrom, v.validTo, v.fees?.[0]?.amount])).toEqual([
      ['2025-07-01', '2026-04-30', 30000],
      ['2026-05-01', '2026-12-31', 30000],
      ['2027-01-01', undefined, 60000],
    ]);
    for (const v of co.versions) expect(v.processingTime).toEqual({ direct: '8 working-hours', online: '6 working-hours', postal: '24 working-hours' });
  });

  it('splits versions on the known dates: Decree 118 (religion), Decree 219 (work permits), the data resolution (birth registration)', () => {
    const catalogue = createCatalogue(procedures);
    const religion = byId('doi-tru-so-to-chuc-ton-giao');
    expect(religion.versions.map((v) => [v.validFrom, v.boundaryFree])).toEqual([['2025-03-01', false], ['2025-07-01', true]]);
    expect(catalogue.versionAt(religion, '2025-02-28')).toBeUndefined();

    const permit = catalogue.byCode('1.014199.000.00.00.H26')!;
    expect(permit.id).toBe('cap-giay-phep-lao-dong');
    expect(catalogue.versionAt(permit, '2025-08-06')?.processingTime.direct).toBe('5 working-days');
    expect(catalogue.versionAt(permit, '2025-08-07')?.processingTime.direct).toBe('10 working-days');

    const birth = byId('khai-sinh');
    const identity = (date: string) => catalogue.versionAt(birth, date)!.components.find((c) => c.code === 'giay-to-tuy-than')!.required;
    expect([identity('2025-11-14'), identity('2025-11-15')]).toEqual([true, false]);
  });

  it('checks the marriage age of the Marriage and Family Law: male from 20, female from 18', () => {
    const rules = byId('ket-hon').versions[0]!.eligibility!;
    expect(rules.map((r) => [r.id, r.condition])).toEqual([
      ['nam-du-20-tuoi', { fact: 'maleAge', operator: 'greaterThanInclusive', value: 20 }],
      ['nu-du-18-tuoi', { fact: 'femaleAge', operator: 'greaterThanInclusive', value: 18 }],
    ]);
    for (const r of rules) expect(list(r.citation)[0]).toMatchObject({ doc: '52/2014/QH13', ref: 'Điều 8 khoản 1 điểm a' });
  });

  it('pauses the clock for supplements everywhere and for the land procedures\' financial obligation (S4)', () => {
    for (const p of procedures) for (const v of p.versions) expect(v.clock, p.id).toEqual({ supplement: 'pause', financialObligation: 'pause' });
    for (const id of ['dang-ky-bien-dong-dat-dai', 'dang-ky-cap-giay-chung-nhan-lan-dau']) {
      expect(list(byId(id).citation).map((c) => c.doc)).toContain('1610/QĐ-TTPVHCC');
    }
  });

  it('records its decisions in register entries R55-R64 whose `affects` name procedures', () => {
    const entries = content.register.filter((r) => /^R(5[5-9]|6[0-4])$/.test(r.id));
    expect(entries.map((r) => r.id)).toEqual(['R55', 'R56', 'R57', 'R58', 'R59', 'R60', 'R61', 'R62', 'R63', 'R64']);
    const ids = new Set(procedures.map((p) => p.id));
    for (const r of entries) {
      expect(r.affects?.length ?? 0, r.id).toBeGreaterThan(0);
      for (const a of r.affects ?? []) expect(ids.has(a), `${r.id} → ${a}`).toBe(true);
    }
  });
});
