import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CODES } from '@motcua/core';
import { hanoiPack, loadPack } from '@motcua/rules';
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

  it('documents every indicator of the Hanoi pack\'s KPI indices in docs/kpi.md, with its score rule and measure', () => {
    const page = readFileSync(`${root}docs/kpi.md`, 'utf8');
    const rows = hanoiPack({ lang: 'en' }).org.content.kpiIndices.flatMap((index) => index.groups.flatMap((g) => g.indicators));
    expect(rows.length).toBeGreaterThan(0);
    const missing = rows.filter((i) => !new RegExp(`^\\| ${i.id.replace(/\./g, '\\.')} \\|.*\\| ${i.max} \\|.*\\| ${i.score} \\| ${i.measure ? `\`${i.measure}\`` : 'not computable'} \\|`, 'm').test(page));
    expect(missing.map((i) => i.id)).toEqual([]);
  });
});
