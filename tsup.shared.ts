import { defineConfig } from 'tsup';

/** The build every package shares: ESM + CJS + types for Node 20, one entry per export. */
export function packageBuild(entry: string[] = ['src/index.ts'], dtsEntry: string[] = entry) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: { entry: dtsEntry },
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
    // import.meta.url (used to find the bundled pack) also works in the CJS build.
    shims: true,
  });
}
