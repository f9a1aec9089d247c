import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { motcua } from './helpers/run-cli.js';
import { describe, expect, it } from 'vitest';

describe('motcua units', () => {
  it('lists the branches in force on a date as JSON', () => {
    const r = motcua('units', 'list', '--at', '2025-02-10', '--kind', 'branch', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const body = r.json();
    expect(body.count).toBe(2);
    expect(body.units.map((u: { id: string }) => u.id).sort()).toEqual(['cn-cau-giay-thanh-xuan', 'cn-tay-ho']);
    expect(body.units[0]).toHaveProperty('citations');
    expect(body.units[0].citations[0]).toHaveProperty('doc');
  });

  it('shows a unit found by a name without diacritics, with its history', () => {
    const r = motcua('units', 'show', 'chi nhanh cau giay thanh xuan', '--json');
    expect(r.code).toBe(0);
    const u = r.json();
    expect(u.id).toBe('cn-cau-giay-thanh-xuan');
    expect(u.nameHistory.length).toBeGreaterThanOrEqual(2);
    expect(u.children.length).toBeGreaterThanOrEqual(2);
  });

  it('answers an unknown unit with exit 2 and the closest candidates, in the language asked', () => {
    const en = motcua('units', 'show', 'Chi nhanh Tay Hoo', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toMatch(/INPUT_UNKNOWN_NAME No unit named "Chi nhanh Tay Hoo"\. Closest: cn-tay-ho/);
    const vi = motcua('units', 'show', 'Chi nhanh Tay Hoo', '--lang', 'vi', '--json');
    expect(vi.code).toBe(2);
    expect(vi.json().issues[0]).toMatchObject({ code: 'INPUT_UNKNOWN_NAME', severity: 'error' });
    expect(vi.json().issues[0].message).toMatch(/^Không tìm thấy đơn vị/);
  });

  it('rejects bad dates, dates outside the pack and bad choices with exit 2', () => {
    expect(motcua('units', 'list', '--at', '2025-02-30').code).toBe(2);
    const before = motcua('units', 'list', '--at', '2020-01-01', '--json');
    expect(before.code).toBe(2);
    expect(before.json().issues[0].code).toBe('INPUT_OUTSIDE_COVERAGE');
    const kind = motcua('units', 'list', '--kind', 'branchh', '--lang', 'en');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('INPUT_BAD_CHOICE');
    const unknown = motcua('units', 'list', '--frobnicate', '--lang', 'vi');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('INPUT_UNKNOWN_OPTION Tùy chọn không tồn tại: --frobnicate. Xem "motcua help".');
    expect(motcua('units', 'list', '--at', '--lang', 'en').stderr).toBe('INPUT_OPTION_VALUE Option --at needs a value.');
    expect(motcua('units', 'list', 'extra', '--lang', 'en').stderr).toContain('INPUT_UNEXPECTED_ARGUMENT Unexpected argument "extra"');
    expect(motcua('units', 'show').stderr).toContain('INPUT_MISSING_ARGUMENT');
    expect(motcua('unitz', '--lang', 'en').stderr).toContain('Did you mean "units"?');
  });
});

describe('argument order', () => {
  it('accepts common options before the command, and `units` alone as `units list`', () => {
    expect(motcua('--lang', 'en', '--json', 'phases', '--at', '2025-05-12').json().phase.id).toBe('phase-2');
    expect(motcua('units', '--at', '2025-02-10', '--kind', 'branch', '--json').json().count).toBe(2);
    const rules = motcua('rules', '--lang', 'en');
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain('INPUT_MISSING_ARGUMENT');
  });

  it('prints help as JSON with --json, so that stdout stays JSON', () => {
    expect(motcua('--json').json().help).toContain('motcua');
    expect(motcua('kpi', '--help', '--json', '--lang', 'en').json().help).toContain('kpi generate');
  });

  it('keeps a subcommand first when options come before the command', () => {
    expect(motcua('--lang', 'en', '--json', 'units', 'list', '--at', '2025-02-10', '--kind', 'branch').json().count).toBe(2);
    expect(motcua('--json', 'kpi', 'generate', '--month', 'x', '--seed', '1').json().issues[0].code).toBe('INPUT_BAD_VALUE');
  });
});

describe('motcua phases', () => {
  it('tells the phase, the regime and the twelve branches on 2025-05-12', () => {
    const body = motcua('phases', '--at', '2025-05-12', '--json').json();
    expect(body.phase).toMatchObject({ id: 'phase-2', kind: 'plan' });
    expect(body.regime.id).toBe('nd-61-2018');
    expect(body.branches).toHaveLength(12);
    expect(body.counts['reception-point']).toBe(30);
  });

  it('takes the local date of a date-time with an offset', () => {
    // 30/06/2025 20:00 UTC is already 01/07/2025 in Hanoi.
    expect(motcua('phases', '--at', '2025-06-30T20:00:00Z', '--json').json().regime.id).toBe('nd-118-2025');
  });

  it('lists every phase and regime without --at, and answers March 2025 with the interim period', () => {
    const all = motcua('phases', '--json').json();
    expect(all.phases.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['phase-1', 'phase-2', 'phase-3']));
    expect(motcua('phases', '--at', '2025-03-15', '--json').json().phase.kind).toBe('interim');
    expect(motcua('phases', '--at', '2025-03-15', '--lang', 'en').stdout).toMatch(/phase: .*interim-2025-03/);
  });
});

describe('motcua rules', () => {
  it('validates the bundled pack', () => {
    const r = motcua('rules', 'validate', '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, pack: { id: 'hanoi' }, issues: [] });
  });

  it('reports a broken pack with file:line:col and exit 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-broken-'));
    writeFileSync(
      join(dir, 'pack.yaml'),
      ['pack:', '  id: broken', '  name: Broken', '  version: "1"', '  formatVersion: 1', '  coverage: {from: 2025-01-01}', '  colour: blue', ''].join('\n'),
    );
    const text = motcua('rules', 'lint', dir, '--lang', 'en');
    expect(text.code).toBe(3);
    expect(text.stderr).toBe(`${join(dir, 'pack.yaml')}:7:3 PACK_UNKNOWN_KEY Unrecognised key "colour".`);
    const json = motcua('rules', 'validate', dir, '--json');
    expect(json.code).toBe(3);
    expect(json.json().issues[0]).toMatchObject({ code: 'PACK_UNKNOWN_KEY', line: 7, col: 3 });
    expect(motcua('rules', 'validate', join(dir, 'nope')).code).toBe(3);
  });

  it('prints the JSON Schema of a pack file', () => {
    const schema = motcua('rules', 'schema').json();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const defs = schema.definitions;
    expect(schema.$ref).toBe('#/definitions/MotcuaPackFile');
    expect(defs.Unit.properties.validFrom.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    expect(defs.Unit.properties.id.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(defs.Unit.required).toEqual(expect.arrayContaining(['id', 'name', 'validFrom', 'citation', 'kind']));
    expect(Object.keys(defs.MotcuaPackFile.properties)).toEqual(expect.arrayContaining(['pack', 'units', 'agencies', 'areas', 'phases', 'regimes', 'register', 'documents']));
  });
});
