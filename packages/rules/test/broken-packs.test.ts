import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Code, type Lang, type Severity, formatIssue, isCode } from '@motcua/core';
import { afterAll, describe, expect, it } from 'vitest';
import { type PackSourceFile, loadPack, loadPackSources } from '../src/index.js';
import { type Edit, MINIMAL_DIR, MINIMAL_TEXT, applyEdits, del, insert, set, sub, where } from './helpers.js';

/**
 * A corpus of broken packs: the minimal fixture with one mistake each. Line and column numbers
 * below were computed by hand from `fixtures/minimal/pack.yaml` (see the `cat -n` of that file):
 * every edit names the line it changes and what that line holds, so they cannot drift silently.
 */

interface Expected {
  readonly code: Code;
  readonly severity?: Severity; // default 'error'
  readonly file?: string | typeof NO_FILE; // default 'pack.yaml'
  readonly line: number | undefined;
  readonly col: number | undefined;
  readonly params?: Readonly<Record<string, unknown>>;
}

interface Case {
  readonly name: string;
  /** Edits of pack.yaml (the default input)… */
  readonly edits?: readonly Edit[];
  /** …or the whole input. */
  readonly files?: () => PackSourceFile[];
  /** Whether the pack still loads (only warnings). Default false. */
  readonly ok?: boolean;
  /** Every issue, in order. */
  readonly issues: readonly Expected[];
  /** The YAML parser reports follow-up errors after the first: only the first is compared exactly, the rest must be syntax errors too. */
  readonly cascade?: boolean;
}

/** For an issue that names no file. */
const NO_FILE = Symbol('no file');

