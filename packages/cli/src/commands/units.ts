import { type Lang, type Unit, UnitKindSchema, allValues, inForce, isHistory, nameAt } from '@motcua/core';
import { choiceOption, dateOption, missingArgument, openPack, parse, unknownCommand } from '../context.js';
import { t, text } from '../i18n.js';
import { CommandFailure, type Io, printJson, table } from '../io.js';
import { citationList, ref, unitJson } from '../views.js';

/** `motcua units list [--at D] [--kind K]` and `motcua units show U [--at D]`. */
export function unitsCommand(argv: readonly string[], io: Io): number {
  // `motcua units --at D` lists, as `units list --at D` does.
  const [sub, ...rest] = argv[0]?.startsWith('-') ? ['list', ...argv] : argv;
  const usage = sub === 'show' ? 'units show <unit> [--at D]' : 'units list [--at D] [--kind K]';
  const { common, values, positionals } = parse(rest, { at: { type: 'string' }, kind: { type: 'string' } }, usage, sub === 'show' ? 1 : 0);
  const { lang } = common;
  const pack = openPack(common);
  const { org } = pack;
  const at = dateOption(values.at, '--at', pack, lang);

  if (sub === 'list' || sub === undefined) {
    const kind = choiceOption(values.kind, '--kind', UnitKindSchema.options, lang);
    const units = org.units({ ...(at ? { at } : {}), ...(kind ? { kind } : {}) });
    if (common.json) {
      printJson(io, { at: at ?? null, kind: kind ?? null, count: units.length, units: units.map((u) => unitJson(org, u, at)) });
    } else {
      const rows = units.map((u) => [u.id, u.kind, nameAt(u, at), u.validFrom, u.validTo ?? t('open', lang)]);
      io.out(table([t('id', lang), t('kind', lang), t('name', lang), t('from', lang), t('to', lang)], rows));
      io.out(`\n${t('total', lang)}: ${units.length}`);
    }
    return 0;
  }
  if (sub === 'show') {
    const name = positionals[0];
    if (!name) throw new CommandFailure([missingArgument(usage, lang)]);
    const resolved = org.resolve('unit', name, { ...(at ? { at } : {}), lang });
    if (!resolved.ok) throw new CommandFailure(resolved.issues);
    const unit = resolved.value.row;
    const children = org.content.units.filter((u) => u.parent === unit.id && (!at || inForce(u, at)));
    const view = {
      ...unitJson(org, unit, at),
      at: at ?? null,
      resolvedFrom: resolved.value.via ? ref(resolved.value.via, at) : null,
      nameHistory: history(unit.name),
      areasHistory: unit.areas === undefined ? [] : history(unit.areas),
      predecessors: (unit.predecessors ?? []).map((id) => ref(org.get('unit', id))),
      successors: org.successors('unit', unit.id).map((u) => ref(u)),
      children: children.map((u) => ({ id: u.id, kind: u.kind, name: nameAt(u, at), validFrom: u.validFrom, validTo: u.validTo ?? null })),
      notes: unit.notes ?? null,
    };
    if (common.json) printJson(io, view);
    else io.out(describeUnit(view, unit, lang));
    return 0;
  }
  throw new CommandFailure([unknownCommand(`units ${sub}`, ['units list', 'units show'], lang)]);
}

function history<T>(value: Parameters<typeof allValues<T>>[0]) {
  if (!isHistory(value)) return [{ from: null, value, citations: [] }];
  return Object.entries(value.values)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, v]) => ({ from, value: v.value, citations: citationList(v.citation) }));
}

function describeUnit(view: ReturnType<typeof unitJson> & Record<string, unknown>, unit: Unit, lang: Lang): string {
  const lines = [`${view.name}  [${view.id}]`, ''];
  const field = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`${label.padEnd(18)} ${value}`);
  };
  field(t('kind', lang), unit.kind);
  field(t('validity', lang), `${unit.validFrom} → ${unit.validTo ?? t('open', lang)}`);
  field(t('number', lang), unit.number === undefined ? null : String(unit.number));
  field(t('parent', lang), view.parent ? `${view.parent.name} [${view.parent.id}]` : null);
  field(t('agency', lang), view.agency ? `${view.agency.name} [${view.agency.id}]` : null);
  field(t('area', lang), unit.area);
  field(t('areas', lang), view.areas.length ? view.areas.join(', ') : null);
  field(t('address', lang), unit.address);
  field(t('aliases', lang), view.aliases.join('; '));
  const resolvedFrom = view.resolvedFrom as { id: string; name: string } | null;
  if (resolvedFrom) field(t('resolvedFrom', lang), `${resolvedFrom.name} [${resolvedFrom.id}]`);
  const names = view.nameHistory as { from: string | null; value: string | null }[];
  if (names.length > 1) field(t('nameHistory', lang), names.map((n) => `${n.from}: ${n.value ?? '—'}`).join('\n' + ' '.repeat(19)));
  const preds = view.predecessors as ({ id: string } | null)[];
  field(t('predecessors', lang), preds.map((p) => p?.id).join(', '));
  const succ = view.successors as ({ id: string } | null)[];
  field(t('successors', lang), succ.map((p) => p?.id).join(', '));
  const children = view.children as { id: string; name: string }[];
  if (children.length) field(t('children', lang), children.map((c) => `${c.name} [${c.id}]`).join('\n' + ' '.repeat(19)));
  field(t('citations', lang), view.citations.map((c) => `${c.doc} ${c.ref}${c.note ? ` (${c.note})` : ''}`).join('\n' + ' '.repeat(19)));
  field(t('confidence', lang), unit.confidence);
  field(t('register', lang), view.register.join(', '));
  field(t('notes', lang), text(unit.notes, lang));
  return lines.join('\n');
}
