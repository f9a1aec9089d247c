import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../src/index.js';

describe('YAML aliases', () => {
  it('reports a self-referencing alias as a bad value with its position, without crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-alias-'));
    cpSync(join(import.meta.dirname, '../../../docs/examples/worked-pack'), dir, { recursive: true });
    writeFileSync(join(dir, 'circular.yaml'), 'units:\n  - id: x\n    kind: &a [*a]\n');
    const r = loadPack(dir, { lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.issues.find((i) => i.code === 'PACK_INVALID_CHOICE')).toMatchObject({ line: 3, message: expect.stringContaining('[circular]') });
  });
});
