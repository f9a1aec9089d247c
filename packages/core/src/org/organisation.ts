import { type Code, type Lang } from '../codes.js';
import { type Issue, type Result, createIssue, fail, ok } from '../issues.js';
import type { Dated, History } from '../model/common.js';
import type { Agency, Area, Manifest, PackContent, PackDocument, Phase, Regime, RegisterEntry, Unit, UnitKind } from '../model/entities.js';
import type { IsoDate } from '../util/dates.js';
import { closest, normalizeName } from '../util/names.js';

/** The collections whose rows can be named on the command line. */
export type Collection = 'unit' | 'agency' | 'area' | 'phase' | 'regime';

/** A row of any nameable collection. */
export type Row = Unit | Agency | Area | Phase | Regime;

type RowOf<C extends Collection> = C extends 'unit' ? Unit : C extends 'agency' ? Agency : C extends 'area' ? Area : C extends 'phase' ? Phase : Regime;

/** What a name resolved to: the row, and the row the name designated if a successor was followed. */
export interface Resolved<R extends Row> {
  readonly row: R;
  /** Set when the name designated a body no longer in force and its successor was taken. */
  readonly via?: R;
}

/** Whether a row is in force on `date` (both ends inclusive). */
export function inForce(row: { readonly validFrom: string; readonly validTo?: string | undefined }, date: IsoDate): boolean {
  return row.validFrom <= date && (row.validTo === undefined || date <= row.validTo);
}

/** Whether a dated value is given as a history (`values:`). */
export function isHistory<T>(value: Dated<T>): value is History<T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'values' in value;
}

/**
 * The value of a dated field on `date`; with no date, the latest value. Before the first key of a
 * history there is no value.
 */
export function valueAt<T>(value: Dated<T>, date?: IsoDate): T | undefined {
  if (!isHistory(value)) return value;
  let found: T | null | undefined;
  for (const key of Object.keys(value.values).sort()) {
    if (date !== undefined && key > date) break;
    found = value.values[key]!.value;
  }
  return found ?? undefined;
}

/** Every value a dated field ever takes. */
export function allValues<T>(value: Dated<T>): T[] {
  if (!isHistory(value)) return [value];
  return Object.values(value.values)
    .map((v) => v.value)
    .filter((v): v is T => v !== null);
}

/** The name of a row on `date` (its latest name without a date). */
export function nameAt(row: { readonly id: string; readonly name: Dated<string> }, date?: IsoDate): string {
  return valueAt(row.name, date) ?? allValues(row.name)[0] ?? row.id;
}

/** A branch and what it consists of on one date. */
export interface BranchView {
  readonly branch: Unit;
  readonly name: string;
  readonly sites: readonly Unit[];
  readonly areas: readonly string[];
}

/** The network on one date: the phase and regime in force, and the units that receive. */
export interface NetworkView {
  readonly date: IsoDate;
  readonly phase: Phase | undefined;
  readonly regime: Regime | undefined;
  readonly branches: readonly BranchView[];
  readonly counts: Readonly<Record<UnitKind, number>>;
}

/**
 * The organisation a pack declares, with lookups by id, by date and by name. Built once from
 * validated content; every query is pure.
 */
export interface Organisation {
  readonly manifest: Manifest;
  readonly content: PackContent;
  /** Whether `date` lies in the pack's coverage. */
  covers(date: IsoDate): boolean;
  get<C extends Collection>(collection: C, id: string): RowOf<C> | undefined;
  document(code: string): PackDocument | undefined;
  registerEntry(id: string): RegisterEntry | undefined;
  /** Rows of a collection in force on `date` (all rows without a date), in declaration order. */
  list<C extends Collection>(collection: C, date?: IsoDate): readonly RowOf<C>[];
  /** Units in force on `date`, optionally of one kind or under one parent. */
  units(filter?: { at?: IsoDate; kind?: UnitKind; parent?: string }): readonly Unit[];
  phaseAt(date: IsoDate): Phase | undefined;
  regimeAt(date: IsoDate): Regime | undefined;
  /** Rows that list `id` among their predecessors. */
  successors<C extends Collection>(collection: C, id: string): readonly RowOf<C>[];
  /** The rows in force on `date` that a row became, following successors (the row itself if in force). */
  currentOf<C extends Collection>(collection: C, id: string, date: IsoDate): readonly RowOf<C>[];
  /** Finds a row by id, name or alias (case-, diacritic- and punctuation-insensitive). */
  resolve<C extends Collection>(collection: C, text: string, options?: { at?: IsoDate; lang?: Lang }): Result<Resolved<RowOf<C>>>;
  network(date: IsoDate): NetworkView;
}

const COLLECTION_KEY = { unit: 'units', agency: 'agencies', area: 'areas', phase: 'phases', regime: 'regimes' } as const;