const cases: readonly Case[] = [
  // ---- YAML syntax ---------------------------------------------------------------------------
  {
    name: 'YAML: a mapping key indented less than its siblings',
    edits: [set(4, '  name: Minimal test pack', ' name: Minimal test pack')],
    issues: [{ code: 'PACK_YAML_SYNTAX', line: 4, col: 1 }],
    cascade: true,
  },
  {
    name: 'YAML: a tab used as indentation',
    edits: [set(4, '  name: Minimal test pack', '\tname: Minimal test pack')],
    issues: [{ code: 'PACK_YAML_SYNTAX', line: 4, col: 1 }],
    cascade: true,
  },
  {
    // A double-quoted scalar may span lines, so the parser notices at the end of the text (which
    // here has no final newline): line 145, one past the 35 characters of the line.
    name: 'YAML: an unclosed double quote',
    edits: [set(145, '', '    quote: "The words, never closed')],
    issues: [{ code: 'PACK_YAML_SYNTAX', line: 145, col: 36 }],
  },
  {
    name: 'YAML: a duplicate key in one mapping',
    edits: [insert(4, '  name: Other name')],
    issues: [{ code: 'PACK_YAML_SYNTAX', line: 5, col: 3 }],
  },
  {
    name: 'YAML: a second document in the same file',
    edits: [set(145, '', '---'), insert(145, 'units: []', '')],
    issues: [{ code: 'PACK_YAML_SYNTAX', line: 145, col: 1 }],
  },
  // ---- shape of a file -----------------------------------------------------------------------
  {
    name: 'a top-level sequence instead of a mapping',
    files: () => [
      {
        file: 'pack.yaml',
        // "- pack:" on line 2, everything below indented under it: one sequence item.
        text: MINIMAL_TEXT.split('\n')
          .map((l, i) => (i === 0 || l === '' ? l : i === 1 ? `- ${l}` : `  ${l}`))
          .join('\n'),
      },
    ],
    issues: [{ code: 'PACK_NOT_A_MAPPING', line: 2, col: 1 }],
  },
  {
    name: 'an unknown top-level key, with a suggestion',
    edits: [set(124, 'phases:', 'phase:')],
    issues: [{ code: 'PACK_UNKNOWN_KEY', line: 124, col: 1, params: { key: 'phase', suggestion: 'phases' } }],
  },
  {
    name: 'an unknown key in a row, with "did you mean"',
    edits: [sub(120, 'parent:', 'parnet:')],
    issues: [{ code: 'PACK_UNKNOWN_KEY', line: 120, col: 5, params: { key: 'parnet', suggestion: 'parent' } }],
  },
  {
    // units[3] (desk-stc) loses "kind": reported at the row, whose first key sits at 117:5.
    name: 'a missing required field (kind)',
    edits: [del(119, '    kind: department-desk')],
    issues: [{ code: 'PACK_MISSING_FIELD', line: 117, col: 5, params: { field: 'kind' } }],
  },
  {
    name: 'a missing required dated field (name)',
    edits: [del(126, '    name: Phase 1')],
    issues: [{ code: 'PACK_MISSING_FIELD', line: 125, col: 5, params: { field: 'name' } }],
  },
  {
    name: 'an invalid enum value, with a suggestion',
    edits: [sub(100, 'branch', 'brnach')],
    issues: [{ code: 'PACK_INVALID_CHOICE', line: 100, col: 11, params: { value: '"brnach"', suggestion: 'branch' } }],
  },
  {
    name: 'a value of the wrong type (number: seven)',
    edits: [sub(102, '7', 'seven')],
    issues: [{ code: 'PACK_INVALID_VALUE', line: 102, col: 13 }],
  },
  {
    name: 'an invalid date: 2025-02-30',
    edits: [sub(32, '2025-01-01', '2025-02-30')],
    issues: [{ code: 'PACK_INVALID_VALUE', line: 32, col: 16 }],
  },
  {
    name: 'an invalid date: 2025-13-01',
    edits: [sub(14, '2025-01-10', '2025-13-01')],
    issues: [{ code: 'PACK_INVALID_VALUE', line: 14, col: 11 }],
  },
  {
    name: 'an invalid date: "tomorrow"',
    edits: [sub(129, '2025-06-30', 'tomorrow')],
    issues: [{ code: 'PACK_INVALID_VALUE', line: 129, col: 14 }],
  },
  {
    name: 'an invalid date as the key of a dated value',
    edits: [sub(97, '2025-07-01', '2025-07-32')],
    issues: [{ code: 'PACK_INVALID_VALUE', line: 97, col: 9 }],
  },
  {
    name: 'an id that is not kebab-case',
    edits: [sub(109, 'site-tay-ho', 'Site_Tay_Ho')],
    issues: [{ code: 'PACK_INVALID_VALUE', line: 109, col: 9 }],
  },
  {
    name: 'an invalid formatVersion (2)',
    edits: [sub(6, '1', '2')],
    issues: [{ code: 'PACK_FORMAT_VERSION', line: 6, col: 18, params: { found: '2', supported: '1' } }],
  },
  // ---- manifest ------------------------------------------------------------------------------
  {
    name: 'no pack: block',
    edits: [
      del(2, 'pack:', '  id: minimal', '  name: Minimal test pack', '  version: 0.1.0', '  formatVersion: 1', '  coverage:', '    from: 2025-01-01', '    to: 2026-12-31'),
    ],
    // No file is to blame: from text, the issue names no file (loadPack names the folder, see below).
    issues: [{ code: 'PACK_NO_MANIFEST', file: NO_FILE, line: undefined, col: undefined }],
  },
  {
    name: 'two pack: blocks in two files',
    files: () => [
      { file: 'pack.yaml', text: MINIMAL_TEXT },
      { file: 'extra.yaml', text: '# a second manifest\npack: { id: extra, name: Extra, version: 1.0.0, formatVersion: 1, coverage: { from: 2025-01-01 } }\n' },
    ],
    issues: [{ code: 'PACK_DUPLICATE_MANIFEST', file: 'extra.yaml', line: 2, col: 7, params: { other: 'pack.yaml' } }],
  },
  {
    name: 'empty files are allowed',
    files: () => [
      { file: 'empty.yaml', text: '' },
      { file: 'pack.yaml', text: MINIMAL_TEXT },
      { file: 'comments-only.yaml', text: '# nothing here yet\n' },
      { file: 'blank.yaml', text: '\n\n   \n' },
    ],
    ok: true,
    issues: [],
  },
  // ---- meaning (linter) ----------------------------------------------------------------------
  {
    name: 'validTo before validFrom',
    edits: [sub(54, '2025-06-30', '2024-12-31')],
    issues: [{ code: 'PACK_BAD_INTERVAL', line: 54, col: 14, params: { from: '2025-01-01', to: '2024-12-31' } }],
  },
  {
    name: 'unknown reference: parent',
    edits: [sub(120, 'center', 'centre')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 120, col: 13, params: { field: 'parent', ref: 'centre', collection: 'units', suggestion: 'center' } }],
  },
  {
    name: 'unknown reference: agency',
    edits: [sub(121, 'so-tai-chinh', 'so-tai-chin')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 121, col: 13, params: { field: 'agency', ref: 'so-tai-chin', collection: 'agencies', suggestion: 'so-tai-chinh' } }],
  },
  {
    name: 'unknown reference: area',
    edits: [sub(113, 'tay-ho', 'tay-hoo')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 113, col: 11, params: { field: 'area', ref: 'tay-hoo', collection: 'areas', suggestion: 'tay-ho' } }],
  },
  {
    // "    predecessors: [tay-ho, hoan-kiemm]": the second item starts at column 28.
    name: 'unknown reference: predecessors (second item)',
    edits: [sub(67, 'hoan-kiem', 'hoan-kiemm')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 67, col: 28, params: { field: 'predecessors', ref: 'hoan-kiemm', collection: 'areas', suggestion: 'hoan-kiem' } }],
  },
  {
    name: 'unknown reference: headOffice',
    edits: [sub(105, 'site-tay-ho', 'site-tayho')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 105, col: 17, params: { field: 'headOffice', ref: 'site-tayho', collection: 'units', suggestion: 'site-tay-ho' } }],
  },
  {
    name: 'unknown reference: a register entry',
    edits: [sub(108, 'R01', 'R02')],
    issues: [{ code: 'PACK_REGISTER_REF', line: 108, col: 16, params: { ref: 'R02' } }],
  },
  {
    name: 'unknown reference: affects of a register entry',
    edits: [sub(144, 'cn-tay-ho', 'cn-tay-hoo')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 144, col: 15, params: { field: 'affects', ref: 'cn-tay-hoo', suggestion: 'cn-tay-ho' } }],
  },
  {
    name: 'a citation to an undeclared document',
    edits: [sub(123, '29/KH-UBND', '29/KH-UBNDD')],
    issues: [{ code: 'PACK_UNKNOWN_DOCUMENT', line: 123, col: 22, params: { doc: '29/KH-UBNDD', suggestion: '29/KH-UBND' } }],
  },
  {
    name: 'a regime whose forms are an undeclared document',
    edits: [sub(41, '01/2018/TT-VPCP', '01/2019/TT-VPCP')],
    issues: [{ code: 'PACK_UNKNOWN_DOCUMENT', line: 41, col: 12, params: { doc: '01/2019/TT-VPCP', suggestion: '01/2018/TT-VPCP' } }],
  },
  {
    // Reported at the entry of 2025-07-01, whose mapping starts with "value:" on line 98.
    name: 'a dated value without a citation',
    edits: [del(99, '          citation: { doc: 118/2025/ND-CP, ref: Annex }')],
    issues: [{ code: 'PACK_MISSING_CITATION', line: 98, col: 11, params: { what: 'cn-tay-ho.name.values.2025-07-01' } }],
  },
  {
    name: 'a duplicate id',
    edits: [sub(117, 'desk-stc', 'site-tay-ho')],
    issues: [{ code: 'PACK_DUPLICATE_ID', line: 117, col: 9, params: { id: 'site-tay-ho', collection: 'units', other: 'pack.yaml:109:5' } }],
  },
  {
    name: 'a duplicate document code',
    edits: [insert(28, '  - code: 29/KH-UBND', '    title: Plan 29 again', '    confidence: confirmed')],
    issues: [{ code: 'PACK_DUPLICATE_ID', line: 29, col: 11, params: { id: '29/KH-UBND', collection: 'documents', other: 'pack.yaml:11:5' } }],
  },
  {
    // hoan-kiem and tay-ho are both in force 2025-01-01..2025-06-30.
    name: 'an alias that names another row in force at the same time',
    edits: [insert(57, '    aliases: [Quận Tây Hồ]')],
    // Reported at the alias as written: "    aliases: [Quận Tây Hồ]" on line 58, the item at column 15.
    issues: [{ code: 'PACK_ALIAS_AMBIGUOUS', line: 58, col: 15, params: { name: 'Quận Tây Hồ', id: 'hoan-kiem', other: 'tay-ho', collection: 'areas' } }],
  },
  {
    // phu-thuong starts on 2025-07-01, the day after tay-ho ends: the same alias is fine.
    name: 'the same alias on a row that is not in force at the same time',
    edits: [insert(64, '    aliases: [Quận Tây Hồ]')],
    ok: true,
    issues: [],
  },
  {
    name: 'a name of one unit used as the alias of another (with another spelling)',
    edits: [insert(118, '    aliases: [CHI-NHANH tay ho]')],
    issues: [{ code: 'PACK_ALIAS_AMBIGUOUS', line: 119, col: 15, params: { name: 'CHI-NHANH tay ho', id: 'desk-stc', other: 'cn-tay-ho', collection: 'units' } }],
  },
  {
    // tay-ho ← phu-thuong ← tay-ho: both rows are in their own chain.
    name: 'a predecessor cycle',
    edits: [insert(52, '    predecessors: [phu-thuong]')],
    issues: [
      { code: 'PACK_SELF_PREDECESSOR', line: 53, col: 19, params: { id: 'tay-ho' } },
      { code: 'PACK_SELF_PREDECESSOR', line: 68, col: 19, params: { id: 'phu-thuong' } },
    ],
  },
  {
    name: 'overlapping phases',
    edits: [sub(129, '2025-06-30', '2025-07-01')],
    issues: [{ code: 'PACK_PHASE_OVERLAP', line: 134, col: 16, params: { id: 'phase-2', other: 'phase-1', from: '2025-07-01', to: '2025-07-01' } }],
  },
  {
    // The linter reports a gap at the first regime of the pack (regimes[0] starts at 30:5).
    name: 'a gap between regimes',
    edits: [sub(39, '2025-07-01', '2025-07-10')],
    issues: [{ code: 'PACK_REGIME_GAP', line: 33, col: 14, params: { from: '2025-07-01', to: '2025-07-09' } }],
  },
  {
    name: 'a gap at the end of the coverage',
    edits: [insert(39, '    validTo: 2026-06-30')],
    issues: [{ code: 'PACK_REGIME_GAP', line: 40, col: 14, params: { from: '2026-07-01', to: '2026-12-31' } }],
  },
  // ---- warnings: the pack still loads ----------------------------------------------------------
  {
    name: 'warning: a dated value before the row is in force',
    edits: [sub(94, '2025-01-01', '2024-12-01')],
    ok: true,
    issues: [{ code: 'PACK_DATED_ORDER', severity: 'warning', line: 95, col: 11, params: { date: '2024-12-01', from: '2025-01-01' } }],
  },
  {
    // so-tai-chinh now ends in 2025; the open-ended desk still points at it (line 121 → 122).
    name: 'warning: a reference to an agency that is not in force for the whole validity',
    edits: [insert(75, '    validTo: 2025-12-31')],
    ok: true,
    issues: [{ code: 'PACK_REF_NOT_IN_FORCE', severity: 'warning', line: 122, col: 13, params: { field: 'agency', ref: 'so-tai-chinh' } }],
  },
];

