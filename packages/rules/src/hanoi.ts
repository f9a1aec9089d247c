import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MotcuaError, type Result, formatIssue } from '@motcua/core';
import { loadCompiledPack, sourceHash } from './compiled.js';
import { type Pack, loadPack, readPackDir } from './load-pack.js';
import type { LoadOptions } from './parse-pack.js';

/** The folder of the bundled Hanoi pack's YAML sources (`packs/hanoi` in this package). */
export function hanoiPackDir(): string {
  // Both src/ (from source) and dist/ (built) sit one level below the package root.
  return fileURLToPath(new URL('../packs/hanoi', import.meta.url));
}

/** The compiled form of the bundled Hanoi pack (`pnpm pack:compile` writes it). */
export function hanoiCompiledPath(): string {
  return fileURLToPath(new URL('../packs/hanoi.compiled.json', import.meta.url));
}

const cache = new Map<string, Pack>();

/**
 * The bundled Hanoi pack, loaded once per process and language. It is read from its compiled form
 * when that matches the YAML sources, and from the sources otherwise (slower, same answers). The
 * pack ships validated, so a failure here is a defect of the package and throws a
 * {@link MotcuaError} with code `INVALID_PACK_DATA`. `fresh: true` bypasses the cache.
 */
export function hanoiPack(options: LoadOptions & { fresh?: boolean } = {}): Pack {
  const lang = options.lang ?? 'en';
  const hit = options.fresh ? undefined : cache.get(lang);
  if (hit) return hit;
  const dir = hanoiPackDir();
  const files = readPackDir(dir, lang);
  const result: Result<Pack> = (files.ok ? fromCompiled(sourceHash(files.value, dir), lang) : undefined) ?? loadPack(dir, { lang });
  if (!result.ok) throw new MotcuaError('INVALID_PACK_DATA', { detail: result.issues.slice(0, 3).map(formatIssue).join(' | ') });
  const pack = { ...result.value, dir };
  cache.set(lang, pack);
  return pack;
}

function fromCompiled(hash: string, lang: 'vi' | 'en'): Result<Pack> | undefined {
  let text: string;
  try {
    text = readFileSync(hanoiCompiledPath(), 'utf8');
  } catch {
    return undefined;
  }
  // A stale compiled file (sources edited since) is ignored rather than trusted.
  if (!text.includes(`"sourceHash":"${hash}"`)) return undefined;
  const result = loadCompiledPack(text, lang);
  return result.ok ? result : undefined;
}
