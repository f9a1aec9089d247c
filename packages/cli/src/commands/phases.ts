import { type Lang, type NetworkView, nameAt } from '@motcua/core';
import { dateOption, openPack, parse } from '../context.js';
import { t, text } from '../i18n.js';
import { type Io, printJson, table } from '../io.js';
import { phaseJson, regimeJson } from '../views.js';

/** `motcua phases [--at D]`: the rollout phases and legal regimes, or what is in force on one date. */
export function phasesCommand(argv: readonly string[], io: Io): number {
  const { common, values } = parse(argv, { at: { type: 'string' } }, 'phases [--at D]');
  const { lang } = common;
  const pack = openPack(common);
  const { org } = pack;
  const at = dateOption(values.at, '--at', pack, lang);

  if (!at) {
    const phases = org.list('phase');
    const regimes = org.list('regime');
    if (common.json) {
      printJson(io, { phases: phases.map(phaseJson), regimes: regimes.map(regimeJson) });
    } else {
      const period = (r: { validFrom: string; validTo?: string | undefined }) => [r.validFrom, r.validTo ?? t('open', lang)];
      io.out(table([t('id', lang), t('kind', lang), t('name', lang), t('from', lang), t('to', lang)], phases.map((p) => [p.id, p.kind, nameAt(p), ...period(p)])));
      io.out('');
      io.out(table([t('id', lang), t('regime', lang), t('from', lang), t('to', lang)], regimes.map((r) => [r.id, nameAt(r), ...period(r)])));
    }
    return 0;
  }
  const network = org.network(at);
  if (common.json) printJson(io, networkJson(network));
  else io.out(describeNetwork(network, lang));
  return 0;
}

/** The JSON view of the network on a date (also used by the demo). */
export function networkJson(n: NetworkView) {
  return {
    at: n.date,
    phase: n.phase ? phaseJson(n.phase) : null,
    regime: n.regime ? regimeJson(n.regime) : null,
    counts: n.counts,
    branches: n.branches.map((b) => ({
      id: b.branch.id,
      name: b.name,
      number: b.branch.number ?? null,
      headOffice: b.branch.headOffice ?? null,
      sites: b.sites.map((s) => ({ id: s.id, kind: s.kind, name: nameAt(s, n.date), area: s.area ?? null, address: s.address ?? null })),
      areas: b.areas,
    })),
  };
}

/** A readable account of the network on a date. */
export function describeNetwork(n: NetworkView, lang: Lang): string {
  const lines: string[] = [];
  const phase = n.phase ? `${nameAt(n.phase, n.date)} [${n.phase.id}]` : t('none', lang);
  lines.push(`${t('phase', lang)}: ${phase}`);
  if (n.phase?.kind === 'interim' && n.phase.description) lines.push(`  ${text(n.phase.description, lang)}`);
  lines.push(`${t('regime', lang)}: ${n.regime ? `${nameAt(n.regime, n.date)} [${n.regime.id}]` : t('none', lang)}`);
  const counts = Object.entries(n.counts)
    .filter(([, c]) => c > 0)
    .map(([k, c]) => `${k} ${c}`)
    .join(', ');
  lines.push(`${t('units', lang)}: ${counts}`);
  lines.push('');
  const rows = n.branches.map((b) => [b.branch.id, b.name, String(b.sites.length), b.areas.length > 4 ? `${b.areas.length} ${t('areas', lang)}` : b.areas.join(', ')]);
  if (rows.length === 0) lines.push(`${t('branches', lang)}: ${t('none', lang)}`);
  else lines.push(table([t('id', lang), t('branches', lang), t('sites', lang), t('areas', lang)], rows));
  return lines.join('\n');
}