const inputOf = (c: Case): PackSourceFile[] => c.files?.() ?? [{ file: 'pack.yaml', text: applyEdits(MINIMAL_TEXT, c.edits ?? []) }];
const load = (c: Case, lang: Lang) => loadPackSources(inputOf(c), { lang });
const expectedOf = (e: Expected) => ({ code: e.code, severity: e.severity ?? 'error', file: e.file === NO_FILE ? undefined : (e.file ?? 'pack.yaml'), line: e.line, col: e.col });

describe('broken packs: one mistake each', () => {
  it('is a corpus of at least 25 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    // Each edit must change the text (an edit that does nothing would make its case vacuous).
    for (const c of cases) if (c.edits) expect(applyEdits(MINIMAL_TEXT, c.edits), c.name).not.toBe(MINIMAL_TEXT);
  });

  it.each(cases)('$name', (c) => {
    const en = load(c, 'en');
    const vi = load(c, 'vi');
    expect(en.ok).toBe(c.ok ?? false);
    expect(vi.ok).toBe(en.ok);

    const expected = c.issues.map(expectedOf);
    let actual = en.issues.map(where);
    if (c.cascade) {
      expect(actual.length).toBeGreaterThanOrEqual(expected.length);
      for (const rest of actual.slice(expected.length)) expect(rest.code).toBe('PACK_YAML_SYNTAX');
      actual = actual.slice(0, expected.length);
    }
    expect(actual).toEqual(expected);

    c.issues.forEach((e, i) => {
      if (e.params) expect(en.issues[i]!.params).toMatchObject(e.params);
    });

    // The same issues in Vietnamese, with messages of their own.
    expect(vi.issues.map(where)).toEqual(en.issues.map(where));
    en.issues.forEach((issue, i) => {
      const other = vi.issues[i]!;
      expect(issue.message.trim()).not.toBe('');
      expect(other.message.trim()).not.toBe('');
      expect(other.message).not.toBe(issue.message);
      expect(isCode(issue.code)).toBe(true);
    });
  });

  it('formats an issue as file:line:col CODE message', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: applyEdits(MINIMAL_TEXT, [sub(120, 'center', 'centre')]) }]);
    expect(result.issues.map(formatIssue)).toEqual([
      'pack.yaml:120:13 PACK_UNKNOWN_REF "parent" refers to "centre", which is not in units. Did you mean "center"?',
    ]);
  });

  it('reports mistakes of several files, each in its own file', () => {
    const result = loadPackSources([
      { file: 'a.yaml', text: applyEdits(MINIMAL_TEXT, [sub(100, 'branch', 'brnach')]) },
      { file: 'b.yaml', text: 'units:\n  - id: x\n    nmae: X\n' },
      { file: 'c.yaml', text: 'agencies: [\n' },
    ]);
    expect(result.ok).toBe(false);
    const byFile = result.issues.map((i) => [i.file, i.code]);
    expect(byFile).toContainEqual(['a.yaml', 'PACK_INVALID_CHOICE']);
    expect(byFile).toContainEqual(['b.yaml', 'PACK_UNKNOWN_KEY']);
    expect(byFile).toContainEqual(['c.yaml', 'PACK_YAML_SYNTAX']);
    expect(result.issues.find((i) => i.file === 'a.yaml')).toMatchObject({ line: 100, col: 11 });
    expect(result.issues.find((i) => i.file === 'b.yaml' && i.code === 'PACK_UNKNOWN_KEY')).toMatchObject({ line: 3, col: 5, params: { key: 'nmae', suggestion: 'name' } });
  });
});

