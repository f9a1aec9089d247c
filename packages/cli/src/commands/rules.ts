import { readFileSync } from 'node:fs';
import { type Issue, type Lang, type PackContent, type RouteQuery, JurisdictionCaseSchema, createIssue, hasErrors, nameAt } from '@motcua/core';
import { z } from 'zod';
import { SECTIONS, currentAgency, diffJurisdiction, hanoiPackDir, loadPack, packJsonSchema, runCases } from '@motcua/rules';
import { missingArgument, openPack, parse, unknownCommand } from '../context.js';
import { t } from '../i18n.js';
import { CommandFailure, type CommonOptions, EXIT, type Io, issueJson, printIssues, printJson } from '../io.js';
import { citationList } from '../views.js';
import { QUERY_OPTIONS, queryFromOptions, routeJson, routerOf } from './route.js';

const SUBCOMMANDS = 'validate|lint|test|diff|explain|schema';

/** `motcua rules validate|lint|test [DIR]`, `rules diff OLD NEW`, `rules explain …` and `rules schema`. */
export function rulesCommand(argv: readonly string[], io: Io): number {
  const sub = argv[0]?.startsWith('-') ? undefined : argv[0];
  const rest = sub === undefined ? argv : argv.slice(1);
  if (sub === 'explain') return explainCommand(rest, io);
  if (sub === 'diff') return diffCommand(rest, io);
  const { common, positionals } = parse(rest, {}, sub === 'schema' ? 'rules schema' : `rules ${sub ?? SUBCOMMANDS} [DIR]`, sub === 'schema' ? 0 : 1);
  const { lang } = common;
  if (sub === 'test') return testCommand(positionals[0] ?? common.pack, common, io);
  if (sub === 'schema') {
    printJson(io, packJsonSchema());
    return EXIT.ok;
  }
  if (sub === 'validate' || sub === 'lint') {
    const target = positionals[0] ?? common.pack ?? 'hanoi';
    const dir = target === 'hanoi' ? hanoiPackDir() : target;
    const result = loadPack(dir, { lang });
    // validate reports what makes the pack unusable; lint reports warnings too.
    const shown: Issue[] = result.issues.filter((i) => sub === 'lint' || i.severity === 'error');
    const code = hasErrors(result.issues) ? EXIT.pack : EXIT.ok;
    if (common.json) {
      const org = result.ok ? result.value.org : undefined;
      printJson(io, {
        ok: result.ok,
        pack: org ? { id: org.manifest.id, version: org.manifest.version, dir } : null,
        counts: org ? rowCounts(org.content) : null,
        issues: shown.map(issueJson),
      });
    } else {
      printIssues(io, shown, common);
      if (result.ok) {
        const counts = Object.entries(rowCounts(result.value.org.content)).map(([k, n]) => `${k} ${n}`).join(', ');
        const warnings = result.issues.filter((i) => i.severity !== 'error').length;
        io.out(`${t('packValid', lang)}: ${result.value.org.manifest.id} ${result.value.org.manifest.version} (${counts}; ${t('warnings', lang)} ${warnings})`);
      }
    }
    return code;
  }
  if (sub === undefined) throw new CommandFailure([missingArgument(`rules ${SUBCOMMANDS} [DIR]`, lang)]);
  throw new CommandFailure([unknownCommand(`rules ${sub}`, SUBCOMMANDS.split('|').map((c) => `rules ${c}`), lang)]);
}

function rowCounts(content: PackContent) {
  return Object.fromEntries(SECTIONS.map((s) => [s, content[s].length]));
}

/** `motcua rules test [DIR]`: runs the pack's expert cases and lists the rows no case exercises. */
function testCommand(target: string | undefined, common: CommonOptions, io: Io): number {
  const { lang } = common;
  const pack = openPack({ ...common, pack: target });
  const report = runCases(pack.org.content, routerOf(pack));
  if (common.json) {
    printJson(io, {
      passed: report.passed,
      failed: report.failed,
      cases: report.results.map((r) => ({ name: r.case.name, ok: r.ok, problems: r.problems, receivers: r.receivers, phase: r.phase })),
      uncoveredRows: report.uncoveredRows,
    });
  } else {
    for (const r of report.results) if (!r.ok) io.err(`FAIL ${r.case.name}: ${r.problems.join('; ')}`);
    const vi = lang === 'vi';
    io.out(vi ? `${report.passed} đạt, ${report.failed} không đạt.` : `${report.passed} passed, ${report.failed} failed.`);
    if (report.uncoveredRows.length > 0) {
      io.out(vi ? `Dòng thẩm quyền chưa có ca kiểm thử: ${report.uncoveredRows.join(', ')}` : `Jurisdiction rows no case exercises: ${report.uncoveredRows.join(', ')}`);
    }
  }
  return report.failed > 0 ? EXIT.pack : EXIT.ok;
}

