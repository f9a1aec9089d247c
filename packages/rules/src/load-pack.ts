import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Issue, type Lang, type Organisation, type Result, createIssue, createOrganisation, fail, hasErrors, ok } from '@motcua/core';
import { lintPack } from './lint.js';
import { type LoadOptions, type PackSourceFile, type ParsedPack, parsePackSources } from './parse-pack.js';

/** A loaded, validated and linted rule pack. */
export interface Pack {
  /** The folder it was read from (absent for packs built from text). */
  readonly dir?: string;
  readonly org: Organisation;
  readonly parsed: ParsedPack;
  /** Warnings the linter reported; a pack with errors is not returned. */
  readonly warnings: readonly Issue[];
}

/**
 * Reads every `*.yaml`/`*.yml` file under `dir` (sorted, recursively) for {@link parsePackSources}.
 * Files are named in issues by their path as `dir` was given.
 */
export function readPackDir(dir: string, lang: Lang = 'en'): Result<PackSourceFile[]> {
  try {
    if (!statSync(dir).isDirectory()) return fail([createIssue('PACK_NOT_FOUND', { path: dir }, { file: dir, lang })]);
  } catch {
    return fail([createIssue('PACK_NOT_FOUND', { path: dir }, { file: dir, lang })]);
  }
  const files: PackSourceFile[] = [];
  const issues: Issue[] = [];
  const entries = listYaml(dir, (path, error) => issues.push(createIssue('PACK_READ_FAILED', { detail: error.message }, { file: join(dir, path), lang })));
  for (const path of entries) {
    const file = join(dir, path);
    try {
      files.push({ file, text: readFileSync(file, 'utf8') });
    } catch (error) {
      issues.push(createIssue('PACK_READ_FAILED', { detail: (error as Error).message }, { file, lang }));
    }
  }
  if (files.length === 0 && issues.length === 0) issues.push(createIssue('PACK_NOT_FOUND', { path: dir }, { file: dir, lang }));
  return issues.length > 0 ? fail(issues) : ok(files);
}

/** Relative paths of the YAML files under `root`; an entry that cannot be read is reported, not fatal. */
function listYaml(root: string, onError: (path: string, error: Error) => void): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      onError(relative(root, dir).split(sep).join('/') || '.', error as Error);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const rel = relative(root, full).split(sep).join('/');
      try {
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.ya?ml$/.test(name)) out.push(rel);
      } catch (error) {
        if (/\.ya?ml$/.test(name)) onError(rel, error as Error);
      }
    }
  };
  walk(root);
  return out;
}

/** Parses, validates and lints pack files given as text. Pure. */
export function loadPackSources(files: readonly PackSourceFile[], options: LoadOptions = {}): Result<Pack> {
  const parsed = parsePackSources(files, options);
  if (!parsed.ok) return parsed;
  const issues = [...parsed.issues, ...lintPack(parsed.value, options)];
  if (hasErrors(issues)) return fail(issues);
  return ok({ org: createOrganisation(parsed.value.content), parsed: parsed.value, warnings: issues }, issues);
}

/**
 * Loads the rule pack in folder `dir`: reads, validates against the schema, lints, and builds the
 * organisation. Errors come back as issues with `file:line:col`; nothing is thrown for bad files.
 *
 * @example
 * ```ts
 * const result = loadPack('packs/hanoi', { lang: 'vi' });
 * if (!result.ok) for (const issue of result.issues) console.error(formatIssue(issue));
 * ```
 */
export function loadPack(dir: string, options: LoadOptions = {}): Result<Pack> {
  const files = readPackDir(dir, options.lang);
  if (!files.ok) return files;
  const result = loadPackSources(files.value, { root: dir, ...options });
  return result.ok ? ok({ ...result.value, dir }, result.issues) : result;
}
