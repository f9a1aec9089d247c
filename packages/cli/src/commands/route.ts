import { type Lang, type Level, type Organisation, type RouteQuery, type Router, compileJurisdiction, createIssue, nameAt, procedureQuery } from '@motcua/core';
import type { Pack } from '@motcua/rules';
import { choiceOption, dateOption, openPack, parse } from '../context.js';
import { t } from '../i18n.js';
import { CommandFailure, type Io, printJson } from '../io.js';
import { citationList, procedureOption } from '../views.js';

const USAGE = 'route --at T (--agency A | --procedure P [--area X] | --level city|district|commune --area X) [--channel direct|online|postal] [--explain]';

const routers = new WeakMap<Pack, Router>();

/** The compiled jurisdiction of a pack, once per process. */
export function routerOf(pack: Pack): Router {
  let r = routers.get(pack);
  if (!r) routers.set(pack, (r = compileJurisdiction(pack.org.content)));
  return r;
}

/** Reads the query options shared by `route` and `rules explain`. */
export function queryFromOptions(values: Record<string, unknown>, pack: Pack, lang: Lang, usage: string): RouteQuery {
  if (values.at === undefined || (values.agency === undefined && values.level === undefined && values.procedure === undefined)) {
    throw new CommandFailure([createIssue('INPUT_MISSING_ARGUMENT', { usage }, { lang })]);
  }
  const at = dateOption(values.at, '--at', pack, lang)!;
  const channel = choiceOption(values.channel, '--channel', ['direct', 'online', 'postal'] as const, lang) ?? 'direct';
  const level = choiceOption(values.level, '--level', ['city', 'district', 'commune'] as const, lang);
  const resolve = (collection: 'agency' | 'area', text: unknown) => {
    const r = pack.org.resolve(collection, String(text), { at, lang });
    if (!r.ok) throw new CommandFailure(r.issues);
    return r.value.row.id;
  };
  const area = values.area === undefined ? undefined : resolve('area', values.area);
  if (values.procedure !== undefined) {
    const { procedure, version } = procedureOption(values.procedure, pack, at, lang);
    if (!procedure.agency && !area) throw new CommandFailure([createIssue('INPUT_MISSING_ARGUMENT', { usage }, { lang })]);
    return procedureQuery(procedure, version, { at, channel, area });
  }
  const agency = values.agency === undefined ? undefined : resolve('agency', values.agency);
  return { at, channel, ...(agency ? { agency } : {}), ...(level ? { level: level as Level } : {}), ...(area ? { area } : {}) };
}

export const QUERY_OPTIONS = {
  at: { type: 'string' },
  agency: { type: 'string' },
  procedure: { type: 'string' },
  level: { type: 'string' },
  area: { type: 'string' },
  channel: { type: 'string' },
} as const;

/** `motcua route`: who may receive a dossier, on what basis, and with --explain why not the others. */
export function routeCommand(argv: readonly string[], io: Io): number {
  const { common, values } = parse(argv, { ...QUERY_OPTIONS, explain: { type: 'boolean' } }, USAGE);
  const { lang } = common;
  const pack = openPack(common);
  const query = queryFromOptions(values, pack, lang, USAGE);
  const body = routeJson(pack.org, routerOf(pack), query, values.explain === true, lang);
  if (common.json) printJson(io, body);
  else io.out(describeRoute(body, lang));
  return 0;
}

/** The `--json` answer of `route` (MISSION §5). */
export function routeJson(org: Organisation, router: Router, query: RouteQuery, explain: boolean, lang: Lang) {
  const phase = org.phaseAt(query.at);
  const regime = org.regimeAt(query.at);
  const receivers = router
    .route(query)
    .map((r) => ({
      unitId: r.unit.id,
      name: nameAt(r.unit, query.at),
      kind: r.unit.kind,
      basis: r.basis[0]!,
      bases: r.basis,
      rows: r.rows.map((row) => row.id),
      citations: r.rows.flatMap((row) => citationList(row.citation)),
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.unitId.localeCompare(b.unitId));
  return {
    query,
    phase: phase ? { id: phase.id, name: nameAt(phase, query.at) } : null,
    regime: regime ? { id: regime.id, name: nameAt(regime, query.at) } : null,
    receivers,
    ...(explain
      ? {
          rejected: router.rejections(query, lang).map((r) => ({
            unitId: r.unit.id,
            name: nameAt(r.unit, query.at),
            kind: r.unit.kind,
            reasons: r.reasons.map((x) => x.message),
            details: r.reasons.map((x) => ({ code: x.code, row: x.row ?? null })),
          })),
        }
      : {}),
  };
}

function describeRoute(body: ReturnType<typeof routeJson>, lang: Lang): string {
  const vi = lang === 'vi';
  const lines = [
    `${t('phase', lang)}: ${body.phase ? `${body.phase.name} [${body.phase.id}]` : t('none', lang)}`,
    `${t('regime', lang)}: ${body.regime ? `${body.regime.name} [${body.regime.id}]` : t('none', lang)}`,
    '',
    vi ? `Đơn vị được tiếp nhận (${body.receivers.length}):` : `May receive (${body.receivers.length}):`,
  ];
  const shown = body.receivers.slice(0, 40);
  for (const r of shown) lines.push(`  ${r.name} [${r.unitId}] — ${r.bases.join(', ')} — ${[...new Set(r.citations.map((c) => `${c.doc} ${c.ref}`))].join('; ')}`);
  if (body.receivers.length > shown.length) lines.push(vi ? `  … và ${body.receivers.length - shown.length} đơn vị khác (--json liệt kê đủ)` : `  … and ${body.receivers.length - shown.length} more (--json lists all)`);
  if (body.receivers.length === 0) lines.push(vi ? '  (không có đơn vị nào)' : '  (no unit)');
  if (body.rejected) {
    lines.push('', vi ? `Không được tiếp nhận (${body.rejected.length}), lý do:` : `May not receive (${body.rejected.length}), because:`);
    const byReason = new Map<string, string[]>();
    for (const r of body.rejected) {
      const key = r.reasons.join('; ');
      byReason.set(key, [...(byReason.get(key) ?? []), r.unitId]);
    }
    for (const [reason, units] of byReason) {
      lines.push(`  ${units.length > 3 ? `${units.slice(0, 3).join(', ')} … (+${units.length - 3})` : units.join(', ')}: ${reason}`);
    }
  }
  return lines.join('\n');
}
