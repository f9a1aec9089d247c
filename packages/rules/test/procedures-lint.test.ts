import { describe, expect, it } from 'vitest';
import { loadPackSources } from '../src/index.js';
import { type LintCase, checkLintCase, del, insert, minimalWith, set, sub } from './helpers.js';

/**
 * The procedure-catalogue checks of the linter (src/lint-procedures.ts). The minimal pack is loaded
 * together with `procedures.yaml` below: a valid file with a city-level procedure of agency
 * `so-tai-chinh` (in force from 2025-01-01 in the minimal pack) in two adjacent versions, a
 * commune-level procedure without agency, and a register entry naming both. Tests break it one
 * mistake at a time. Edits address lines of PROC_LINES as written here (line 1 is the comment);
 * positions are those of the edited text.
 */
const PROC_LINES = [
  /*  1 */ '# Procedure fixture: a procedure in two versions, one without agency, and a register entry naming them.',
  /*  2 */ 'documents:',
  /*  3 */ '  - code: 31/2018/ND-CP',
  /*  4 */ '    title: Decree 31 on the origin of goods',
  /*  5 */ '    kind: decree',
  /*  6 */ '    confidence: secondary',
  /*  7 */ 'procedures:',
  /*  8 */ '  - id: cap-co',
  /*  9 */ '    code: "1.000603"',
  /* 10 */ '    name: Cấp C/O',
  /* 11 */ '    agency: so-tai-chinh',
  /* 12 */ '    level: city',
  /* 13 */ '    citation: { doc: 31/2018/ND-CP, ref: Art. 15 }',
  /* 14 */ '    versions:',
  /* 15 */ '      - validFrom: 2025-01-01',
  /* 16 */ '        validTo: 2025-06-30',
  /* 17 */ '        processingTime: { direct: 8 working-hours, online: 6 working-hours }',
  /* 18 */ '        channels: [direct, online]',
  /* 19 */ '        cutoff: "15:00"',
  /* 20 */ '        components:',
  /* 21 */ '          - code: don',
  /* 22 */ '            name: Đơn đề nghị',
  /* 23 */ '            required: true',
  /* 24 */ '            forms: [original]',
  /* 25 */ '          - code: hoa-don',
  /* 26 */ '            name: Hóa đơn',
  /* 27 */ '            required: true',
  /* 28 */ '            forms: [copy]',
  /* 29 */ '            when: { fact: exported, operator: equal, value: true }',
  /* 30 */ '        eligibility:',
  /* 31 */ '          - id: du-tuoi',
  /* 32 */ '            condition: { fact: age, operator: greaterThanInclusive, value: 18 }',
  /* 33 */ '            reason: Adults only.',
  /* 34 */ '            citation: { doc: 31/2018/ND-CP, ref: Art. 2 }',
  /* 35 */ '          - id: la-doanh-nghiep',
  /* 36 */ '            condition: { fact: type, operator: equal, value: organisation }',
  /* 37 */ '            reason: Traders only.',
  /* 38 */ '            citation: { doc: 31/2018/ND-CP, ref: Art. 3 }',
  /* 39 */ '        fees:',
  /* 40 */ '          - name: Phí cấp C/O',
  /* 41 */ '            kind: fee',
  /* 42 */ '            amount: 30000',
  /* 43 */ '            citation: { doc: 31/2018/ND-CP, ref: Art. 4 }',
  /* 44 */ '        boundaryFree: false',
  /* 45 */ '        clock: { supplement: pause, financialObligation: pause }',
  /* 46 */ '        citation: { doc: 31/2018/ND-CP, ref: Art. 15 }',
  /* 47 */ '        register: [R01]',
  /* 48 */ '      - validFrom: 2025-07-01',
  /* 49 */ '        processingTime: { direct: 8 working-hours }',
  /* 50 */ '        components:',
  /* 51 */ '          - code: don',
  /* 52 */ '            name: Đơn đề nghị',
  /* 53 */ '            required: true',
  /* 54 */ '            forms: [original]',
  /* 55 */ '        boundaryFree: true',
  /* 56 */ '        clock: { supplement: pause, financialObligation: pause }',
  /* 57 */ '        citation: { doc: 31/2018/ND-CP, ref: Art. 15 }',
  /* 58 */ '  - id: khai-sinh',
  /* 59 */ '    code: "1.001193"',
  /* 60 */ '    name: Đăng ký khai sinh',
  /* 61 */ '    level: commune',
  /* 62 */ '    citation: { doc: 29/KH-UBND, ref: II }',
  /* 63 */ '    versions:',
  /* 64 */ '      - validFrom: 2025-07-01',
  /* 65 */ '        processingTime: { direct: 0 working-days }',
  /* 66 */ '        cutoff: "15:00"',
  /* 67 */ '        components:',
  /* 68 */ '          - code: to-khai',
  /* 69 */ '            name: Tờ khai',
  /* 70 */ '            required: true',
  /* 71 */ '            forms: [original]',
  /* 72 */ '        boundaryFree: false',
  /* 73 */ '        clock: { supplement: pause, financialObligation: pause }',
  /* 74 */ '        citation: { doc: 29/KH-UBND, ref: II }',
  /* 75 */ 'register:',
  /* 76 */ '  - id: P01',
  /* 77 */ '    title: Clock of the C/O',
  /* 78 */ '    source: { doc: 31/2018/ND-CP, ref: Art. 15 }',
  /* 79 */ '    issue: The decree does not say.',
  /* 80 */ '    decision: Pause.',
  /* 81 */ '    reason: Practice.',
  /* 82 */ '    status: decided',
  /* 83 */ '    affects: [cap-co, khai-sinh]',
  /* 84 */ '',
];
const PROC_TEXT = PROC_LINES.join('\n');

