import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Code, type Issue, type Severity, isCode } from '@motcua/core';
import { expect } from 'vitest';
import { type PackSourceFile, loadPackSources } from '../src/index.js';

/** Folder of the minimal valid pack that the loader tests start from. */
export const MINIMAL_DIR = fileURLToPath(new URL('./fixtures/minimal/', import.meta.url));

/** Text of `fixtures/minimal/pack.yaml` (it ends with a newline, so its last "line" is empty). */
export const MINIMAL_TEXT = readFileSync(new URL('./fixtures/minimal/pack.yaml', import.meta.url), 'utf8');

/**
 * One edit of the minimal pack, addressed by the 1-based line number of the ORIGINAL text. Each
 * edit states what the line holds today, so that a change of the fixture breaks the tests loudly
 * instead of silently shifting the hand-computed positions.
 */
export type Edit =
  | { readonly kind: 'sub'; readonly line: number; readonly from: string; readonly to: string }
  | { readonly kind: 'set'; readonly line: number; readonly old: string; readonly text: string }
  | { readonly kind: 'insert'; readonly after: number; readonly lines: readonly string[] }
  | { readonly kind: 'delete'; readonly line: number; readonly old: readonly string[] };

/** On line `line`, replace the only occurrence of `from` with `to`. */
export const sub = (line: number, from: string, to: string): Edit => ({ kind: 'sub', line, from, to });
/** Replace the whole of line `line` (which must read `old`) with `text`. */
export const set = (line: number, old: string, text: string): Edit => ({ kind: 'set', line, old, text });
/** Insert `lines` after line `after` (0 inserts at the top). */
export const insert = (after: number, ...lines: string[]): Edit => ({ kind: 'insert', after, lines });
/** Delete the lines starting at `line`, which must read `old` (one string per line). */
export const del = (line: number, ...old: string[]): Edit => ({ kind: 'delete', line, old });

/** Applies `edits` to `text`, bottom-up so that every edit keeps addressing the original lines. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const lines = text.split('\n');
  const anchor = (e: Edit) => (e.kind === 'insert' ? e.after + 0.5 : e.line);
  for (const e of [...edits].sort((a, b) => anchor(b) - anchor(a))) {
    switch (e.kind) {
      case 'sub': {
        const current = lineAt(lines, e.line);
        if (current.split(e.from).length !== 2) throw new Error(`line ${e.line} must contain ${JSON.stringify(e.from)} once: ${JSON.stringify(current)}`);
        lines[e.line - 1] = current.replace(e.from, () => e.to);
        break;
      }
      case 'set':
        if (lineAt(lines, e.line) !== e.old) throw new Error(`line ${e.line} is ${JSON.stringify(lines[e.line - 1])}, not ${JSON.stringify(e.old)}`);
        lines[e.line - 1] = e.text;
        break;
      case 'insert':
        if (e.after < 0 || e.after > lines.length) throw new Error(`cannot insert after line ${e.after}`);
        lines.splice(e.after, 0, ...e.lines);
        break;
      case 'delete':
        e.old.forEach((old, i) => {
          if (lineAt(lines, e.line + i) !== old) throw new Error(`line ${e.line + i} is ${JSON.stringify(lines[e.line + i - 1])}, not ${JSON.stringify(old)}`);
        });
        lines.splice(e.line - 1, e.old.length);
        break;
    }
  }
  return lines.join('\n');
}

function lineAt(lines: readonly string[], line: number): string {
  const text = lines[line - 1];
  if (text === undefined) throw new Error(`no line ${line}`);
  return text;
}

/** The parts of an issue the tests compare exactly. */
export function where(issue: Issue): { code: string; severity: string; file: string | undefined; line: number | undefined; col: number | undefined } {
  return { code: issue.code, severity: issue.severity, file: issue.file, line: issue.line, col: issue.col };
}

/** The minimal pack together with one more file, `file`, holding `text` after `edits`. */
export function minimalWith(file: string, text: string, edits: readonly Edit[] = []): PackSourceFile[] {
  return [
    { file: 'pack.yaml', text: MINIMAL_TEXT },
    { file, text: applyEdits(text, edits) },
  ];
}

/** A linter case: edits of a valid fixture file and every issue they must give, in order, all in that file. */
export interface LintCase {
  readonly name: string;
  readonly edits: readonly Edit[];
  /** Whether the pack still loads (only warnings). Default false. */
  readonly ok?: boolean;
  readonly issues: readonly { code: Code; severity?: Severity; line: number; col: number; params?: Record<string, unknown> }[];
}

/**
 * Loads the minimal pack with `file` (its valid `text` after the case's edits) in English and in
 * Vietnamese, and checks the case's issues: code, severity and position, the same in both
 * languages, with messages that differ between them and never print "undefined".
 */
export function checkLintCase(file: string, text: string, c: LintCase): void {
  const en = loadPackSources(minimalWith(file, text, c.edits), { lang: 'en' });
  const vi = loadPackSources(minimalWith(file, text, c.edits), { lang: 'vi' });
  expect(en.ok).toBe(c.ok ?? false);
  expect(vi.ok).toBe(en.ok);
  expect(en.issues.map(where)).toEqual(c.issues.map((e) => ({ code: e.code, severity: e.severity ?? 'error', file, line: e.line, col: e.col })));
  c.issues.forEach((e, i) => {
    if (e.params) expect(en.issues[i]!.params).toMatchObject(e.params);
  });
  expect(vi.issues.map(where)).toEqual(en.issues.map(where));
  en.issues.forEach((issue, i) => {
    expect(isCode(issue.code)).toBe(true);
    expect(issue.message.trim()).not.toBe('');
    expect(vi.issues[i]!.message).not.toBe(issue.message);
    expect(`${issue.message}${vi.issues[i]!.message}`).not.toContain('undefined');
  });
}
