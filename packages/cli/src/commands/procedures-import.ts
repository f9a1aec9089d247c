import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Issue, type Lang, IdSchema, createIssue, formatIssue, localDateOf, parseTimeInput } from '@motcua/core';
import { importNationalCatalogue, proceduresToYaml } from '@motcua/rules';
import { choiceOption, missingArgument, parse } from '../context.js';
import { CommandFailure, type Io, TEXT_ISSUE_LIMIT, exitCodeFor, issueJson, printJson } from '../io.js';

const USAGE = 'procedures import FILE|- [--agency-map FILE.json] [--agency A] [--level city|district|commune] [--valid-from YYYY-MM-DD] [--out FILE.yaml] [--json]';

/**
 * `motcua procedures import FILE`: the national catalogue — a saved `LayDanhSachTTHC` list and
 * `LayThuTuc` details of DVCQG, one JSON document (`-` reads stdin) — turned into a pack file's
 * `procedures:` (see `importNationalCatalogue`). `argv` is what follows `procedures import`.
 *
 * The YAML goes to stdout, or to `--out` (stdout then says how many procedures were written); the
 * records that could not be imported are listed on stderr, and the exit code is 2 when there is one.
 * `--json` prints `{procedures, issues}` instead. `--agency-map` is a JSON object from national agency
 * codes (`COQUANTHUCHIEN[].MADONVI`) to the pack's agency ids; `--agency` is the agency of the others;
 * `--level` forces the level; `--valid-from` dates the imported version (today by default).
 */
export function proceduresImportCommand(argv: readonly string[], io: Io): number {
  const { common, values, positionals } = parse(
    argv,
    { 'agency-map': { type: 'string' }, agency: { type: 'string' }, level: { type: 'string' }, 'valid-from': { type: 'string' }, out: { type: 'string' } },
    USAGE,
    1,
  );
  const { lang } = common;
  const file = positionals[0];
  if (file === undefined) throw new CommandFailure([missingArgument(USAGE, lang)]);

  const level = choiceOption(values.level, '--level', ['city', 'district', 'commune'] as const, lang);
  const agency = values.agency === undefined ? undefined : String(values.agency);
  if (agency !== undefined && !IdSchema.safeParse(agency).success) {
    throw new CommandFailure([createIssue('INPUT_BAD_VALUE', { option: '--agency', value: agency, expected: lang === 'vi' ? 'mã cơ quan của gói, dạng kebab-case (ví dụ so-tu-phap)' : 'a pack agency id in kebab-case (e.g. so-tu-phap)' }, { lang })]);
  }
  let validFrom = localDateOf(Date.now());
  if (values['valid-from'] !== undefined) {
    const parsed = parseTimeInput(String(values['valid-from']));
    if (!parsed) throw new CommandFailure([createIssue('INPUT_BAD_TIME', { value: String(values['valid-from']), option: '--valid-from' }, { lang })]);
    validFrom = parsed.date;
  }
  const agencyMap = values['agency-map'] === undefined ? undefined : readAgencyMap(String(values['agency-map']), lang);
  const input = readJson(file, lang);

  const { procedures, issues } = importNationalCatalogue(input, { validFrom, lang, ...(agencyMap ? { agencyMap } : {}), ...(agency ? { defaultAgency: agency } : {}), ...(level ? { level } : {}) });
  const yaml = proceduresToYaml(procedures, { source: file === '-' ? undefined : basename(file) });
  const out = values.out === undefined ? undefined : String(values.out);
  if (out !== undefined) {
    try {
      writeFileSync(out, yaml);
    } catch (error) {
      throw new CommandFailure([createIssue('INPUT_BAD_OPTION_FILE', { file: out, detail: (error as Error).message }, { lang })]);
    }
  }

  if (common.json) {
    printJson(io, { procedures, issues: issues.map(issueJson) });
  } else {
    if (out === undefined) io.out(yaml.replace(/\n$/, ''));
    else io.out(lang === 'vi' ? `Đã ghi ${procedures.length} thủ tục vào ${out}.` : `Wrote ${procedures.length} ${procedures.length === 1 ? 'procedure' : 'procedures'} to ${out}.`);
    printOnStderr(io, issues, lang);
  }
  return exitCodeFor(issues);
}

/** Every issue on stderr (warnings too: stdout carries the YAML), the first hundred, then a count. */
function printOnStderr(io: Io, issues: readonly Issue[], lang: Lang): void {
  for (const issue of issues.slice(0, TEXT_ISSUE_LIMIT)) io.err(formatIssue(issue));
  const more = issues.length - TEXT_ISSUE_LIMIT;
  if (more > 0) io.err(lang === 'vi' ? `… và ${more} vấn đề khác (--json liệt kê đủ)` : `… ${more} more (--json lists all)`);
}

function readJson(file: string, lang: Lang): unknown {
  try {
    return JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CommandFailure([createIssue('INPUT_BAD_OPTION_FILE', { file, detail: (error as Error).message }, { lang })]);
  }
}

/** `--agency-map`: a JSON object whose values are agency ids of the pack. */
function readAgencyMap(file: string, lang: Lang): Record<string, string> {
  const map = readJson(file, lang);
  const bad = (detail: string) => new CommandFailure([createIssue('INPUT_BAD_OPTION_FILE', { file, detail }, { lang })]);
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw bad(lang === 'vi' ? 'cần một đối tượng JSON { "mã cơ quan quốc gia": "mã cơ quan trong gói" }' : 'expected a JSON object { "national agency code": "pack agency id" }');
  }
  for (const [code, id] of Object.entries(map)) {
    if (typeof id !== 'string' || !IdSchema.safeParse(id).success) {
      throw bad(lang === 'vi' ? `"${code}" phải ứng với một mã cơ quan dạng kebab-case (nhận được ${JSON.stringify(id)})` : `"${code}" must map to a kebab-case agency id (got ${JSON.stringify(id)})`);
    }
  }
  return map as Record<string, string>;
}
