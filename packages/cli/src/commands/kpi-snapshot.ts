import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  type Counter,
  type KpiReport,
  type KpiSnapshot,
  type Lang,
  COUNTERS,
  checkSnapshot,
  createIssue,
  formatInstant,
  freezeReport,
  overrideFigure,
  publishedFigures,
  reviseSnapshot,
} from '@motcua/core';
import { choiceOption, missingArgument, openPack, parse } from '../context.js';
import { CommandFailure, type Io, printJson } from '../io.js';
import { describeKpi } from './kpi.js';

function readSnapshot(file: string, lang: Lang): KpiSnapshot {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CommandFailure([createIssue('KPI_BAD_SNAPSHOT', { detail: `${file}: ${(error as Error).message}` }, { lang })]);
  }
  const checked = checkSnapshot(stored, lang);
  if (!checked.ok) throw new CommandFailure(checked.issues);
  return checked.value;
}

function writeSnapshot(file: string, snapshot: KpiSnapshot): void {
  writeFileSync(file, `${JSON.stringify(snapshot, null, 2)}\n`);
}

const lastOf = (s: KpiSnapshot) => s.versions[s.versions.length - 1]!;

function versionMessage(file: string, snapshot: KpiSnapshot, lang: Lang): string {
  const last = lastOf(snapshot);
  const head =
    lang === 'vi'
      ? `Bản chốt ${file}: phiên bản ${last.version}${last.version > 1 ? `, ${last.changes.length} thay đổi so với phiên bản trước` : ''}.`
      : `Snapshot ${file}: version ${last.version}${last.version > 1 ? `, ${last.changes.length} ${last.changes.length === 1 ? 'change' : 'changes'} from the previous version` : ''}.`;
  return [head, ...last.changes.map((c) => `  ${c.key} ${c.field}: ${c.from} → ${c.to}`)].join('\n');
}

/** `kpi … --freeze FILE`: freezes the period in `file`, or records a new version there when the figures changed. */
export function freezeCommand(file: string, report: KpiReport, actor: string, reason: string, lang: Lang): { file: string; version: number; changes: number; message: string } {
  const at = formatInstant(Date.now());
  let snapshot = freezeReport(report, { at, actor });
  if (existsSync(file)) {
    const stored = readSnapshot(file, lang);
    const revised = reviseSnapshot(stored, report, { at, actor, reason, lang });
    if (!revised.ok) throw new CommandFailure(revised.issues);
    if (revised.value === stored) {
      const version = stored.versions.length;
      return { file, version, changes: 0, message: lang === 'vi' ? `Bản chốt ${file}: số liệu không đổi, vẫn là phiên bản ${version}.` : `Snapshot ${file}: the figures have not changed; still version ${version}.` };
    }
    snapshot = revised.value;
  }
  writeSnapshot(file, snapshot);
  const last = lastOf(snapshot);
  return { file, version: last.version, changes: last.changes.length, message: versionMessage(file, snapshot, lang) };
}

const OVERRIDE_USAGE = 'kpi override SNAPSHOT --key K --field F --value N --actor NAME --reason TEXT --basis DOCUMENT';

