import { type Lang, type Procedure, type ProcedureVersion, createCatalogue, localDateOf, nameAt } from '@motcua/core';
import type { Pack } from '@motcua/rules';
import { dateOption, missingArgument, openPack, parse, unknownCommand } from '../context.js';
import { t, text } from '../i18n.js';
import { CommandFailure, type Io, printJson, table } from '../io.js';
import { citationList } from '../views.js';
import { proceduresImportCommand } from './procedures-import.js';

/** `motcua procedures list [--at D]`, `procedures show P [--at D]`, `procedures import FILE …`. */
export function proceduresCommand(argv: readonly string[], io: Io): number {
  const [sub, ...rest] = argv[0]?.startsWith('-') || argv.length === 0 ? ['list', ...argv] : argv;
  if (sub === 'import') return proceduresImportCommand(rest, io);
  const usage = sub === 'show' ? 'procedures show <procedure> [--at D]' : 'procedures list [--at D]';
  const { common, values, positionals } = parse(rest, { at: { type: 'string' } }, usage, sub === 'show' ? 1 : 0);
  const { lang } = common;
  const pack = openPack(common);
  // Without --at: the catalogue in force today (Asia/Ho_Chi_Minh).
  const at = dateOption(values.at, '--at', pack, lang) ?? localDateOf(Date.now());
  const catalogue = createCatalogue(pack.org.content.procedures);

  if (sub === 'list') {
    const procedures = catalogue.list(at);
    if (common.json) {
      printJson(io, { at, count: procedures.length, procedures: procedures.map((p) => procedureJson(pack, p, catalogue.versionAt(p, at)!, at, lang)) });
    } else {
      const rows = procedures.map((p) => {
        const v = catalogue.versionAt(p, at)!;
        return [p.code ?? '—', p.id, p.level, v.processingTime.direct, p.name];
      });
      io.out(table([t('procedureCode', lang), t('id', lang), t('level', lang), t('duration', lang), t('name', lang)], rows));
      io.out(`\n${t('total', lang)}: ${procedures.length}`);
    }
    return 0;
  }
  if (sub === 'show') {
    const name = positionals[0];
    if (!name) throw new CommandFailure([missingArgument(usage, lang)]);
    const resolved = catalogue.resolve(name, { lang });
    if (!resolved.ok) throw new CommandFailure(resolved.issues);
    const p = resolved.value;
    const version = catalogue.versionAt(p, at);
    const view = {
      ...procedureJson(pack, p, version, at, lang),
      versions: p.versions.map((v) => ({ validFrom: v.validFrom, validTo: v.validTo ?? null })),
      citations: citationList(p.citation),
    };
    if (common.json) printJson(io, view);
    else io.out(describe(view, p, version, lang));
    return 0;
  }
  throw new CommandFailure([unknownCommand(`procedures ${sub}`, ['procedures list', 'procedures show', 'procedures import'], lang)]);
}

/** The JSON view of a procedure and its version in force (MISSION §5). */
function procedureJson(pack: Pack, p: Procedure, v: ProcedureVersion | undefined, at: string, lang: Lang) {
  const agency = p.agency ? pack.org.get('agency', p.agency) : undefined;
  return {
    id: p.id,
    code: p.code ?? null,
    name: p.name,
    aliases: p.aliases ?? [],
    agencyId: p.agency ?? null,
    agencyName: agency ? nameAt(agency, at) : null,
    level: p.level,
    field: p.field === undefined ? null : text(p.field, lang),
    at,
    version: v ? { validFrom: v.validFrom, validTo: v.validTo ?? null } : null,
    duration: v ? v.processingTime.direct : null,
    processingTime: v ? { direct: v.processingTime.direct, online: v.processingTime.online ?? v.processingTime.direct, postal: v.processingTime.postal ?? v.processingTime.direct } : null,
    channels: v?.channels ?? [],
    cutoff: v?.cutoff ?? null,
    boundaryFree: v?.boundaryFree ?? null,
    clock: v?.clock ?? null,
    components: (v?.components ?? []).map((c) => ({
      code: c.code,
      name: text(c.name, lang),
      required: c.required,
      requiredWhen: c.when ?? null,
      forms: c.forms,
      quantity: c.quantity,
    })),
    eligibility: (v?.eligibility ?? []).map((e) => ({ id: e.id, condition: e.condition, reason: text(e.reason, lang), citations: citationList(e.citation) })),
    fees: (v?.fees ?? []).map((f) => ({ name: text(f.name, lang), kind: f.kind, amount: f.amount, per: f.per === undefined ? null : text(f.per, lang), when: f.when ?? null })),
    versionCitations: v ? citationList(v.citation) : [],
  };
}

function describe(view: ReturnType<typeof procedureJson>, p: Procedure, v: ProcedureVersion | undefined, lang: Lang): string {
  const lines = [`${p.name}  [${p.id}${p.code ? ` · ${p.code}` : ''}]`, ''];
  // Labels as wide as the longest one in the language asked (Vietnamese ones run longer).
  const width = Math.max(...(['agency', 'level', 'version', 'duration', 'cutoff', 'boundaryFree', 'clock'] as const).map((k) => t(k, lang).length));
  const field = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`${label.padEnd(width)}  ${value}`);
  };
  field(t('agency', lang), view.agencyName ? `${view.agencyName} [${view.agencyId}]` : null);
  field(t('level', lang), p.level);
  if (!v) {
    lines.push('', t('noVersion', lang));
    return lines.join('\n');
  }
  field(t('version', lang), `${v.validFrom} → ${v.validTo ?? t('open', lang)}`);
  const times = view.processingTime!;
  field(t('duration', lang), times.online === times.direct && times.postal === times.direct ? times.direct : `direct ${times.direct}; online ${times.online}; postal ${times.postal}`);
  field(t('cutoff', lang), v.cutoff ?? null);
  field(t('boundaryFree', lang), v.boundaryFree ? '✓' : '✗');
  field(t('clock', lang), `${v.clock.supplement} / ${v.clock.financialObligation}`);
  lines.push('', `${t('components', lang)}:`);
  for (const c of view.components) lines.push(`  - [${c.code}] ${c.name} (${c.forms.join(' | ')} × ${c.quantity}; ${c.required ? t('required', lang) : t('optional', lang)}${c.requiredWhen ? ' *' : ''})`);
  if (view.eligibility.length) {
    lines.push('', `${t('eligibility', lang)}:`);
    for (const e of view.eligibility) lines.push(`  - ${e.id}: ${e.reason}`);
  }
  if (view.fees.length) {
    lines.push('', `${t('fees', lang)}:`);
    for (const f of view.fees) lines.push(`  - ${f.name}: ${f.amount.toLocaleString('vi-VN')} đ${f.per ? ` / ${f.per}` : ''}`);
  }
  lines.push('', `${t('citations', lang)}: ${view.versionCitations.map((c) => `${c.doc} ${c.ref}`).join('; ')}`);
  return lines.join('\n');
}

