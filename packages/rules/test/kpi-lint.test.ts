import { describe, expect, it } from 'vitest';
import { hanoiPack, hanoiPackDir, loadPack, loadPackSources } from '../src/index.js';
import { type LintCase, checkLintCase, del, minimalWith, sub } from './helpers.js';

/**
 * The KPI-index checks of the linter (src/lint-kpi.ts). The minimal pack is loaded together with
 * `kpi.yaml` below, a valid file with two versions of index "766" that tests break one mistake at a
 * time. Edits address lines of KPI_TEXT as written here (line 1 is the comment); positions are those
 * of the edited text. Group 1 of idx-2022 is 10 + 0 = 10, group 2 is 6 + 4 = 10, total 20.
 */
const KPI_LINES = [
  /*  1 */ '# KPI fixture: two versions of index "766" (adjacent, not overlapping) and a register entry.',
  /*  2 */ 'documents:',
  /*  3 */ '  - code: 766/QD-TTg',
  /*  4 */ '    title: Decision 766 on the KPI index',
  /*  5 */ '    kind: decision',
  /*  6 */ '    confidence: secondary',
  /*  7 */ 'kpiIndices:',
  /*  8 */ '  - id: idx-2022',
  /*  9 */ '    index: "766"',
  /* 10 */ '    name: Test index',
  /* 11 */ '    validFrom: 2022-06-23',
  /* 12 */ '    validTo: 2024-12-31',
  /* 13 */ '    total: 20',
  /* 14 */ '    citation: { doc: 766/QD-TTg, ref: Art. 1 }',
  /* 15 */ '    groups:',
  /* 16 */ '      - id: "1"',
  /* 17 */ '        name: Progress',
  /* 18 */ '        max: 10',
  /* 19 */ '        citation: { doc: 766/QD-TTg, ref: group 1 }',
  /* 20 */ '        indicators:',
  /* 21 */ '          - id: "1.1"',
  /* 22 */ '            name: On time',
  /* 23 */ '            max: 10',
  /* 24 */ '            score: proportional',
  /* 25 */ '            measure: progress',
  /* 26 */ '            numerator: Early, on time, in progress within time',
  /* 27 */ '            denominator: Resolved and in progress',
  /* 28 */ '            citation: { doc: 766/QD-TTg, ref: "1.1" }',
  /* 29 */ '          - id: "1.2"',
  /* 30 */ '            name: Average days',
  /* 31 */ '            max: 0',
  /* 32 */ '            score: monitoring',
  /* 33 */ '            measure: average-resolution-days',
  /* 34 */ '            numerator: Total days',
  /* 35 */ '            denominator: Resolved',
  /* 36 */ '            citation: { doc: 766/QD-TTg, ref: "1.2" }',
  /* 37 */ '      - id: "2"',
  /* 38 */ '        name: Payment',
  /* 39 */ '        max: 10',
  /* 40 */ '        citation: { doc: 766/QD-TTg, ref: group 2 }',
  /* 41 */ '        indicators:',
  /* 42 */ '          - id: "2.1"',
  /* 43 */ '            name: Paid online',
  /* 44 */ '            max: 6',
  /* 45 */ '            target: 0.8',
  /* 46 */ '            score: proportional-to-target',
  /* 47 */ '            measure: paid-online-share',
  /* 48 */ '            numerator: Paid online',
  /* 49 */ '            denominator: Fee-bearing',
  /* 50 */ '            citation: { doc: 766/QD-TTg, ref: "2.1" }',
  /* 51 */ '          - id: "2.2"',
  /* 52 */ '            name: Procedures with payment',
  /* 53 */ '            max: 4',
  /* 54 */ '            score: proportional',
  /* 55 */ '            numerator: Procedures with payment',
  /* 56 */ '            denominator: Fee-bearing procedures',
  /* 57 */ '            citation: { doc: 766/QD-TTg, ref: "2.2" }',
  /* 58 */ '  - id: idx-2025',
  /* 59 */ '    index: "766"',
  /* 60 */ '    name: Test index, second version',
  /* 61 */ '    validFrom: 2025-01-01',
  /* 62 */ '    total: 5',
  /* 63 */ '    citation: { doc: 766/QD-TTg, ref: Art. 2 }',
  /* 64 */ '    groups:',
  /* 65 */ '      - id: "1"',
  /* 66 */ '        name: Only group',
  /* 67 */ '        max: 5',
  /* 68 */ '        citation: { doc: 766/QD-TTg, ref: group 1 }',
  /* 69 */ '        indicators:',
  /* 70 */ '          - id: "1.1"',
  /* 71 */ '            name: On time',
  /* 72 */ '            max: 5',
  /* 73 */ '            score: proportional',
  /* 74 */ '            numerator: x',
  /* 75 */ '            denominator: y',
  /* 76 */ '            citation: { doc: 766/QD-TTg, ref: "1.1" }',
  /* 77 */ 'register:',
  /* 78 */ '  - id: K01',
  /* 79 */ '    title: Conversion of 1.1',
  /* 80 */ '    source: { doc: 766/QD-TTg, ref: Art. 1 }',
  /* 81 */ '    issue: The source does not say.',
  /* 82 */ '    decision: Proportional.',
  /* 83 */ '    reason: Fewest assumptions.',
  /* 84 */ '    status: decided',
  /* 85 */ '    affects: [idx-2022]',
  /* 86 */ '',
];
const KPI_TEXT = KPI_LINES.join('\n');