const cases: readonly LintCase[] = [
  {
    name: 'two procedures with one id → PACK_DUPLICATE_ID at the second (the register then names only one of them)',
    edits: [sub(58, 'khai-sinh', 'cap-co'), sub(83, 'cap-co, khai-sinh', 'cap-co')],
    issues: [{ code: 'PACK_DUPLICATE_ID', line: 58, col: 9, params: { id: 'cap-co', collection: 'procedures' } }],
  },
  {
    name: 'two procedures with one national code → PACK_PROC_DUPLICATE_CODE at the second code',
    edits: [sub(59, '"1.001193"', '"1.000603"')],
    issues: [{ code: 'PACK_PROC_DUPLICATE_CODE', line: 59, col: 11, params: { code: '1.000603', id: 'khai-sinh', other: 'cap-co' } }],
  },
  {
    name: 'codes are compared without the local suffix',
    edits: [sub(59, '"1.001193"', '"1.000603.000.00.00.H26"')],
    issues: [{ code: 'PACK_PROC_DUPLICATE_CODE', line: 59, col: 11, params: { code: '1.000603', id: 'khai-sinh', other: 'cap-co' } }],
  },
  {
    name: 'an unknown agency → PACK_UNKNOWN_REF at agency, with a suggestion',
    edits: [sub(11, 'so-tai-chinh', 'so-tai-chin')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 11, col: 13, params: { field: 'agency', ref: 'so-tai-chin', collection: 'agencies', suggestion: 'so-tai-chinh' } }],
  },
  {
    name: 'an agency that ends during a version → warning at that version, from the first day it is not in force',
    edits: [sub(11, 'so-tai-chinh', 'ubnd-tay-ho')],
    ok: true,
    issues: [{ code: 'PACK_PROC_AGENCY_NOT_IN_FORCE', severity: 'warning', line: 48, col: 20, params: { id: 'cap-co', agency: 'ubnd-tay-ho', date: '2025-07-01', from: '2025-07-01', to: '…' } }],
  },
  {
    name: 'a version wholly after its agency ended → warning from the version\'s first day',
    edits: [sub(11, 'so-tai-chinh', 'ubnd-tay-ho'), sub(48, '2025-07-01', '2025-09-01')],
    ok: true,
    issues: [{ code: 'PACK_PROC_AGENCY_NOT_IN_FORCE', severity: 'warning', line: 48, col: 20, params: { agency: 'ubnd-tay-ho', date: '2025-09-01', from: '2025-09-01', to: '…' } }],
  },
  {
    name: 'a version that starts before its agency → warning from the version\'s first day',
    edits: [sub(15, '2025-01-01', '2024-12-01')],
    ok: true,
    issues: [{ code: 'PACK_PROC_AGENCY_NOT_IN_FORCE', severity: 'warning', line: 15, col: 20, params: { agency: 'so-tai-chinh', date: '2024-12-01', from: '2024-12-01', to: '2025-06-30' } }],
  },
  {
    name: 'two versions in force on common days → PACK_PROC_VERSION_OVERLAP at the later-listed one',
    edits: [sub(16, '2025-06-30', '2025-07-31')],
    issues: [{ code: 'PACK_PROC_VERSION_OVERLAP', line: 48, col: 20, params: { id: 'cap-co', version: '2025-07-01', other: '2025-01-01', from: '2025-07-01', to: '2025-07-31' } }],
  },
  {
    name: 'two open-ended versions overlap to "…"',
    edits: [del(16, '        validTo: 2025-06-30')],
    issues: [{ code: 'PACK_PROC_VERSION_OVERLAP', line: 47, col: 20, params: { from: '2025-07-01', to: '…' } }],
  },
  {
    name: 'versions listed newest first → PACK_PROC_VERSION_ORDER (warning) at the later-listed one',
    edits: [sub(15, '2025-01-01', '2025-03-01'), sub(48, '2025-07-01', '2025-01-01'), insert(48, '        validTo: 2025-02-28')],
    ok: true,
    issues: [{ code: 'PACK_PROC_VERSION_ORDER', severity: 'warning', line: 48, col: 20, params: { id: 'cap-co', version: '2025-01-01', other: '2025-03-01' } }],
  },
  {
    name: 'a version ending before it starts → PACK_BAD_INTERVAL at its validTo (and no overlap reported)',
    edits: [sub(16, '2025-06-30', '2024-06-30')],
    issues: [{ code: 'PACK_BAD_INTERVAL', line: 16, col: 18, params: { from: '2025-01-01', to: '2024-06-30' } }],
  },
  {
    name: 'a component code twice in a version → PACK_PROC_DUPLICATE_COMPONENT at the second',
    edits: [sub(25, 'hoa-don', 'don')],
    issues: [{ code: 'PACK_PROC_DUPLICATE_COMPONENT', line: 25, col: 19, params: { id: 'cap-co', version: '2025-01-01', component: 'don' } }],
  },
  {
    name: 'an eligibility-rule id twice in a version → PACK_PROC_DUPLICATE_RULE at the second',
    edits: [sub(35, 'la-doanh-nghiep', 'du-tuoi')],
    issues: [{ code: 'PACK_PROC_DUPLICATE_RULE', line: 35, col: 17, params: { id: 'cap-co', version: '2025-01-01', rule: 'du-tuoi' } }],
  },
  {
    name: 'a processing time for a channel the version does not offer → PACK_PROC_CHANNEL_TIME (warning) at that time',
    edits: [sub(18, '[direct, online]', '[direct]')],
    ok: true,
    issues: [{ code: 'PACK_PROC_CHANNEL_TIME', severity: 'warning', line: 17, col: 60, params: { id: 'cap-co', version: '2025-01-01', channel: 'online' } }],
  },
  {
    name: 'postal time where the version takes no post',
    edits: [set(49, '        processingTime: { direct: 8 working-hours }', '        processingTime: { direct: 8 working-hours, postal: 24 working-hours }'), insert(49, '        channels: [direct, online]')],
    ok: true,
    issues: [{ code: 'PACK_PROC_CHANNEL_TIME', severity: 'warning', line: 49, col: 60, params: { version: '2025-07-01', channel: 'postal' } }],
  },
  {
    name: 'a version without components → PACK_PROC_NO_COMPONENTS (warning) at components',
    edits: [set(50, '        components:', '        components: []'), del(51, '          - code: don', '            name: Đơn đề nghị', '            required: true', '            forms: [original]')],
    ok: true,
    issues: [{ code: 'PACK_PROC_NO_COMPONENTS', severity: 'warning', line: 50, col: 21, params: { id: 'cap-co', version: '2025-07-01' } }],
  },
  {
    name: 'a fee citing an undeclared document → PACK_UNKNOWN_DOCUMENT at its doc',
    edits: [sub(43, '31/2018/ND-CP', '31/2018/ND')],
    issues: [{ code: 'PACK_UNKNOWN_DOCUMENT', line: 43, col: 30, params: { doc: '31/2018/ND', suggestion: '31/2018/ND-CP' } }],
  },
  {
    name: 'an eligibility rule citing an undeclared document → PACK_UNKNOWN_DOCUMENT',
    edits: [sub(34, '31/2018/ND-CP', '32/2018/ND-CP')],
    issues: [{ code: 'PACK_UNKNOWN_DOCUMENT', line: 34, col: 30 }],
  },
  {
    name: 'a version citing an undeclared document → PACK_UNKNOWN_DOCUMENT',
    edits: [sub(57, '31/2018/ND-CP', '31/2019/ND-CP')],
    issues: [{ code: 'PACK_UNKNOWN_DOCUMENT', line: 57, col: 26 }],
  },
  {
    name: 'a procedure citing an undeclared document → PACK_UNKNOWN_DOCUMENT',
    edits: [sub(62, '29/KH-UBND', '28/KH-UBND')],
    issues: [{ code: 'PACK_UNKNOWN_DOCUMENT', line: 62, col: 22 }],
  },
  {
    name: 'a version naming a register entry that does not exist → PACK_REGISTER_REF',
    edits: [sub(47, 'R01', 'R99')],
    issues: [{ code: 'PACK_REGISTER_REF', line: 47, col: 20, params: { ref: 'R99' } }],
  },
  {
    name: 'a register entry may name a procedure in `affects`, and a wrong one is unknown',
    edits: [sub(83, 'khai-sinh]', 'khai-sinhh]')],
    issues: [{ code: 'PACK_UNKNOWN_REF', line: 83, col: 23, params: { field: 'affects', ref: 'khai-sinhh', suggestion: 'khai-sinh' } }],
  },
];

describe('the procedure-catalogue linter', () => {
  it('starts from a valid fixture: no issue, both procedures loaded, the register may name them', () => {
    const result = loadPackSources(minimalWith('procedures.yaml', PROC_TEXT));
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('the procedure fixture must load');
    const procedures = result.value.org.content.procedures;
    expect(procedures.map((p) => p.id)).toEqual(['cap-co', 'khai-sinh']);
    // A version without `channels` takes all three.
    expect(procedures[0]!.versions[1]!.channels).toEqual(['direct', 'online', 'postal']);
    // A procedure without agency is one every People's Committee of its level performs.
    expect(procedures[1]!.agency).toBeUndefined();
  });

  it.each(cases)('$name', (c) => checkLintCase('procedures.yaml', PROC_TEXT, c));
});