/** Edge cases found while writing this corpus (each was a loader bug, now fixed). */
describe('loader edge cases', () => {
  const manifestCitation = () => applyEdits(MINIMAL_TEXT, [insert(6, '  citation: { doc: nope, ref: x }')]);
  it('an unknown document cited by the manifest is reported', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: manifestCitation() }]);
    expect(result.issues.map((i) => [i.code, i.params.doc])).toEqual([['PACK_UNKNOWN_DOCUMENT', 'nope']]);
  });
  it('...and located at the citation in pack.yaml', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: manifestCitation() }]);
    expect(result.issues.map(where)).toEqual([{ code: 'PACK_UNKNOWN_DOCUMENT', severity: 'error', file: 'pack.yaml', line: 7, col: 20 }]);
  });

  const noRegimes = () =>
    applyEdits(MINIMAL_TEXT, [
      del(
        29,
        'regimes:',
        '  - id: regime-61',
        '    name: Decree 61 regime',
        '    validFrom: 2025-01-01',
        '    validTo: 2025-06-30',
        '    decrees: [61/2018/ND-CP]',
        '    forms: 01/2018/TT-VPCP',
        '    citation: { doc: 61/2018/ND-CP, ref: Art. 1 }',
        '  - id: regime-118',
        '    name: Decree 118 regime',
        '    validFrom: 2025-07-01',
        '    decrees: [118/2025/ND-CP]',
        '    forms: 01/2018/TT-VPCP',
        '    citation: { doc: 118/2025/ND-CP, ref: Art. 1 }',
      ),
    ]);
  it('a pack without regimes has a regime gap over its whole coverage', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: noRegimes() }]);
    expect(result.issues.map((i) => [i.code, i.params.from, i.params.to])).toEqual([['PACK_REGIME_GAP', '2025-01-01', '2026-12-31']]);
  });
  it('...located at the manifest\'s coverage', () => {
    const [issue] = loadPackSources([{ file: 'pack.yaml', text: noRegimes() }]).issues;
    expect(issue?.file).toBe('pack.yaml');
    expect(issue?.line).toBeGreaterThanOrEqual(1);
  });

  // regime-61 now covers the whole coverage; regime-118 starts months after it ends.
  const regimeAfterCoverage = () => applyEdits(MINIMAL_TEXT, [sub(33, '2025-06-30', '2026-12-31'), sub(39, '2025-07-01', '2027-06-01')]);
  it('a regime that covers the whole coverage leaves no gap (without a later regime)', () => {
    const regime118 = [37, 38, 39, 40, 41, 42].map((n) => MINIMAL_TEXT.split('\n')[n - 1]!);
    const text = applyEdits(MINIMAL_TEXT, [sub(33, '2025-06-30', '2026-12-31'), del(37, ...regime118)]);
    expect(loadPackSources([{ file: 'pack.yaml', text }]).issues).toEqual([]);
  });
  it('a regime that starts after the coverage ends does not open a "gap" beyond the coverage', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: regimeAfterCoverage() }]);
    expect(result.issues).toEqual([]);
  });

  // Open coverage; the last regime ends on 9999-12-31, which is as open as it gets.
  const openCoverage = [del(9, '    to: 2026-12-31')];
  it('with an open coverage and an open last regime there is no gap', () => {
    expect(loadPackSources([{ file: 'pack.yaml', text: applyEdits(MINIMAL_TEXT, openCoverage) }]).issues).toEqual([]);
  });
  it('a last regime ending 9999-12-31 counts as open-ended', () => {
    const text = applyEdits(MINIMAL_TEXT, [...openCoverage, insert(39, '    validTo: 9999-12-31')]);
    expect(loadPackSources([{ file: 'pack.yaml', text }]).issues).toEqual([]);
  });

  it('a key that phases do not have is unknown, without suggesting the key itself', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: applyEdits(MINIMAL_TEXT, [insert(126, '    parent: phase-2')]) }]);
    expect(result.issues.map(where)).toEqual([{ code: 'PACK_UNKNOWN_KEY', severity: 'error', file: 'pack.yaml', line: 127, col: 5 }]);
    expect(result.issues[0]!.params).toEqual({ key: 'parent', suggestion: undefined });
    expect(result.issues[0]!.message).toBe('Unrecognised key "parent".');
  });

  it('a top-level key that only rows have is unknown, without suggesting the key itself', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: applyEdits(MINIMAL_TEXT, [insert(9, 'name: Misplaced')]) }]);
    expect(result.issues.map(where)).toEqual([{ code: 'PACK_UNKNOWN_KEY', severity: 'error', file: 'pack.yaml', line: 10, col: 1 }]);
    expect(result.issues[0]!.params.suggestion).not.toBe('name');
  });

  // An enum field given a one-item list, or a mapping, instead of a word.
  const kindAs = (value: string) => applyEdits(MINIMAL_TEXT, [sub(100, 'branch', value)]);
  it.each(['[branch]', '{ a: 1 }'])('an enum field holding %s is an invalid choice', (value) => {
    const result = loadPackSources([{ file: 'pack.yaml', text: kindAs(value) }]);
    expect(result.issues.map(where)).toEqual([{ code: 'PACK_INVALID_CHOICE', severity: 'error', file: 'pack.yaml', line: 100, col: 11 }]);
  });
  it('...and a list is shown as a list, with no suggestion', () => {
    const [issue] = loadPackSources([{ file: 'pack.yaml', text: kindAs('[branch]') }]).issues;
    expect(issue?.params.value).not.toBe('branch');
    expect(issue?.params.suggestion).toBeUndefined();
  });
  it('...and a mapping is shown as JSON, not "[object Object]"', () => {
    const [issue] = loadPackSources([{ file: 'pack.yaml', text: kindAs('{ a: 1 }') }]).issues;
    expect(issue?.message).not.toContain('[object Object]');
  });

  const backwardsCoverage = () => applyEdits(MINIMAL_TEXT, [sub(8, '2025-01-01', '2027-01-01')]);
  it('the coverage edit applies', () => {
    expect(backwardsCoverage()).toContain('    from: 2027-01-01\n    to: 2026-12-31\n');
  });
  it('a coverage whose "to" is before its "from" is refused', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: backwardsCoverage() }]);
    expect(result.ok).toBe(false);
  });

  // The same pack in the year 50: regime-61 ends on 0050-03-31, regime-118 starts on 0050-07-01.
  const yearFifty = () =>
    applyEdits(MINIMAL_TEXT, [sub(33, '2025-06-30', '2025-03-31')]).replaceAll('2025-', '0050-').replaceAll('2026-', '0051-');
  it('in 2025, the same gap is found', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: applyEdits(MINIMAL_TEXT, [sub(33, '2025-06-30', '2025-03-31')]) }]);
    expect(result.issues.map((i) => [i.code, i.params.from, i.params.to])).toEqual([['PACK_REGIME_GAP', '2025-04-01', '2025-06-30']]);
  });
  it('in years 0000-0099 the same gap is found (no 19xx reading of two-digit years)', () => {
    const result = loadPackSources([{ file: 'pack.yaml', text: yearFifty() }]);
    expect(result.issues.map((i) => [i.code, i.params.from, i.params.to])).toEqual([['PACK_REGIME_GAP', '0050-04-01', '0050-06-30']]);
  });
});