/** `motcua kpi override SNAPSHOT …`: a manual change of one count, recorded as an audited new version. */
export function kpiOverrideCommand(argv: readonly string[], io: Io): number {
  const { common, values, positionals } = parse(
    argv,
    { key: { type: 'string' }, field: { type: 'string' }, value: { type: 'string' }, actor: { type: 'string' }, reason: { type: 'string' }, basis: { type: 'string' } },
    OVERRIDE_USAGE,
    1,
  );
  const { lang } = common;
  const file = positionals[0];
  const { key, value, actor, reason, basis } = values;
  if (file === undefined || [key, values.field, value, actor, reason, basis].some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new CommandFailure([missingArgument(OVERRIDE_USAGE, lang)]);
  }
  const field = choiceOption(values.field, '--field', COUNTERS, lang) as Counter;
  const n = /^\d+$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new CommandFailure([createIssue('INPUT_BAD_VALUE', { option: '--value', value: String(value), expected: lang === 'vi' ? 'một số nguyên không âm' : 'a whole number ≥ 0' }, { lang })]);
  const result = overrideFigure(
    readSnapshot(file, lang),
    { key: String(key), field, value: n, actor: String(actor), at: formatInstant(Date.now()), reason: String(reason), legalBasis: String(basis) },
    lang,
  );
  if (!result.ok) throw new CommandFailure(result.issues);
  writeSnapshot(file, result.value);
  const last = lastOf(result.value);
  if (common.json) printJson(io, { file, version: last.version, changes: last.changes, override: last.overrides.at(-1) });
  else io.out(versionMessage(file, result.value, lang));
  return 0;
}

const SHOW_USAGE = 'kpi show SNAPSHOT [--version N]';

/**
 * `motcua kpi show SNAPSHOT`: the figures a version publishes, every version with who made it and
 * why, and each overridden count beside the computed one.
 */
export function kpiShowCommand(argv: readonly string[], io: Io): number {
  const { common, values, positionals } = parse(argv, { version: { type: 'string' } }, SHOW_USAGE, 1);
  const { lang } = common;
  const file = positionals[0];
  if (file === undefined) throw new CommandFailure([missingArgument(SHOW_USAGE, lang)]);
  const snapshot = readSnapshot(file, lang);
  const version = values.version === undefined ? lastOf(snapshot).version : Number(values.version);
  if (!snapshot.versions.some((v) => v.version === version)) {
    throw new CommandFailure([createIssue('INPUT_BAD_VALUE', { option: '--version', value: String(values.version), expected: `1…${snapshot.versions.length}` }, { lang })]);
  }
  const published = publishedFigures(snapshot, version);
  const history = snapshot.versions.filter((v) => v.version <= version);
  const overridden = published.groups.flatMap((g) => g.overridden.map((o) => ({ key: g.figures.key, ...o })));
  if (common.json) {
    printJson(io, {
      period: snapshot.period,
      by: snapshot.by,
      version,
      versions: history.map(({ computed: _computed, ...v }) => v),
      groups: published.groups.map((g) => ({ ...g.figures, overridden: g.overridden })),
      total: published.total,
    });
    return 0;
  }
  const org = snapshot.by === 'none' ? undefined : openPack(common).org;
  const report: KpiReport = { period: snapshot.period, by: snapshot.by, groups: published.groups.map((g) => g.figures), total: published.total };
  io.out(lang === 'vi' ? `${file}: ${snapshot.period.from} … ${snapshot.period.to}, phiên bản ${version}` : `${file}: ${snapshot.period.from} … ${snapshot.period.to}, version ${version}`);
  io.out('');
  io.out(describeKpi(report, { org, lang }));
  io.out('');
  for (const v of history) {
    const what = v.version === 1 ? (lang === 'vi' ? 'chốt' : 'frozen') : `${v.changes.length} ${lang === 'vi' ? 'thay đổi' : v.changes.length === 1 ? 'change' : 'changes'}${v.reason ? ` — ${v.reason}` : ''}`;
    io.out(`v${v.version}  ${v.at}  ${v.actor}  ${what}`);
  }
  for (const o of overridden) {
    io.out(
      lang === 'vi'
        ? `Điều chỉnh thủ công: ${o.key} ${o.field} = ${o.value} (tính được ${o.computed}), ${o.override.actor} lúc ${o.override.at}; lý do: ${o.override.reason}; căn cứ: ${o.override.legalBasis}`
        : `Manual override: ${o.key} ${o.field} = ${o.value} (computed ${o.computed}), by ${o.override.actor} at ${o.override.at}; reason: ${o.override.reason}; basis: ${o.override.legalBasis}`,
    );
  }
  return 0;
}