/** Builds the {@link Organisation} of validated pack content. */
export function createOrganisation(content: PackContent): Organisation {
  const byId = new Map<Collection, Map<string, Row>>();
  const successorsOf = new Map<Collection, Map<string, Row[]>>();
  for (const collection of Object.keys(COLLECTION_KEY) as Collection[]) {
    const ids = new Map<string, Row>();
    const succ = new Map<string, Row[]>();
    for (const row of content[COLLECTION_KEY[collection]] as readonly Row[]) {
      if (!ids.has(row.id)) ids.set(row.id, row);
      for (const p of ('predecessors' in row ? row.predecessors : undefined) ?? []) succ.set(p, [...(succ.get(p) ?? []), row]);
    }
    byId.set(collection, ids);
    successorsOf.set(collection, succ);
  }

  // The name index normalises every name and alias; it is built on the first lookup by name, since
  // most programs load a pack without ever resolving a name.
  const nameIndexes = new Map<Collection, { byName: Map<string, Row[]>; candidates: { key: string; item: Row }[] }>();
  const nameIndex = (collection: Collection) => {
    let index = nameIndexes.get(collection);
    if (!index) {
      const byName = new Map<string, Row[]>();
      const candidates: { key: string; item: Row }[] = [];
      for (const row of content[COLLECTION_KEY[collection]] as readonly Row[]) {
        for (const text of [row.id, ...allValues(row.name), ...(row.aliases ?? [])]) {
          const key = normalizeName(text);
          const list = byName.get(key) ?? [];
          if (!list.includes(row)) list.push(row);
          byName.set(key, list);
          candidates.push({ key, item: row });
        }
      }
      index = { byName, candidates };
      nameIndexes.set(collection, index);
    }
    return index;
  };

  const { manifest } = content;
  const documents = new Map(content.documents.map((d) => [d.code, d]));
  const register = new Map(content.register.map((r) => [r.id, r]));
  const sortedPhases = [...content.phases].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const sortedRegimes = [...content.regimes].sort((a, b) => a.validFrom.localeCompare(b.validFrom));

  const get = <C extends Collection>(collection: C, id: string) => byId.get(collection)!.get(id) as RowOf<C> | undefined;
  const successors = <C extends Collection>(collection: C, id: string) => (successorsOf.get(collection)!.get(id) ?? []) as RowOf<C>[];

  const currentOf = <C extends Collection>(collection: C, id: string, date: IsoDate): RowOf<C>[] => {
    const found: RowOf<C>[] = [];
    const seen = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const row = get(collection, next);
      if (row && inForce(row, date)) {
        if (!found.includes(row)) found.push(row);
        continue;
      }
      // Only follow a successor that came after the row: a later body, not an earlier one.
      for (const s of successors(collection, next)) if (!row || s.validFrom > row.validFrom || row.validTo !== undefined) queue.push(s.id);
    }
    return found;
  };

  const units = (filter: { at?: IsoDate; kind?: UnitKind; parent?: string } = {}) =>
    content.units.filter(
      (u) =>
        (filter.at === undefined || inForce(u, filter.at)) &&
        (filter.kind === undefined || u.kind === filter.kind) &&
        (filter.parent === undefined || u.parent === filter.parent),
    );

  const org: Organisation = {
    manifest,
    content,
    covers: (date) => date >= manifest.coverage.from && (manifest.coverage.to === undefined || date <= manifest.coverage.to),
    get,
    document: (code) => documents.get(code),
    registerEntry: (id) => register.get(id),
    list: <C extends Collection>(collection: C, date?: IsoDate) => {
      const rows = content[COLLECTION_KEY[collection]] as readonly RowOf<C>[];
      return date === undefined ? rows : rows.filter((r) => inForce(r, date));
    },
    units,
    phaseAt: (date) => sortedPhases.find((p) => inForce(p, date)),
    regimeAt: (date) => sortedRegimes.find((r) => inForce(r, date)),
    successors,
    currentOf,
    resolve: <C extends Collection>(collection: C, text: string, options: { at?: IsoDate; lang?: Lang } = {}): Result<Resolved<RowOf<C>>> => {
      const { at, lang = 'en' } = options;
      const key = normalizeName(text);
      const exact = get(collection, text.trim());
      let matches = (exact ? [exact] : ((nameIndex(collection).byName.get(key) ?? []) as RowOf<C>[])).slice();
      let via: RowOf<C> | undefined;
      if (at !== undefined && matches.length > 0) {
        const current = matches.filter((m) => inForce(m, at));
        if (current.length > 0) {
          matches = current;
        } else {
          const followed = [...new Set(matches.flatMap((m) => currentOf(collection, m.id, at)))];
          if (followed.length > 0) {
            if (matches.length === 1) via = matches[0];
            matches = followed;
          }
        }
      }
      if (matches.length === 1) return ok(via ? { row: matches[0]!, via } : { row: matches[0]! });
      const describe = (rows: readonly Row[]) => rows.map((r) => `${r.id} (${nameAt(r, at)})`).join(', ');
      if (matches.length > 1) return fail([issue('INPUT_AMBIGUOUS_NAME', { kind: collection, name: text, candidates: describe(matches) }, lang)]);
      const near = closest(key, nameIndex(collection).candidates, 5);
      return fail([issue('INPUT_UNKNOWN_NAME', { kind: collection, name: text, candidates: describe(near) }, lang)]);
    },
    network: (date) => {
      const counts = Object.fromEntries(
        (['center', 'branch', 'head-office', 'reception-point', 'department-desk', 'district-desk', 'commune-centre', 'online-portal'] as const).map((k) => [
          k,
          units({ at: date, kind: k }).length,
        ]),
      ) as Record<UnitKind, number>;
      const branches = units({ at: date, kind: 'branch' }).map((branch) => ({
        branch,
        name: nameAt(branch, date),
        sites: content.units.filter((u) => u.parent === branch.id && inForce(u, date)),
        areas: branch.areas === undefined ? [] : (valueAt(branch.areas, date) ?? []),
      }));
      return { date, phase: org.phaseAt(date), regime: org.regimeAt(date), branches, counts };
    },
  };
  return org;
}

function issue(code: Code, params: Record<string, string>, lang: Lang): Issue {
  return createIssue(code, params, { lang });
}