const cases: readonly LintCase[] = [
  {
    name: '(a) the indicators of a group do not add up to its max → warning at the group\'s max',
    edits: [sub(44, 'max: 6', 'max: 5')],
    ok: true,
    issues: [{ code: 'PACK_KPI_GROUP_SUM', severity: 'warning', line: 39, col: 14, params: { id: 'idx-2022', group: '2', sum: 9, max: 10 } }],
  },
  {
    name: '(a) fractional maxima that add up are not reported (no floating-point noise)…',
    edits: [sub(44, 'max: 6', 'max: 0.1'), sub(53, 'max: 4', 'max: 0.2'), sub(39, 'max: 10', 'max: 0.3'), sub(13, 'total: 20', 'total: 10.3')],
    ok: true,
    issues: [],
  },
  {
    name: '(b) the groups do not add up to the total → error at total',
    edits: [sub(13, 'total: 20', 'total: 25')],
    issues: [{ code: 'PACK_KPI_TOTAL', line: 13, col: 12, params: { id: 'idx-2022', sum: 20, total: 25 } }],
  },
  {
    name: '(a)+(b) a group max changed alone: its indicators disagree (warning) and so does the total (error)',
    edits: [sub(18, 'max: 10', 'max: 12')],
    issues: [
      { code: 'PACK_KPI_GROUP_SUM', severity: 'warning', line: 18, col: 14, params: { group: '1', sum: 10, max: 12 } },
      { code: 'PACK_KPI_TOTAL', line: 13, col: 12, params: { sum: 22, total: 20 } },
    ],
  },
  {
    name: '(c) two versions of one index overlap → error at the later one\'s validFrom',
    edits: [sub(12, '2024-12-31', '2025-03-31')],
    issues: [{ code: 'PACK_KPI_OVERLAP', line: 61, col: 16, params: { index: '766', id: 'idx-2025', other: 'idx-2022', from: '2025-01-01', to: '2025-03-31' } }],
  },
  {
    name: '(c) two open-ended versions overlap to "…"',
    edits: [del(12, '    validTo: 2024-12-31')],
    issues: [{ code: 'PACK_KPI_OVERLAP', line: 60, col: 16, params: { from: '2025-01-01', to: '…' } }],
  },
  {
    name: '(c) versions of different indices may overlap',
    edits: [sub(59, '"766"', '"hanoi"'), del(12, '    validTo: 2024-12-31')],
    ok: true,
    issues: [],
  },
  {
    name: '(d) proportional-to-target without a target → error at score',
    edits: [del(45, '            target: 0.8')],
    issues: [{ code: 'PACK_KPI_NO_TARGET', line: 45, col: 20, params: { id: 'idx-2022', indicator: '2.1' } }],
  },
  {
    name: '(d) monitoring with points → error at max',
    edits: [sub(31, 'max: 0', 'max: 2'), sub(23, 'max: 10', 'max: 8')],
    issues: [{ code: 'PACK_KPI_MONITORING_POINTS', line: 31, col: 18, params: { id: 'idx-2022', indicator: '1.2', max: 2 } }],
  },
  {
    name: '(e) an indicator id repeated in another group → error at the second id',
    edits: [sub(51, '"2.2"', '"1.1"')],
    issues: [{ code: 'PACK_KPI_DUPLICATE_INDICATOR', line: 51, col: 17, params: { id: 'idx-2022', indicator: '1.1', group: '2', other: '1' } }],
  },
  {
    name: '(e) an indicator id repeated in the same group',
    edits: [sub(29, '"1.2"', '"1.1"')],
    issues: [{ code: 'PACK_KPI_DUPLICATE_INDICATOR', line: 29, col: 17, params: { indicator: '1.1', group: '1', other: '1' } }],
  },
  {
    name: 'two indices with one id → PACK_DUPLICATE_ID',
    edits: [sub(58, 'idx-2025', 'idx-2022')],
    issues: [{ code: 'PACK_DUPLICATE_ID', line: 58, col: 9, params: { id: 'idx-2022', collection: 'kpiIndices' } }],
  },
  {
    name: 'an indicator citing an undeclared document → PACK_UNKNOWN_DOCUMENT at its doc',
    edits: [sub(50, '766/QD-TTg', '766/QD-TT')],
    issues: [{ code: 'PACK_UNKNOWN_DOCUMENT', line: 50, col: 30, params: { doc: '766/QD-TT', suggestion: '766/QD-TTg' } }],
  },
  {
    name: 'a group citing an undeclared document → PACK_UNKNOWN_DOCUMENT',
    edits: [sub(40, '766/QD-TTg', '767/QD-TTg')],
    issues: [{ code: 'PACK_UNKNOWN_DOCUMENT', line: 40, col: 26 }],
  },
  {
    name: 'an index ending before it starts → PACK_BAD_INTERVAL',
    edits: [sub(12, '2024-12-31', '2021-12-31')],
    issues: [{ code: 'PACK_BAD_INTERVAL', line: 12, col: 14 }],
  },
  {
    name: 'a register entry may name a KPI index in `affects`, and a wrong one is unknown',
    edits: [sub(85, 'idx-2022', 'idx-2023')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 85, col: 15, params: { field: 'affects', ref: 'idx-2023', suggestion: 'idx-2022' } }],
  },
];

