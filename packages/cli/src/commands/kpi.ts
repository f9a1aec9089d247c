import { readFileSync } from 'node:fs';
import {
  type IndexScore,
  type KpiFigures,
  type KpiGrouping,
  type KpiReport,
  type Lang,
  type Organisation,
  KPI_GROUPINGS,
  NO_BRANCH_KEY,
  aggregate,
  createIssue,
  createRecordTable,
  indexInForce,
  nameAt,
  parseEventHistory,
  parseRecords,
  parseTimeInput,
  scoreIndex,
} from '@motcua/core';
import { choiceOption, missingArgument, openPack, parse } from '../context.js';
import { t } from '../i18n.js';
import { CommandFailure, type Io, issueJson, printIssues, printJson, table } from '../io.js';
import { kpiGenerateCommand } from './kpi-generate.js';
import { freezeCommand, kpiOverrideCommand, kpiShowCommand } from './kpi-snapshot.js';

const USAGE = 'kpi FILE|- --from D --to D [--by none|unit|branch|agency|procedure] [--index 766] [--format ndjson|csv|events] [--freeze SNAPSHOT --actor NAME [--reason TEXT]]';


/** `motcua kpi FILE --from D --to D [--by …] [--index 766]`: the figures of MISSION §6 for a period. */
export function kpiCommand(argv: readonly string[], io: Io): number {
  if (argv[0] === 'generate') return kpiGenerateCommand(argv.slice(1), io);
  if (argv[0] === 'show') return kpiShowCommand(argv.slice(1), io);
  if (argv[0] === 'override') return kpiOverrideCommand(argv.slice(1), io);
  const { common, values, positionals } = parse(
    argv,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string' },
      index: { type: 'string' },
      format: { type: 'string' },
      freeze: { type: 'string' },
      actor: { type: 'string' },
      reason: { type: 'string' },
    },
    USAGE,
    1,
  );
  const { lang } = common;
  const file = positionals[0];
  if (file === undefined || values.from === undefined || values.to === undefined) throw new CommandFailure([missingArgument(USAGE, lang)]);
  const from = dateValue(values.from, '--from', lang);
  const to = dateValue(values.to, '--to', lang);
  if (from > to) throw new CommandFailure([createIssue('KPI_BAD_PERIOD', { from, to }, { lang })]);
  const by = choiceOption(values.by, '--by', KPI_GROUPINGS, lang) ?? 'none';
  const format = choiceOption(values.format, '--format', ['ndjson', 'csv', 'events'] as const, lang);
  if (values.freeze !== undefined && values.actor === undefined) throw new CommandFailure([missingArgument(USAGE, lang)]);

  const needsPack = by !== 'none' || values.index !== undefined;
  const org = needsPack ? openPack(common).org : undefined;
  const index = values.index === undefined ? undefined : indexOf(org!, String(values.index), to, lang);

  const source = { file: file === '-' ? '<stdin>' : file, lang };
  const input = readInput(file, lang);
  // A history of events is folded into the current record of each dossier first.
  const parsed = format === 'events' ? parseEventHistory(input, source) : parseRecords(input, { ...source, format });
  const report = aggregate(createRecordTable(parsed.records), { from, to, by, branchOf: org ? branchResolver(org) : undefined });
  const scores = index ? { total: scoreIndex(index, report.total, lang), groups: report.groups.map((g) => scoreIndex(index, g, lang)) } : undefined;
  const frozen = typeof values.freeze === 'string' ? freezeCommand(values.freeze, report, String(values.actor), String(values.reason ?? ''), lang) : undefined;

  const nameOf = (key: string) => (org ? groupName(org, by, key, to, lang) : null);
  if (common.json) {
    printJson(io, {
      period: report.period,
      by,
      records: { read: parsed.records.length, skipped: parsed.skipped },
      issues: parsed.issues.map(issueJson),
      groups: report.groups.map((g, i) => ({ ...g, name: nameOf(g.key), ...(scores ? { index: indexJson(scores.groups[i]!, false) } : {}) })),
      total: { ...report.total, ...(scores ? { index: indexJson(scores.total, true) } : {}) },
      ...(frozen ? { snapshot: frozen } : {}),
    });
    return 0;
  }
  printIssues(io, parsed.issues, { json: false, lang });
  io.out(`${report.period.from} … ${report.period.to}: ${parsed.records.length} ${t('recordsRead', lang)}${parsed.skipped ? `, ${parsed.skipped} ${t('linesSkipped', lang)}` : ''}`);
  io.out('');
  io.out(describeKpi(report, { org, lang, ...(scores ? { score: scores.total } : {}) }));
  if (frozen) {
    io.out('');
    io.out(frozen.message);
  }
  return 0;
}

/** A period bound: a date, or a date-time taken as its date in Asia/Ho_Chi_Minh. */
function dateValue(value: unknown, option: string, lang: Lang): string {
  const parsed = typeof value === 'string' ? parseTimeInput(value) : undefined;
  if (!parsed) throw new CommandFailure([createIssue('INPUT_BAD_TIME', { value: String(value), option }, { lang })]);
  return parsed.date;
}

