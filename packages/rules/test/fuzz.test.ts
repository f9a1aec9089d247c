import { type Lang, type Result, formatIssue, isCode } from '@motcua/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Pack, type PackSourceFile, loadPackSources } from '../src/index.js';
import { MINIMAL_TEXT } from './helpers.js';
import { mutate, mutatedPack, piece, valueMutation } from './mutations.js';

/**
 * Robustness of the loader: whatever text it is given, `loadPackSources` returns (never throws,
 * never hangs) and every issue it reports is well formed and points into one of the input files.
 */

/** Longest a single load may take. A load of the minimal pack takes a few milliseconds. */
const MAX_MS = 2_000;

const SEVERITIES = new Set(['error', 'warning', 'info']);

/**
 * What is wrong with a result for `files` (empty when nothing is). Plain checks rather than one
 * `expect` per field: a YAML cascade can report hundreds of issues and this runs 1,000 times.
 */
function problemsOf(result: Result<Pack>, files: readonly PackSourceFile[]): string[] {
  const names = new Set(files.map((f) => f.file));
  const problems: string[] = [];
  if (!result.ok && result.issues.length === 0) problems.push('failed without any issue');
  if (result.ok && result.issues.some((i) => i.severity === 'error')) problems.push('succeeded with an error');
  for (const issue of result.issues) {
    const bad = (what: string) => problems.push(`${what}: ${JSON.stringify(issue)}`);
    if (!isCode(issue.code)) bad('unknown code');
    if (!SEVERITIES.has(issue.severity)) bad('unknown severity');
    if (typeof issue.message !== 'string' || issue.message.trim() === '') bad('empty message');
    // A missing manifest is the one issue no file is to blame for: from text, it names no file.
    const fileless = issue.code === 'PACK_NO_MANIFEST' && issue.file === undefined;
    if (!fileless && (issue.file === undefined || !names.has(issue.file))) bad('file is not one of the inputs');
    if (issue.line !== undefined) {
      if (!Number.isInteger(issue.line) || issue.line < 1) bad('line < 1');
      if (!Number.isInteger(issue.col) || issue.col! < 1) bad('col < 1');
    } else if (issue.col !== undefined) bad('col without line');
    if (formatIssue(issue).trim() === '') bad('formatIssue is empty');
  }
  return problems;
}

/** Asserts the invariants of a result for `files`. */
function checkResult(result: Result<Pack>, files: readonly PackSourceFile[]): void {
  expect(problemsOf(result, files)).toEqual([]);
}

/** Loads, timing the call. An exception fails the property with the input that caused it. */
function timedLoad(files: readonly PackSourceFile[], lang: Lang): Result<Pack> {
  const start = performance.now();
  const result = loadPackSources(files, { lang });
  const elapsed = performance.now() - start;
  expect(elapsed, `load took ${elapsed.toFixed(0)} ms`).toBeLessThan(MAX_MS);
  return result;
}

const lang = fc.constantFrom<Lang>('en', 'vi');

/** How far an input got: the stage that stopped it, or `ok`. */
type Stage = 'yaml' | 'schema' | 'lint' | 'ok';
const SCHEMA_CODES = new Set(['PACK_NOT_A_MAPPING', 'PACK_UNKNOWN_KEY', 'PACK_MISSING_FIELD', 'PACK_INVALID_VALUE', 'PACK_INVALID_CHOICE', 'PACK_FORMAT_VERSION', 'PACK_NO_MANIFEST', 'PACK_DUPLICATE_MANIFEST']);
function stageOf(result: Result<Pack>): Stage {
  if (result.ok) return 'ok';
  if (result.issues.some((i) => i.code === 'PACK_YAML_SYNTAX')) return 'yaml';
  return result.issues.some((i) => SCHEMA_CODES.has(i.code)) ? 'schema' : 'lint';
}

/** Runs the property on `runs` inputs and returns how far they got. */
function fuzz(inputs: fc.Arbitrary<PackSourceFile[]>, runs: number): Record<Stage, number> {
  const stages: Record<Stage, number> = { yaml: 0, schema: 0, lint: 0, ok: 0 };
  fc.assert(
    fc.property(inputs, lang, (files, l) => {
      const result = timedLoad(files, l);
      stages[stageOf(result)]++;
      checkResult(result, files);
    }),
    { numRuns: runs },
  );
  return stages;
}