describe('the KPI-index linter', () => {
  it('starts from a valid fixture: no issue, both versions loaded, the register may name an index', () => {
    const result = loadPackSources(minimalWith('kpi.yaml', KPI_TEXT));
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('the KPI fixture must load');
    expect(result.value.org.content.kpiIndices.map((k) => k.id)).toEqual(['idx-2022', 'idx-2025']);
  });

  it.each(cases)('$name', (c) => checkLintCase('kpi.yaml', KPI_TEXT, c));
});

describe('the Hanoi pack\'s Decision 766 index', () => {
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

  it.each([
    ['from its YAML sources', () => {
      const r = loadPack(hanoiPackDir());
      if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
      // No KPI warning either: every group's indicators add up to its maximum.
      expect(r.value.warnings.filter((w) => w.code.startsWith('PACK_KPI_'))).toEqual([]);
      return r.value.org.content;
    }],
    ['from the compiled pack', () => hanoiPack({ fresh: true }).org.content],
  ])('loads %s with six groups of 18/20/12/10/18/22 = 100', (_, contentOf) => {
    const content = contentOf();
    const index = content.kpiIndices.find((k) => k.id === 'qd-766-2022');
    expect(index).toBeDefined();
    expect(index).toMatchObject({ index: '766', validFrom: '2022-06-23', total: 100 });
    expect(index!.validTo).toBeUndefined();
    expect(index!.groups.map((g) => [g.id, g.max])).toEqual([['1', 18], ['2', 20], ['3', 12], ['4', 10], ['5', 18], ['6', 22]]);
    expect(sum(index!.groups.map((g) => g.max))).toBe(100);
    for (const g of index!.groups) expect(sum(g.indicators.map((x) => x.max)), `group ${g.id}`).toBe(g.max);
    // Only one version of "766" is in force on any day.
    expect(content.kpiIndices.filter((k) => k.index === '766')).toHaveLength(1);
  });

  it('maps measures only where the records hold the data (register R49-R53)', () => {
    const index = hanoiPack().org.content.kpiIndices.find((k) => k.id === 'qd-766-2022')!;
    const indicators = index.groups.flatMap((g) => g.indicators.map((x) => ({ group: g.id, ...x })));
    const measured = indicators.filter((x) => x.measure !== undefined).map((x) => [x.group, x.id, x.measure, x.score, x.max, x.target]);
    expect(measured).toEqual([
      ['2', '2.1', 'progress', 'proportional', 20, undefined],
      ['2', '2.2', 'average-resolution-days', 'monitoring', 0, undefined],
      ['4', '4.c', 'paid-online-share', 'proportional-to-target', 6, 0.8],
      ['6', '4.2', 'digitized-share', 'proportional-to-target', 4, 0.8],
    ]);
    // Full-online dossiers: not computable from records (R50).
    expect(indicators.find((x) => x.id === '3.a')).toMatchObject({ group: '3', max: 12 });
    expect(indicators.find((x) => x.id === '3.a')!.measure).toBeUndefined();
    // The Decision's text was not read: every indicator is secondary and cites it.
    for (const x of indicators) {
      expect(x.confidence, x.id).toBe('secondary');
      const docs = (Array.isArray(x.citation) ? x.citation : [x.citation]).map((c) => c.doc);
      expect(docs, x.id).toContain('766/QĐ-TTg');
    }
    expect(new Set(indicators.map((x) => x.id)).size).toBe(indicators.length);
    const register = hanoiPack().org.content.register.filter((r) => r.affects?.includes('qd-766-2022')).map((r) => r.id);
    expect(register).toEqual(['R47', 'R48', 'R49', 'R50', 'R51', 'R52', 'R53', 'R54']);
  });
});
