import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileJurisdiction, valueAt } from '@motcua/core';
import { hanoiPack, hanoiPackDir, runCases } from '@motcua/rules';
import { describe, expect, it } from 'vitest';
import { motcua } from './helpers/run-cli.js';

const { org } = hanoiPack();
const router = compileJurisdiction(org.content);
const ids = (q: Parameters<typeof router.receiverIds>[0]) => [...router.receiverIds(q)].sort();

describe('the plan\'s answers, from the Hanoi jurisdiction rows', () => {
  it('passes every expert case shipped with the pack', () => {
    const report = runCases(org.content, router);
    expect(report.results.length).toBeGreaterThanOrEqual(40);
    expect(report.results.filter((r) => !r.ok).map((r) => `${r.case.name}: ${r.problems.join('; ')}`)).toEqual([]);
  });

  it('phase 1: the pilot branches receive their departments beside the departments\' own desks', () => {
    expect(ids({ at: '2025-02-10', agency: 'so-tai-chinh', channel: 'direct' })).toEqual(expect.arrayContaining(['cn-tay-ho', 'mc-so-tai-chinh']));
    expect(ids({ at: '2025-02-10', agency: 'so-tai-chinh', channel: 'direct' })).not.toContain('cn-cau-giay-thanh-xuan');
    expect(ids({ at: '2025-02-10', agency: 'so-y-te', channel: 'direct' })).toContain('cn-cau-giay-thanh-xuan');
  });

  it('March 2025: the interim keeps the pilot arrangements, with the renamed departments', () => {
    const march = ids({ at: '2025-03-15', agency: 'so-nong-nghiep-moi-truong', channel: 'direct' });
    expect(march).toContain('cn-tay-ho');
    expect(march.some((u) => u.startsWith('mc-'))).toBe(true);
    expect(ids({ at: '2025-04-01', agency: 'so-tai-chinh', channel: 'direct' }).some((u) => u.startsWith('mc-'))).toBe(false);
  });

  it('phase 2: every former district\'s district-level dossiers go to exactly its home branch', () => {
    const date = '2025-05-12';
    const districts = org.list('area', date).filter((a) => ['urban-district', 'rural-district', 'town'].includes(a.kind));
    expect(districts).toHaveLength(30);
    for (const d of districts) {
      const home = org.units({ at: date, kind: 'branch' }).filter((b) => (b.areas ? (valueAt(b.areas, date) ?? []) : []).includes(d.id)).map((b) => b.id);
      const received = ids({ at: date, level: 'district', area: d.id, channel: 'direct' }).filter((u) => org.get('unit', u)?.kind === 'branch');
      expect(received, d.id).toEqual(home);
    }
  });

  it('phase 3: a commune-level dossier goes to its commune centre and, regardless of boundary, to the branches', () => {
    const r = ids({ at: '2025-08-01', level: 'commune', area: 'phuong-ha-dong', channel: 'direct' });
    expect(r).toContain('ttpvhcc-phuong-ha-dong');
    expect(r.filter((u) => org.get('unit', u)?.kind === 'branch')).toHaveLength(12);
  });

  it('online dossiers go to the city portal before 01/07/2025 and to DVCQG after', () => {
    const before = ids({ at: '2025-05-12', agency: 'so-tai-chinh', channel: 'online' });
    const after = ids({ at: '2025-08-01', agency: 'so-tai-chinh', channel: 'online' });
    expect(before.map((u) => org.get('unit', u)?.kind)).toContain('online-portal');
    expect(after.map((u) => org.get('unit', u)?.kind)).toContain('online-portal');
    expect(before).not.toEqual(after);
  });
});

describe('motcua route', () => {
  it('answers with the MISSION §5 contract', () => {
    const r = motcua('route', '--at', '2025-02-10', '--agency', 'Sở Tài chính', '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    const body = r.json();
    expect(body.phase).toEqual({ id: 'phase-1', name: expect.any(String) });
    expect(body.regime.id).toBe('nd-61-2018');
    const tayHo = body.receivers.find((x: { unitId: string }) => x.unitId === 'cn-tay-ho');
    expect(tayHo).toMatchObject({ kind: 'branch', basis: 'assigned' });
    expect(tayHo.citations[0]).toHaveProperty('doc');
  });

  it('resolves an old department name on a later date and explains why the others may not receive', () => {
    const body = motcua('route', '--at', '2025-06-02', '--agency', 'Sở Kế hoạch và Đầu tư', '--explain', '--json', '--lang', 'en').json();
    expect(body.query.agency).toBe('so-tai-chinh');
    expect(body.rejected.length).toBeGreaterThan(0);
    expect(body.rejected[0].reasons.length).toBeGreaterThan(0);
    expect(typeof body.rejected[0].reasons[0]).toBe('string');
  });

  it('takes a level and an area, and refuses a query with neither agency nor level', () => {
    const ok = motcua('route', '--at', '2025-05-12', '--level', 'district', '--area', 'quận Hà Đông', '--json').json();
    expect(ok.receivers.map((x: { unitId: string }) => x.unitId)).toContain('cn-ha-dong-chuong-my-quoc-oai');
    const r = motcua('route', '--at', '2025-05-12', '--json');
    expect(r.code).toBe(2);
    expect(r.json().issues[0].code).toBe('INPUT_MISSING_ARGUMENT');
  });
});

describe('motcua rules test and rules diff', () => {
  it('runs the expert cases of the bundled pack', () => {
    const r = motcua('rules', 'test', '--json');
    expect(r.code).toBe(0);
    expect(r.json().failed).toBe(0);
  });

  it('shows which queries change receivers between two versions of a pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-diff-'));
    cpSync(hanoiPackDir(), dir, { recursive: true });
    const file = join(dir, 'organisation', 'branches.yaml');
    // Move Hà Đông from its branch to Long Biên – Gia Lâm in phase 2, in the copy only.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('[quan-ha-dong, huyen-chuong-my, huyen-quoc-oai]', '[huyen-chuong-my, huyen-quoc-oai]').replace('[quan-long-bien, huyen-gia-lam]', '[quan-long-bien, huyen-gia-lam, quan-ha-dong]'));
    const queries = join(dir, 'queries.json');
    writeFileSync(queries, JSON.stringify([{ at: '2025-05-12', level: 'district', area: 'quan-ha-dong', channel: 'direct' }, { at: '2025-05-12', agency: 'so-y-te' }]));
    const r = motcua('rules', 'diff', hanoiPackDir(), dir, '--queries', queries, '--json');
    expect(r.code).toBe(0);
    expect(r.json().changes).toEqual([
      { query: { at: '2025-05-12', level: 'district', area: 'quan-ha-dong', channel: 'direct' }, added: ['cn-long-bien-gia-lam'], removed: ['cn-ha-dong-chuong-my-quoc-oai'] },
    ]);
  });
});
