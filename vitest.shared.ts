import { defineProject } from 'vitest/config';

// Tests import sibling packages from their TypeScript source. Vite 8 only applies a custom condition
// to node tests through ssr.resolve.conditions, and setting it replaces the defaults, so they are
// listed again.
const conditions = ['@motcua/source', 'module', 'node', 'development|production'];

export function project(name: string, include = ['src/**/*.test.ts']) {
  return defineProject({
    ssr: { resolve: { conditions } },
    resolve: { conditions },
    // Loading the Hanoi pack from YAML takes about a second on a loaded 2-core machine.
    test: { name, environment: 'node', include, testTimeout: 30_000 },
  });
}