describe('loadPack on a folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'motcua-rules-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Writes files under a fresh folder of `root`. */
  const folder = (name: string, files: Record<string, string>) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  // Lines 1-28 (manifest and documents) in pack.yaml, lines 29-144 in organisation/rows.yml:
  // original line n is line n - 28 of rows.yml.
  const lines = MINIMAL_TEXT.split('\n');
  const head = `${lines.slice(0, 28).join('\n')}\n`;
  const rows = lines.slice(28).join('\n');

  it('loads a pack split over files and sub-folders, ignoring other files', () => {
    const dir = folder('split', { 'pack.yaml': head, 'organisation/rows.yml': rows, 'README.md': '# not yaml: {', '.hidden/x.yaml': 'nope: [' });
    const result = loadPack(dir);
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('the split pack must load');
    expect(result.value.dir).toBe(dir);
    expect(result.value.org.get('unit', 'desk-stc')).toBeDefined();
  });

  it('names the file of each issue by its path, with the line in that file', () => {
    const dir = folder('broken', { 'pack.yaml': head, 'organisation/rows.yml': rows.replace('    parent: center\n    agency:', '    parent: centre\n    agency:') });
    const result = loadPack(dir, { lang: 'vi' });
    expect(result.ok).toBe(false);
    // Original line 120 → line 92 of rows.yml.
    expect(result.issues.map(where)).toEqual([{ code: 'PACK_UNKNOWN_REF', severity: 'error', file: join(dir, 'organisation/rows.yml'), line: 92, col: 13 }]);
    expect(result.issues[0]!.message).toContain('centre');
  });

  it('reads the fixture folder itself', () => {
    expect(loadPack(MINIMAL_DIR).ok).toBe(true);
  });

  it.each([
    ['a missing folder', () => join(root, 'does-not-exist')],
    ['a file instead of a folder', () => join(folder('file', { 'pack.yaml': MINIMAL_TEXT }), 'pack.yaml')],
    ['a folder without any YAML file', () => folder('no-yaml', { 'README.md': 'hello' })],
    ['an empty folder', () => folder('empty', {})],
  ])('%s → PACK_NOT_FOUND', (_, makeDir) => {
    const dir = makeDir();
    for (const lang of ['en', 'vi'] as const) {
      const result = loadPack(dir, { lang });
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => ({ code: i.code, severity: i.severity, file: i.file, path: i.params.path }))).toEqual([
        { code: 'PACK_NOT_FOUND', severity: 'error', file: dir, path: dir },
      ]);
      expect(result.issues[0]!.message).toContain(dir);
    }
  });

  it('an unreadable folder → PACK_NOT_FOUND (or, when running as root, it is read anyway)', () => {
    const dir = folder('locked', { 'pack.yaml': MINIMAL_TEXT });
    chmodSync(dir, 0o000);
    try {
      const result = loadPack(dir);
      const root = process.getuid?.() === 0;
      if (root) expect(result.ok).toBe(true);
      else expect(result.issues.map((i) => [i.code, i.file])).toEqual([['PACK_NOT_FOUND', dir]]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a dangling symlink named *.yaml → PACK_READ_FAILED for that file', () => {
    const dir = folder('dangling-yaml', { 'pack.yaml': MINIMAL_TEXT });
    symlinkSync(join(dir, 'missing-target'), join(dir, 'rows.yaml'));
    const result = loadPack(dir);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.file])).toEqual([['PACK_READ_FAILED', join(dir, 'rows.yaml')]]);
  });

  it('a dangling symlink that is not YAML (README.md) is ignored', () => {
    const dir = folder('dangling-readme', { 'pack.yaml': MINIMAL_TEXT });
    symlinkSync(join(dir, 'missing-target'), join(dir, 'README.md'));
    expect(loadPack(dir).issues).toEqual([]);
  });

  it('a folder of YAML files without a pack: block → PACK_NO_MANIFEST naming the folder', () => {
    const dir = folder('no-manifest', { 'rows.yaml': MINIMAL_TEXT.split('\n').slice(9).join('\n') });
    const result = loadPack(dir, { lang: 'vi' });
    expect(result.issues.map(where)).toEqual([{ code: 'PACK_NO_MANIFEST', severity: 'error', file: dir, line: undefined, col: undefined }]);
  });
});
