import { fileURLToPath } from 'node:url';
import { MotcuaError, formatIssue } from '@motcua/core';
import { type Pack, loadPack } from './load-pack.js';
import type { LoadOptions } from './parse-pack.js';

/** The folder of the bundled Hanoi pack (`packs/hanoi` in this package). */
export function hanoiPackDir(): string {
  // Both src/ (from source) and dist/ (built) sit one level below the package root.
  return fileURLToPath(new URL('../packs/hanoi', import.meta.url));
}

let cached: { lang: string; pack: Pack } | undefined;

/**
 * The bundled Hanoi pack, loaded once per process. It ships validated, so a failure here is a
 * defect of the package and throws a {@link MotcuaError} with code `INVALID_PACK_DATA`.
 */
export function hanoiPack(options: LoadOptions = {}): Pack {
  const lang = options.lang ?? 'en';
  if (cached?.lang === lang) return cached.pack;
  const result = loadPack(hanoiPackDir(), { lang });
  if (!result.ok) throw new MotcuaError('INVALID_PACK_DATA', { detail: result.issues.slice(0, 3).map(formatIssue).join('; ') });
  cached = { lang, pack: result.value };
  return result.value;
}
