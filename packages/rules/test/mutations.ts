import type { PackSourceFile } from '../src/index.js';
import fc from 'fast-check';
import { MINIMAL_TEXT } from './helpers.js';

/**
 * Mutations of the minimal pack for the fuzz tests: character and line edits, and pieces of YAML
 * that tend to break parsers and schemas.
 */

/** Pieces of YAML (and of non-YAML) that tend to break parsers and schemas. */
export const TOKENS = [
  ': ', ':', '- ', '-', '? ', '&a ', '&b ', '*a', '*b', '*zz', '[', ']', '{', '}', ',', "'", '"', '`', '#', '|', '>', '|-', '>+',
  '!!str ', '!!int ', '!!map ', '!!seq ', '!!binary ', '!local ', '!<tag:x> ', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n', '---\n', '...\n',
  '<<: *a', '~', 'null', 'true', '.nan', '-.inf', '0x1F', '1e400', '-1', '0', '7.5', '"\\u0000"', '"\\x"', '\\',
  '\t', '\0', '\r', '\r\n', '\n', '\n\n', ' ', '    ', '\uFEFF', '\u2028', '\u0085', '\uFFFF', '\uD800', 'é', 'Đ', '𝔘',
  '2025-02-30', '2025-13-01', '9999-12-31', '0000-01-01', 'tomorrow', 'R01', 'R99', 'cn-tay-ho', 'center', 'tay-ho', 'phase-1',
  'id: ', 'name: ', 'kind: ', 'parent: ', 'predecessors: ', 'citation: ', 'values: ', 'validTo: ', 'validFrom: ', 'aliases: ',
  'pack:', 'units:', 'areas:', 'regimes:', 'phases:', 'register:', 'documents:', '__proto__: ', 'constructor: ', 'toString: ',
  'x'.repeat(3000), '['.repeat(60), '{a: '.repeat(30), '- '.repeat(30), '&a [*a]', 'a: &a [*a, *a]',
];

/** Values that fit the YAML but may not fit the schema or the linter: ids, dates, references, shapes. */
export const VALUES = [
  'center', 'cn-tay-ho', 'site-tay-ho', 'desk-stc', 'tay-ho', 'hoan-kiem', 'phu-thuong', 'ha-noi', 'so-tai-chinh', 'phase-1', 'regime-61',
  '2025-01-01', '2025-06-30', '2025-07-01', '2024-12-31', '2027-01-01', '2025-02-29', '29/KH-UBND', '61/2018/ND-CP', 'R01',
  '[]', '[tay-ho]', '[cn-tay-ho, cn-tay-ho]', '{}', '{ doc: nope, ref: x }', '{ doc: 29/KH-UBND, ref: x, extra: 1 }',
  '{ values: { 2025-01-01: { value: X } } }', '{ values: { 2025-01-01: { value: null, citation: { doc: 29/KH-UBND, ref: x } } } }',
  '{ vi: a, en: b }', 'branch', 'ward', 'city', 'plan', 'interim', 'decided', 'open', '1', '2', '0', 'Chi nhánh Tây Hồ', 'Quận Tây Hồ',
];

export const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...TOKENS.filter((t) => t.length < 20)), { minLength: 2, maxLength: 5 }).map((a) => a.join('')) },
);

/** One mutation; positions are taken modulo the current length, so any natural number will do. */
export type Mutation =
  | { op: 'deleteChars'; at: number; len: number }
  | { op: 'insertChars'; at: number; text: string }
  | { op: 'replaceChars'; at: number; len: number; text: string }
  | { op: 'deleteLines'; at: number; len: number }
  | { op: 'insertLine'; at: number; text: string }
  | { op: 'replaceLine'; at: number; text: string }
  | { op: 'replaceValue'; at: number; text: string }
  | { op: 'swapLines'; at: number; other: number }
  | { op: 'duplicateLines'; at: number; len: number; times: number }
  | { op: 'indentLine'; at: number; by: number };