describe('fuzzing the loader', () => {
  it('the mutation helpers do mutate', () => {
    expect(mutate(MINIMAL_TEXT, { op: 'deleteLines', at: 1, len: 1 })).not.toContain('\npack:\n');
    expect(mutate(MINIMAL_TEXT, { op: 'replaceValue', at: 2, text: '[' })).toContain('\n  id: [\n');
    expect(mutate(MINIMAL_TEXT, { op: 'swapLines', at: 1, other: 2 })).toMatch(/^#.*\n {2}id: minimal\npack:\n/);
    expect(mutate('a\nb', { op: 'duplicateLines', at: 1, len: 1, times: 2 })).toBe('a\nb\nb\nb');
    expect(mutate('a\n    b', { op: 'indentLine', at: 1, by: -2 })).toBe('a\n  b');
    expect(mutate('ab', { op: 'insertChars', at: 1, text: '\0' })).toBe('a\0b');
  });

  it('the invariant check catches a malformed issue', () => {
    const files = [{ file: 'pack.yaml', text: '' }];
    const issue = { code: 'PACK_NO_MANIFEST', severity: 'error', message: 'm', params: {} } as const;
    expect(problemsOf({ ok: false, issues: [{ ...issue, code: 'PACK_YAML_SYNTAX' }] }, files)).toHaveLength(1); // no file
    expect(problemsOf({ ok: false, issues: [{ ...issue, file: 'other.yaml' }] }, files)).toHaveLength(1);
    expect(problemsOf({ ok: false, issues: [issue] }, files)).toEqual([]); // a missing manifest names no file
    expect(problemsOf({ ok: false, issues: [{ ...issue, file: 'pack.yaml', line: 0, col: 1 }] }, files)).toHaveLength(1);
    expect(problemsOf({ ok: false, issues: [{ ...issue, file: 'pack.yaml', line: 1, col: 0 }] }, files)).toHaveLength(1);
    expect(problemsOf({ ok: false, issues: [{ ...issue, file: 'pack.yaml', message: ' ' }] }, files)).toHaveLength(1);
    expect(problemsOf({ ok: false, issues: [{ ...issue, file: 'pack.yaml', code: 'NOPE' as never }] }, files)).toHaveLength(1);
    expect(problemsOf({ ok: false, issues: [] }, files)).toHaveLength(1);
    expect(problemsOf({ ok: false, issues: [{ ...issue, file: 'pack.yaml', line: 3, col: 4 }] }, files)).toEqual([]);
  });

  it('never throws, never hangs, and reports only well-formed issues (1,000 mutated packs)', { timeout: 60_000 }, () => {
    const stages = fuzz(mutatedPack, 1000);
    // The mutations must reach past the YAML parser, and leave some packs intact.
    expect(stages.yaml).toBeGreaterThan(100);
    expect(stages.schema).toBeGreaterThan(50);
    expect(stages.ok).toBeGreaterThan(5);
  });

  it('the same for value edits, which mostly reach the schema and the linter (150 packs)', { timeout: 30_000 }, () => {
    const edited = fc.array(valueMutation, { minLength: 1, maxLength: 2 }).map((ms) => [{ file: 'pack.yaml', text: ms.reduce(mutate, MINIMAL_TEXT) }]);
    const stages = fuzz(edited, 150);
    expect(stages.schema).toBeGreaterThan(50);
    expect(stages.lint).toBeGreaterThan(2);
  });

  it('handles arbitrary text, not only near-YAML (100 inputs)', () => {
    fuzz(fc.string({ unit: 'binary', maxLength: 400 }).map((text) => [{ file: 'noise.yaml', text }]), 100);
  });

  it('handles random YAML-ish token soup (100 inputs)', () => {
    fuzz(fc.array(piece, { maxLength: 40 }).map((pieces) => [{ file: 'soup.yaml', text: pieces.join('') }]), 100);
  });
});

describe('resource exhaustion', () => {
  /** `a0: &a0 [x, x, …]`, then each level an anchor whose list repeats the previous one `width` times. */
  const aliasBomb = (levels: number, width: number) => {
    const out = [`a0: &a0 [${Array(width).fill('lol').join(', ')}]`];
    for (let i = 1; i < levels; i++) out.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
    return out.join('\n');
  };
  /** The same bomb as one flow sequence: `[&a0 [lol, …], &a1 [*a0, …], …]`. */
  const inlineBomb = (levels: number, width: number) => {
    const out = [`&a0 [${Array(width).fill('lol').join(', ')}]`];
    for (let i = 1; i < levels; i++) out.push(`&a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
    return `[${out.join(', ')}]`;
  };

  it.each([
    ['a billion laughs on its own', () => aliasBomb(10, 10)],
    ['a billion laughs inside a valid pack', () => `${MINIMAL_TEXT}${aliasBomb(10, 10).replace(/^a/gm, 'zz')}\n`],
    ['a bomb hidden in a row field', () => MINIMAL_TEXT.replace('    address: 1 Lạc Long Quân', `    address: ${inlineBomb(10, 10)}`)],
    ['a self-referential alias', () => 'units: &u [*u]\n'],
    ['a self-referential mapping inside a pack', () => `${MINIMAL_TEXT}x: &x { a: *x }\n`],
  ])('%s returns quickly with well-formed issues', (_, make) => {
    const files = [{ file: 'bomb.yaml', text: make() }];
    const result = timedLoad(files, 'en');
    expect(result.ok).toBe(false);
    checkResult(result, files);
  });

  it('reports the alias bomb as a YAML problem', () => {
    const result = timedLoad([{ file: 'bomb.yaml', text: aliasBomb(10, 10) }], 'vi');
    expect(result.issues.map((i) => i.code)).toEqual(['PACK_YAML_SYNTAX']);
  });

  it.each([
    ['deeply nested flow sequences', '['.repeat(5000) + ']'.repeat(5000)],
    ['deeply nested flow mappings', '{a: '.repeat(3000) + '}'.repeat(3000)],
    ['deeply nested block mappings', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
    ['deeply nested block sequences', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n')],
    ['a deep value inside a row', MINIMAL_TEXT.replace('    kind: branch', `    kind: ${'['.repeat(800)}${']'.repeat(800)}`)],
    ['a very long line', `pack:\n  id: ${'x'.repeat(2_000_000)}\n`],
    ['very many rows, all duplicates', MINIMAL_TEXT.replace('documents:\n', `documents:\n${'  - code: a\n    title: b\n    confidence: confirmed\n'.repeat(2000)}`)],
  ])('%s', (_, text) => {
    const files = [{ file: 'deep.yaml', text }];
    const result = timedLoad(files, 'en');
    expect(result.ok).toBe(false);
    checkResult(result, files);
  });
});
