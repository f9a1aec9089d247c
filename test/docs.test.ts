import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CODES } from '@motcua/core';
import { loadPack } from '@motcua/rules';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('docs stay true to the code', () => {
  it('documents every code of the table in docs/errors.md', () => {
    const page = readFileSync(`${root}docs/errors.md`, 'utf8');
    const missing = Object.keys(CODES).filter((code) => !page.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('ships a worked example pack that loads without errors', () => {
    const r = loadPack(`${root}docs/examples/worked-pack`);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.message}`)).toEqual([]);
  });
});