const at = fc.nat();
/** Replaces the value of a line with one of {@link VALUES}: the YAML mostly stays valid. */
export const valueMutation: fc.Arbitrary<Mutation> = fc.record({ op: fc.constant('replaceValue' as const), at, text: fc.constantFrom(...VALUES) });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('deleteChars' as const), at, len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('insertChars' as const), at, text: piece }),
  fc.record({ op: fc.constant('replaceChars' as const), at, len: fc.integer({ min: 1, max: 10 }), text: piece }),
  fc.record({ op: fc.constant('deleteLines' as const), at, len: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('insertLine' as const), at, text: piece }),
  fc.record({ op: fc.constant('replaceLine' as const), at, text: piece }),
  // Values keep the YAML structure, so these mostly reach the schema and the linter.
  { weight: 5, arbitrary: valueMutation },
  fc.record({ op: fc.constant('replaceValue' as const), at, text: piece }),
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swapLines' as const), at, other: at }) },
  fc.record({ op: fc.constant('duplicateLines' as const), at, len: fc.integer({ min: 1, max: 6 }), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('indentLine' as const), at, by: fc.integer({ min: -4, max: 4 }) }),
);

export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = m.at % lines.length;
  switch (m.op) {
    case 'deleteChars': {
      const p = m.at % (text.length + 1);
      return text.slice(0, p) + text.slice(p + m.len);
    }
    case 'insertChars': {
      const p = m.at % (text.length + 1);
      return text.slice(0, p) + m.text + text.slice(p);
    }
    case 'replaceChars': {
      const p = m.at % (text.length + 1);
      return text.slice(0, p) + m.text + text.slice(p + m.len);
    }
    case 'deleteLines':
      lines.splice(li, m.len);
      break;
    case 'insertLine': {
      // Keep the indentation of the line below, so the new line often parses and reaches the schema.
      const indent = /^\s*/.exec(lines[li]!)![0];
      lines.splice(li, 0, indent + m.text);
      break;
    }
    case 'replaceLine':
      lines[li] = m.text;
      break;
    case 'replaceValue': {
      const line = lines[li]!;
      const colon = line.indexOf(': ');
      // "key: value" → "key: TEXT"; "key:" (a block follows) → "key: TEXT"; anything else → append.
      lines[li] = colon >= 0 ? line.slice(0, colon + 2) + m.text : line.endsWith(':') ? `${line} ${m.text}` : line + m.text;
      break;
    }
    case 'swapLines': {
      const lj = m.other % lines.length;
      [lines[li], lines[lj]] = [lines[lj]!, lines[li]!];
      break;
    }
    case 'duplicateLines': {
      const block = lines.slice(li, li + m.len);
      lines.splice(li + block.length, 0, ...Array.from({ length: m.times }, () => block).flat());
      break;
    }
    case 'indentLine':
      lines[li] = m.by >= 0 ? ' '.repeat(m.by) + lines[li] : lines[li]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
  }
  return lines.join('\n');
}

/**
 * The minimal pack, mutated; a third of the time split into two files before a top-level key (so
 * that the split itself does not break the YAML), sometimes with an empty file besides.
 */
export const mutatedPack: fc.Arbitrary<PackSourceFile[]> = fc
  .record({
    mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    split: fc.option(fc.nat(), { nil: undefined, freq: 2 }),
    extraEmpty: fc.boolean(),
  })
  .map(({ mutations, split, extraEmpty }) => {
    const text = mutations.reduce(mutate, MINIMAL_TEXT);
    const files: PackSourceFile[] = [];
    const lines = text.split('\n');
    const cuts = lines.flatMap((l, i) => (i > 0 && /^[^\s#]/.test(l) ? [i] : []));
    if (split === undefined || cuts.length === 0) files.push({ file: 'pack.yaml', text });
    else {
      const cut = cuts[split % cuts.length]!;
      files.push({ file: 'pack.yaml', text: lines.slice(0, cut).join('\n') }, { file: 'organisation/rows.yaml', text: lines.slice(cut).join('\n') });
    }
    if (extraEmpty) files.push({ file: 'empty.yml', text: '' });
    return files;
  });
