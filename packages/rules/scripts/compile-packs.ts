/**
 * Compiles the bundled Hanoi pack into packs/hanoi.compiled.json after loading and linting its YAML
 * sources. Run it (`pnpm pack:compile`) after editing the pack; a test fails while it is stale.
 */
import { writeFileSync } from 'node:fs';
import { formatIssue } from '@motcua/core';
import { compilePack, hanoiCompiledPath, hanoiPackDir, loadPack, readPackDir, sourceHash } from '../src/index.js';

const dir = hanoiPackDir();
const files = readPackDir(dir);
const pack = loadPack(dir);
if (!files.ok || !pack.ok) {
  for (const issue of (files.ok ? pack : files).issues) console.error(formatIssue(issue));
  process.exit(3);
}
writeFileSync(hanoiCompiledPath(), `${JSON.stringify(compilePack(pack.value, sourceHash(files.value, dir)))}\n`);
console.log(`wrote ${hanoiCompiledPath()}`);
