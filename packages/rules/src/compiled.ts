import { createHash } from 'node:crypto';
import { type Lang, type PackContent, type Result, createIssue, createOrganisation, fail, ok } from '@motcua/core';
import { z } from 'zod';
import { PackFileSchema } from './file-schema.js';
import type { Pack } from './load-pack.js';
import type { PackSourceFile } from './parse-pack.js';

/**
 * A pack compiled from its YAML files: the merged, validated, linted content as one JSON document,
 * with a hash of the sources it came from. Parsing 12,000 lines of YAML with positions costs about
 * half a second; reading this costs a few milliseconds, so the bundled pack ships compiled and the
 * YAML stays the source that integrators edit and lint.
 */
export interface CompiledPack {
  readonly compiledFormat: 1;
  readonly sourceHash: string;
  readonly content: PackContent;
}

const CompiledSchema = z.strictObject({
  compiledFormat: z.literal(1),
  sourceHash: z.string(),
  content: PackFileSchema.omit({ $schema: true, pack: true }).extend({ manifest: PackFileSchema.shape.pack.unwrap() }).required(),
});

/** A stable hash of a pack's source files (names relative to the pack and texts). */
export function sourceHash(files: readonly PackSourceFile[], root: string): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    hash.update(f.file.slice(root.length)).update('\0').update(f.text).update('\0');
  }
  return hash.digest('hex');
}

/** Compiles a loaded pack (which has passed the linter) together with the hash of its sources. */
export function compilePack(pack: Pack, hash: string): CompiledPack {
  return { compiledFormat: 1, sourceHash: hash, content: pack.org.content };
}

/** Reads a compiled pack, checking its shape (not its lint: it was linted when compiled). */
export function loadCompiledPack(json: string, lang: Lang = 'en'): Result<Pack> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail([createIssue('PACK_INVALID_VALUE', { detail: (error as Error).message }, { lang })]);
  }
  const parsed = CompiledSchema.safeParse(data);
  if (!parsed.success) return fail([createIssue('PACK_INVALID_VALUE', { detail: z.prettifyError(parsed.error).split('\n')[0] }, { lang })]);
  const content = parsed.data.content as unknown as PackContent;
  return ok({ org: createOrganisation(content), parsed: { content, origins: new Map() }, warnings: [] });
}