function readInput(file: string, lang: Lang): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new CommandFailure([createIssue('INPUT_BAD_OPTION_FILE', { file, detail: (error as Error).message }, { lang })]);
  }
}

function indexOf(org: Organisation, name: string, date: string, lang: Lang) {
  const found = indexInForce(org.content.kpiIndices, name, date);
  if (!found) {
    const known = [...new Set(org.content.kpiIndices.map((i) => i.index))].join(', ');
    throw new CommandFailure([createIssue('KPI_UNKNOWN_INDEX', { index: name, date, known }, { lang })]);
  }
  return found;
}

/** The branch a unit belongs to: the unit itself if it is a branch, else the nearest branch among its parents. */
export function branchResolver(org: Organisation): (unitId: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (unitId) => {
    if (cache.has(unitId)) return cache.get(unitId);
    let unit = org.get('unit', unitId);
    const seen = new Set<string>();
    while (unit && unit.kind !== 'branch' && unit.parent && !seen.has(unit.id)) {
      seen.add(unit.id);
      unit = org.get('unit', unit.parent);
    }
    const branch = unit?.kind === 'branch' ? unit.id : undefined;
    cache.set(unitId, branch);
    return branch;
  };
}

function groupName(org: Organisation, by: KpiGrouping, key: string, date: string, lang: Lang): string | null {
  if (by === 'branch' && key === NO_BRANCH_KEY) return t('noBranch', lang);
  const row = by === 'unit' || by === 'branch' ? org.get('unit', key) : by === 'agency' ? org.get('agency', key) : undefined;
  return row ? nameAt(row, date) : null;
}

/**
 * The readable form of a report: one row per group and the total (counts of MISSION §6, the on-time
 * rate and 766 indicator 2.1), then the index breakdown when a score is given. Groups are named
 * from the pack when `org` is given.
 */
export function describeKpi(report: KpiReport, options: { lang: Lang; org?: Organisation | undefined; score?: IndexScore }): string {
  const { lang, org } = options;
  const nameOf = (key: string) => (org ? groupName(org, report.by, key, report.period.to, lang) : null);
  const parts = [figuresTable(report, nameOf, lang)];
  if (options.score) parts.push('', describeIndex(options.score, lang));
  return parts.join('\n');
}

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);

function figuresTable(report: KpiReport, nameOf: (key: string) => string | null, lang: Lang): string {
  const row = (label: string, f: KpiFigures) => [
    label,
    `${f.received} (${f.receivedOnline}/${f.receivedDirect})`,
    String(f.carriedOver),
    `${f.resolved} (${f.early}/${f.onTime}/${f.late})`,
    `${f.inProgressWithinTime + f.inProgressOverdue} (${f.inProgressWithinTime}/${f.inProgressOverdue})`,
    String(f.paused),
    String(f.refused),
    String(f.withdrawn),
    percent(f.onTimeRate),
    percent(f.index766_2_1),
  ];
  // The name reads better than the id; the JSON output carries both.
  const label = (key: string) => nameOf(key) ?? key;
  const rows = report.by === 'none' ? [] : report.groups.map((g) => row(label(g.key), g));
  rows.push(row(t('kpiTotal', lang), report.total));
  const headers = (['group', 'kpiReceived', 'kpiCarried', 'kpiResolved', 'kpiInProgress', 'kpiPaused', 'kpiRefused', 'kpiWithdrawn', 'kpiOnTimeRate', 'kpiIndex21'] as const).map((k) => t(k, lang));
  return table(headers, rows);
}

function indexJson(score: IndexScore, detailed: boolean) {
  if (!detailed) return { version: score.version, score: score.score, scoredMax: score.scoredMax, total: score.total };
  return score;
}

function describeIndex(score: IndexScore, lang: Lang): string {
  const points = (n: number | null) => (n === null ? '—' : n.toFixed(2).replace(/\.00$/, ''));
  const lines = [
    lang === 'vi'
      ? `Bộ chỉ số ${score.index} (${score.version}): ${points(score.score)} / ${score.total} điểm; phần tính được từ dữ liệu hồ sơ chiếm tối đa ${score.scoredMax} điểm.`
      : `Index ${score.index} (${score.version}): ${points(score.score)} / ${score.total} points; what dossier records can show is worth at most ${score.scoredMax}.`,
  ];
  for (const g of score.groups) {
    lines.push(`  ${g.id}. ${g.name}: ${points(g.score)} / ${g.max}`);
    for (const i of g.indicators) {
      const why = i.unscored === 'not-computable' ? t('notComputable', lang) : i.unscored === 'no-data' ? t('noData', lang) : `${i.numerator}/${i.denominator} = ${i.measure === 'average-resolution-days' ? i.value!.toFixed(2) : percent(i.value)}`;
      lines.push(`     ${i.id} ${i.name}: ${points(i.score)} / ${i.max} — ${why}`);
    }
  }
  return lines.join('\n');
}
