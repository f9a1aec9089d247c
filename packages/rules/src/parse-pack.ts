import { type Issue, type Lang, type Manifest, type PackContent, createIssue, fail, hasErrors, ok, type Result } from '@motcua/core';
import { z } from 'zod';
import { PackFileSchema, SECTIONS, type Section } from './file-schema.js';
import { type YamlSource, locate, parseYaml, positionOf } from './yaml-source.js';
import { fromZodIssues } from './zod-issues.js';

/** One file of a pack, as text. */
export interface PackSourceFile {
  /** The name reported in issues, e.g. `packs/hanoi/phases.yaml`. */
  readonly file: string;
  readonly text: string;
}

/** Where a row of a pack was declared. */
export interface RowOrigin {
  readonly source: YamlSource;
  readonly path: readonly (string | number)[];
}

/** A pack whose files parsed and fit the schema, with the origin of every row (for positions). */
export interface ParsedPack {
  readonly content: PackContent;
  readonly origins: ReadonlyMap<object, RowOrigin>;
}

/** Options of the loader. */
export interface LoadOptions {
  /** Language of the messages (default `en`). */
  readonly lang?: Lang;
  /** The pack's folder, named by issues that concern the pack as a whole. */
  readonly root?: string;
}


const LOCALES = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

/**
 * Parses and validates the files of a pack and merges their sections. Pure: the caller reads the
 * files. Never throws for bad input: YAML syntax errors, shapes that do not fit the schema and a
 * missing or repeated `pack:` block come back as issues with `file:line:col`.
 */
export function parsePackSources(files: readonly PackSourceFile[], options: LoadOptions = {}): Result<ParsedPack> {
  const lang = options.lang ?? 'en';
  const issues: Issue[] = [];
  const origins = new Map<object, RowOrigin>();
  const merged = Object.fromEntries(SECTIONS.map((s) => [s, [] as unknown[]])) as Record<Section, unknown[]>;
  let manifest: { value: Manifest; file: string } | undefined;

  for (const { file, text } of files) {
    let source: YamlSource;
    let data: unknown;
    try {
      source = parseYaml(file, text);
      if (source.doc.errors.length > 0) {
        for (const e of source.doc.errors) {
          issues.push(createIssue('PACK_YAML_SYNTAX', { detail: firstLine(e.message) }, { file, ...positionOf(source, e.pos[0]), lang }));
        }
        continue;
      }
      data = source.doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      // The YAML library throws for alias bombs and a few malformed inputs instead of reporting them.
      issues.push(createIssue('PACK_YAML_SYNTAX', { detail: firstLine(error instanceof Error ? error.message : String(error)) }, { file, line: 1, col: 1, lang }));
      continue;
    }
    if (data === null || data === undefined) continue; // an empty file declares nothing
    if (typeof data !== 'object' || Array.isArray(data)) {
      issues.push(createIssue('PACK_NOT_A_MAPPING', {}, { file, ...locate(source, []), lang }));
      continue;
    }
    if (isFormatVersionWrong(data)) {
      const found = String((data as { pack: { formatVersion: unknown } }).pack.formatVersion);
      issues.push(createIssue('PACK_FORMAT_VERSION', { found, supported: '1' }, { file, ...locate(source, ['pack', 'formatVersion']), path: ['pack', 'formatVersion'], lang }));
      continue;
    }
    const parsed = PackFileSchema.safeParse(data, { error: LOCALES[lang] });
    if (!parsed.success) {
      const found = fromZodIssues(parsed.error.issues, data, source, lang, PackFileSchema);
      issues.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0)));
      continue;
    }
    const value = parsed.data;
    if (value.pack) {
      if (manifest) {
        issues.push(createIssue('PACK_DUPLICATE_MANIFEST', { other: manifest.file }, { file, ...locate(source, ['pack']), path: ['pack'], lang }));
      } else {
        manifest = { value: value.pack, file };
        origins.set(value.pack, { source, path: ['pack'] });
      }
    }
    for (const section of SECTIONS) {
      const rows = value[section] as object[] | undefined;
      rows?.forEach((row, index) => {
        origins.set(row, { source, path: [section, index] });
        merged[section].push(row);
      });
    }
  }

  // No file is to blame for a missing manifest, so the issue names the pack's folder when known.
  if (!manifest && !hasErrors(issues)) issues.push(createIssue('PACK_NO_MANIFEST', {}, { ...(options.root ? { file: options.root } : {}), lang }));
  if (hasErrors(issues) || !manifest) return fail(issues);
  const content = { manifest: manifest.value, ...merged } as unknown as PackContent;
  return ok({ content, origins }, issues);
}

function isFormatVersionWrong(data: object): boolean {
  const pack = (data as { pack?: unknown }).pack;
  if (!pack || typeof pack !== 'object' || !('formatVersion' in pack)) return false;
  const v = (pack as { formatVersion: unknown }).formatVersion;
  return typeof v === 'number' && v !== 1;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