/** `motcua rules diff OLD NEW [--queries FILE]`: which queries change receivers between two packs. */
function diffCommand(argv: readonly string[], io: Io): number {
  const usage = 'rules diff OLD NEW [--queries FILE]';
  const { common, values, positionals } = parse(argv, { queries: { type: 'string' } }, usage, 2);
  const { lang } = common;
  if (positionals.length < 2) throw new CommandFailure([missingArgument(usage, lang)]);
  const [before, after] = positionals.map((p) => openPack({ ...common, pack: p }));
  const queries = typeof values.queries === 'string' ? readQueries(values.queries, lang) : undefined;
  const changes = diffJurisdiction(before!.org.content, after!.org.content, queries?.map((q) => currentAgency(after!.org, q)));
  if (common.json) {
    printJson(io, { changes, count: changes.length });
  } else {
    for (const c of changes.slice(0, 200)) {
      const q = c.query;
      const what = [q.at, q.agency ?? `${q.level} ${q.area ?? ''}`.trim(), q.channel].join(' ');
      io.out(`${what}: ${c.added.length ? `+${c.added.join(' +')}` : ''}${c.added.length && c.removed.length ? ' ' : ''}${c.removed.length ? `-${c.removed.join(' -')}` : ''}`);
    }
    io.out(lang === 'vi' ? `${changes.length} truy vấn thay đổi đơn vị tiếp nhận.` : `${changes.length} queries change receivers.`);
  }
  return EXIT.ok;
}

/** A JSON array (or NDJSON) of route queries `{at, agency?, level?, area?, channel?}`. */
function readQueries(file: string, lang: Lang): RouteQuery[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandFailure([createIssue('INPUT_BAD_OPTION_FILE', { file, detail: (error as Error).message }, { lang })]);
  }
  const lines = text.trim().startsWith('[') ? [text] : text.split('\n').filter((l) => l.trim() !== '');
  const out: RouteQuery[] = [];
  lines.forEach((line, i) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new CommandFailure([createIssue('INPUT_BAD_OPTION_FILE', { file, detail: `${lines.length > 1 ? `line ${i + 1}: ` : ''}${(error as Error).message}` }, { lang })]);
    }
    for (const q of Array.isArray(parsed) ? parsed : [parsed]) {
      const r = JurisdictionCaseSchema.shape.query.safeParse(q);
      if (!r.success) throw new CommandFailure([createIssue('INPUT_BAD_OPTION_FILE', { file, detail: `${lines.length > 1 ? `line ${i + 1}: ` : ''}${z.prettifyError(r.error).split('\n')[0]}` }, { lang })]);
      out.push({ at: r.data.at.slice(0, 10), channel: r.data.channel ?? 'direct', ...(r.data.agency ? { agency: r.data.agency } : {}), ...(r.data.level ? { level: r.data.level } : {}), ...(r.data.area ? { area: r.data.area } : {}) });
    }
  });
  return out;
}

/** `motcua rules explain …`: one query, every row with whether it matched and why not. */
function explainCommand(argv: readonly string[], io: Io): number {
  const usage = 'rules explain --at T (--agency A | --procedure P [--area X] | --level L --area X) [--channel C]';
  const { common, values } = parse(argv, { ...QUERY_OPTIONS }, usage);
  const { lang } = common;
  const pack = openPack(common);
  const query = queryFromOptions(values, pack, lang, usage);
  const body = routeJson(pack.org, routerOf(pack), query, true, lang);
  const { allow, deny } = routerOf(pack).matchingRows(query);
  const matched = [...allow, ...deny].map((r) => ({ id: r.id, name: nameAt(r, query.at), effect: r.effect ?? 'allow', basis: r.basis, citations: citationList(r.citation) }));
  if (common.json) {
    printJson(io, { ...body, matchedRows: matched });
    return EXIT.ok;
  }
  const vi = lang === 'vi';
  io.out(vi ? 'Các dòng thẩm quyền áp dụng:' : 'Jurisdiction rows that apply:');
  for (const m of matched) io.out(`  [${m.id}] ${m.name} (${m.effect}, ${m.basis}) — ${m.citations.map((c) => `${c.doc} ${c.ref}`).join('; ')}`);
  if (matched.length === 0) io.out(vi ? '  (không có)' : '  (none)');
  io.out('');
  io.out(vi ? 'Đơn vị được tiếp nhận:' : 'Receivers:');
  for (const r of body.receivers) io.out(`  ${r.unitId} — ${r.bases.join(', ')} (${r.rows.join(', ')})`);
  io.out('');
  io.out(vi ? 'Đơn vị không được tiếp nhận và lý do:' : 'Units that may not receive, and why:');
  for (const r of body.rejected ?? []) io.out(`  ${r.unitId}: ${r.reasons.join('; ')}`);
  return EXIT.ok;
}
