import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proceduresToYaml } from '@motcua/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { proceduresImportCommand } from '../packages/cli/src/commands/procedures-import.js';
import { CommandFailure, type Io, exitCodeFor, printIssues } from '../packages/cli/src/io.js';

const national = (name: string): unknown => JSON.parse(readFileSync(new URL(`../packages/rules/test/fixtures/national/${name}`, import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'motcua-procedures-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

const ALL = write('catalogue.json', ['lay-danh-sach-tthc.json', 'lay-thu-tuc-1.001193.json', 'lay-thu-tuc-1.999001.json', 'lay-thu-tuc-1.999002.json'].map(national));
const KHAI_SINH = write('khai-sinh.json', national('lay-thu-tuc-1.001193.json'));
const MAP = write('agency-map.json', { '000.00.12.H26': 'so-tai-chinh' });

/** Calls the command as `motcua procedures import …` would, catching its failures the way `run` does. */
function importCli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  let code: number;
  try {
    code = proceduresImportCommand(argv, io);
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    printIssues(io, error.issues, { json: argv.includes('--json') });
    code = exitCodeFor(error.issues);
  }
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), json: () => JSON.parse(out.join('\n')) };
}

describe('motcua procedures import', () => {
  it('prints the procedures as pack YAML on stdout and the records it could not import on stderr (exit 2)', () => {
    const r = importCli(ALL, '--agency-map', MAP, '--valid-from', '2025-07-01', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout.startsWith('# Procedures imported from the national TTHC database')).toBe(true);
    expect(r.stdout).toContain('file catalogue.json');
    // The YAML itself is checked against the pack loader in packages/rules/test/import-national.test.ts.
    expect([...r.stdout.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1])).toEqual(['tthc-1-001193', 'tthc-1-999001', 'tthc-1-999002']);
    expect([...r.stdout.matchAll(/^ {4}agency: (\S+)$/gm)].map((m) => m[1])).toEqual(['so-tai-chinh']);
    expect([...r.stdout.matchAll(/validFrom: (\S+)$/gm)].map((m) => m[1])).toEqual(['2025-07-01', '2025-07-01', '2025-07-01']);
    expect(r.stderr.split('\n')).toEqual([
      '3.message.result.0.CAPTHUCHIEN warning RECORD_BAD_FIELD Field "CAPTHUCHIEN" has the invalid value "district, commune"; expected one level (imported at district; give the level to choose).',
      '0.result.3 RECORD_MISSING_FIELD The record lacks the required field "CACHTHUCTHUCHIEN".',
    ]);
  });

  it('exits 0 with nothing on stderr when every record is imported', () => {
    const r = importCli(KHAI_SINH, '--valid-from', '2025-07-01');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('id: tthc-1-001193');
  });

  it('prints {procedures, issues} with --json', () => {
    const r = importCli(ALL, '--agency-map', MAP, '--valid-from', '2025-07-01', '--json', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const json = r.json();
    expect(Object.keys(json)).toEqual(['procedures', 'issues']);
    expect(json.procedures.map((p: { code: string }) => p.code)).toEqual(['1.001193', '1.999001', '1.999002']);
    expect(json.issues.map((i: { code: string; severity: string; path: string }) => `${i.severity} ${i.code} ${i.path}`)).toEqual([
      'warning RECORD_BAD_FIELD 3.message.result.0.CAPTHUCHIEN',
      'error RECORD_MISSING_FIELD 0.result.3',
    ]);
  });

  it('writes the YAML to --out and says so', () => {
    const out = join(dir, 'procedures.yaml');
    const r = importCli(KHAI_SINH, '--valid-from', '2025-07-01', '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote 1 procedure to ${out}.`);
    const json = importCli(KHAI_SINH, '--valid-from', '2025-07-01', '--json').json();
    expect(readFileSync(out, 'utf8')).toBe(proceduresToYaml(json.procedures, { source: 'khai-sinh.json' }));
    expect(importCli(KHAI_SINH, '--valid-from', '2025-07-01', '--out', out, '--lang', 'vi').stdout).toBe(`Đã ghi 1 thủ tục vào ${out}.`);
  });

  it('gives --agency to the procedures not in the map and --level to all', () => {
    const r = importCli(ALL, '--agency', 'so-tai-chinh', '--level', 'commune', '--valid-from', '2025-07-01', '--json');
    const procedures = r.json().procedures as { agency?: string; level: string }[];
    expect(procedures.map((p) => [p.agency, p.level])).toEqual([
      ['so-tai-chinh', 'commune'],
      ['so-tai-chinh', 'commune'],
      ['so-tai-chinh', 'commune'],
    ]);
  });

  it('dates the version today when --valid-from is absent', () => {
    const procedures = importCli(KHAI_SINH, '--json').json().procedures as { versions: { validFrom: string }[] }[];
    expect(procedures[0]!.versions[0]!.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    [[], 'INPUT_MISSING_ARGUMENT'],
    [[join(dir, 'missing.json')], 'INPUT_BAD_OPTION_FILE'],
    [['BROKEN'], 'INPUT_BAD_OPTION_FILE'],
    [['KHAI_SINH', '--level', 'province'], 'INPUT_BAD_CHOICE'],
    [['KHAI_SINH', '--valid-from', '2025-02-30'], 'INPUT_BAD_TIME'],
    [['KHAI_SINH', '--agency', 'Sở Tư pháp'], 'INPUT_BAD_VALUE'],
    [['KHAI_SINH', '--agency-map', 'BAD_MAP'], 'INPUT_BAD_OPTION_FILE'],
    [['KHAI_SINH', '--agency-map', 'LIST_MAP'], 'INPUT_BAD_OPTION_FILE'],
    [['KHAI_SINH', '--agency-map'], 'INPUT_OPTION_VALUE'],
    [['KHAI_SINH', 'extra.json'], 'INPUT_UNEXPECTED_ARGUMENT'],
    [['KHAI_SINH', '--out', join(dir, 'no', 'such', 'dir.yaml')], 'INPUT_BAD_OPTION_FILE'],
  ])('%j fails with %s (exit 2)', (args, code) => {
    const files: Record<string, string> = {
      KHAI_SINH,
      BROKEN: write('broken.json', '{"error_code": 0, "result": ['),
      BAD_MAP: write('bad-map.json', { '000.00.12.H26': 'Sở Tài chính' }),
      LIST_MAP: write('list-map.json', ['so-tai-chinh']),
    };
    const r = importCli(...args.map((a) => files[a] ?? a), '--json', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.json().issues.map((i: { code: string }) => i.code)).toEqual([code]);
  });

  it('tells its failures in Vietnamese by default', () => {
    const r = importCli(join(dir, 'missing.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^INPUT_BAD_OPTION_FILE Tệp .*missing\.json không dùng được: /);
  });
});
