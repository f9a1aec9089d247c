import { type Citations, type IsoDate, type Lang, type Organisation, type Phase, type Procedure, type ProcedureVersion, type Regime, type Row, type Unit, createCatalogue, createIssue, nameAt, valueAt } from '@motcua/core';
import type { Pack } from '@motcua/rules';
import { CommandFailure } from './io.js';

/** Citations as a list. */
export function citationList(c: Citations | undefined) {
  return c === undefined ? [] : (Array.isArray(c) ? c : [c]).map((x) => ({ doc: x.doc, ref: x.ref, ...(x.note ? { note: x.note } : {}) }));
}

/** `{id, name}` of a row, named as on `date`. */
export function ref(row: Row | undefined, date?: IsoDate) {
  return row ? { id: row.id, name: nameAt(row, date) } : null;
}

/** The JSON view of a unit on a date (its latest state without a date). */
export function unitJson(org: Organisation, unit: Unit, date?: IsoDate) {
  return {
    id: unit.id,
    kind: unit.kind,
    name: nameAt(unit, date),
    aliases: unit.aliases ?? [],
    number: unit.number ?? null,
    parent: ref(unit.parent ? org.get('unit', unit.parent) : undefined, date),
    agency: ref(unit.agency ? org.get('agency', unit.agency) : undefined, date),
    area: unit.area ?? null,
    areas: unit.areas === undefined ? [] : (valueAt(unit.areas, date) ?? []),
    headOffice: unit.headOffice ?? null,
    address: unit.address ?? null,
    validFrom: unit.validFrom,
    validTo: unit.validTo ?? null,
    confidence: unit.confidence ?? null,
    citations: citationList(unit.citation),
    register: unit.register ?? [],
  };
}

/** The JSON view of a phase. */
export function phaseJson(phase: Phase) {
  return {
    id: phase.id,
    kind: phase.kind,
    name: nameAt(phase),
    aliases: phase.aliases ?? [],
    description: phase.description ?? null,
    validFrom: phase.validFrom,
    validTo: phase.validTo ?? null,
    citations: citationList(phase.citation),
    register: phase.register ?? [],
  };
}

/** The JSON view of a legal regime. */
export function regimeJson(regime: Regime) {
  return {
    id: regime.id,
    name: nameAt(regime),
    aliases: regime.aliases ?? [],
    decrees: regime.decrees,
    forms: regime.forms,
    validFrom: regime.validFrom,
    validTo: regime.validTo ?? null,
    citations: citationList(regime.citation),
  };
}

const catalogues = new WeakMap<Pack, ReturnType<typeof createCatalogue>>();

/** The procedure a `--procedure` option names (national code, id, name or alias) and its version in force on `date`. */
export function procedureOption(value: unknown, pack: Pack, date: IsoDate, lang: Lang): { procedure: Procedure; version: ProcedureVersion } {
  let catalogue = catalogues.get(pack);
  if (!catalogue) catalogues.set(pack, (catalogue = createCatalogue(pack.org.content.procedures)));
  const resolved = catalogue.resolve(String(value), { lang });
  if (!resolved.ok) throw new CommandFailure(resolved.issues);
  const procedure = resolved.value;
  const version = catalogue.versionAt(procedure, date);
  if (!version) {
    const versions = procedure.versions.map((v) => `${v.validFrom}…${v.validTo ?? ''}`).join(', ');
    throw new CommandFailure([createIssue('INPUT_PROCEDURE_NOT_IN_FORCE', { name: procedure.name, date, versions }, { lang })]);
  }
  return { procedure, version };
}
