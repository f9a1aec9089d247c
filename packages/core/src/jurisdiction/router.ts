import type { Lang } from '../codes.js';
import type { Citation } from '../model/common.js';
import type { Level, PackContent, Unit } from '../model/entities.js';
import type { Basis, Channel, JurisdictionRow } from '../model/jurisdiction.js';
import { inForce, isHistory, nameAt } from '../org/organisation.js';
import { type IsoDate, dayNumber, fromDayNumber as fromDay } from '../util/dates.js';
import { type Facts, compileCondition } from './conditions.js';
import { type DecisionKey, decisionTable } from './decision-table.js';
import { checkExtraFacts, readableAsIs, readsQueryFacts } from './facts.js';
import { agencyLineage } from './lineage.js';
import { upperBound } from './periods.js';
import { type Grant, receiverUnion } from './receiver-union.js';

/** A question to the router: who may receive this dossier, here and now? */
export interface RouteQuery {
  readonly at: IsoDate;
  /** The competent agency (its level and, for a People's Committee, its area follow from it). */
  readonly agency?: string;
  readonly level?: Level;
  /** The dossier's area: a former district before 01/07/2025, a commune-level unit after. */
  readonly area?: string;
  readonly channel: Channel;
  /** Extra facts that rows' conditions may read. */
  readonly facts?: Facts;
}

/** A unit that may receive, with every row that grants it. */
export interface Receiver {
  readonly unit: Unit;
  readonly basis: readonly Basis[];
  readonly rows: readonly JurisdictionRow[];
  readonly citations: readonly Citation[];
}

/** Why a row did not grant a unit. */
export interface RejectionReason {
  readonly code: 'not-in-force' | 'channel' | 'agency' | 'level' | 'area' | 'condition' | 'selector' | 'denied' | 'unit-not-in-force' | 'no-row';
  readonly row?: string;
  readonly message: string;
}

/** A unit that may not receive, and why (each row that could have named it, and where it failed). */
export interface Rejection {
  readonly unit: Unit;
  readonly reasons: readonly RejectionReason[];
}

/** The compiled jurisdiction of a pack. */
export interface Router {
  /** The ids of the units that may receive (fast path: no explanation, shared arrays where possible). */
  receiverIds(query: RouteQuery): readonly string[];
  /** The allow and deny rows a query matches. */
  matchingRows(query: RouteQuery): { allow: JurisdictionRow[]; deny: JurisdictionRow[] };
  /** The units a row designates for a query (whether or not the row matches it). */
  designated(row: JurisdictionRow, query: RouteQuery): readonly string[];
  /** The receivers with their basis, rows and citations. */
  route(query: RouteQuery): Receiver[];
  /** Why each other unit in force may not receive. */
  rejections(query: RouteQuery, lang?: Lang): Rejection[];
}

interface CompiledRow {
  readonly row: JurisdictionRow;
  readonly from: number;
  readonly to: number;
  readonly channels: readonly Channel[] | undefined;
  readonly agencies: ReadonlySet<string> | undefined;
  readonly levels: readonly Level[] | undefined;
  readonly areas: ReadonlySet<string> | undefined;
  readonly condition: ((facts: Facts) => boolean) | undefined;
  /** Whether the condition reads a fact of the query's own (else only its extra facts). */
  readonly readsQuery: boolean;
  readonly deny: boolean;
}

const LAST = Number.MAX_SAFE_INTEGER;

/**
 * Compiles the jurisdiction rows of a pack into a synchronous router. Rows are indexed by agency
 * (a row's agencies include their successors, so rows written with the plan's names keep applying
 * after the renamings); units by kind, area and agency, with their lists cached per validity epoch.
 * `receiverIds` answers from a decision table (see decision-table.ts), so that a query costs a few
 * Map reads and allocates nothing once its kind has been seen.
 */
export function compileJurisdiction(content: PackContent): Router {
  const agencies = new Map(content.agencies.map((a) => [a.id, a]));
  const lineage = agencyLineage(content.agencies);

  const rows: CompiledRow[] = content.jurisdiction.map((row) => ({
    row,
    from: dayNumber(row.validFrom),
    to: row.validTo === undefined ? LAST : dayNumber(row.validTo),
    channels: row.channels,
    agencies: row.agencies === undefined ? undefined : new Set(row.agencies.flatMap((a) => [...lineage.descendants(a)])),
    levels: row.levels,
    areas: row.areas === undefined ? undefined : new Set(row.areas),
    condition: row.conditions === undefined ? undefined : compileCondition(row.conditions),
    readsQuery: row.conditions !== undefined && readsQueryFacts(row.conditions),
    deny: row.effect === 'deny',
  }));
  const anyAgency = rows.filter((r) => r.agencies === undefined);
  const byAgency = new Map<string, CompiledRow[]>();
  for (const r of rows) for (const a of r.agencies ?? []) byAgency.set(a, [...(byAgency.get(a) ?? []), r]);
  for (const [a, list] of byAgency) byAgency.set(a, rows.filter((r) => list.includes(r) || r.agencies === undefined));

  // Units, grouped for the selectors; each group answers "which of you are in force on day d"
  // from a list cached per validity epoch, so selecting allocates nothing once warm.
  const unitsById = new Map(content.units.map((u) => [u.id, u]));
  const NONE: readonly string[] = Object.freeze([]);
  const selection = (units: readonly Unit[]): ((day: number) => readonly string[]) => {
    if (units.length === 0) return () => NONE;
    const spans = units.map((u) => ({ id: u.id, ...spanOf(u) }));
    const bounds = [...new Set(spans.flatMap((u) => [u.from, u.to === LAST ? LAST : u.to + 1]))].sort((a, b) => a - b);
    const lists = new Map<number, readonly string[]>();
    return (day) => {
      const epoch = upperBound(bounds, day);
      let list = lists.get(epoch);
      if (!list) lists.set(epoch, (list = Object.freeze(spans.filter((u) => u.from <= day && day <= u.to).map((u) => u.id))));
      return list;
    };
  };
  const group = (key: (u: Unit) => string | undefined) => {
    const map = new Map<string, Unit[]>();
    for (const u of content.units) {
      const k = key(u);
      if (k !== undefined) map.set(k, [...(map.get(k) ?? []), u]);
    }
    return map;
  };
  const lazily = <K, V>(make: (key: K) => V) => {
    const cache = new Map<K, V>();
    return (key: K) => {
      let v = cache.get(key);
      if (v === undefined) cache.set(key, (v = make(key)));
      return v;
    };
  };
  const byKind = group((u) => u.kind);
  const byKindArea = group((u) => (u.area === undefined ? undefined : `${u.kind} ${u.area}`));
  const desksByAgency = group((u) => (u.kind === 'department-desk' ? u.agency : undefined));
  const unitSelection = lazily((id: string) => selection(unitsById.has(id) ? [unitsById.get(id)!] : []));
  const kindSelection = lazily((kind: string) => selection(byKind.get(kind) ?? []));
  const areaSelection = lazily((kind: string) => lazily((area: string) => selection(byKindArea.get(`${kind} ${area}`) ?? [])));
  const deskSelection = lazily((agency: string) => selection([...lineage.ancestors(agency)].flatMap((a) => desksByAgency.get(a) ?? [])));
  const homeSelection = lazily((area: string) => {
    const spans = homeBranches.get(area) ?? [];
    return selection(spans.map((h) => ({ ...h.branch, id: h.branch.id, validFrom: fromDay(Math.max(h.from, dayNumber(h.branch.validFrom))), validTo: h.to === LAST && h.branch.validTo === undefined ? undefined : fromDay(Math.min(h.to, h.branch.validTo === undefined ? LAST : dayNumber(h.branch.validTo))) })));
  });
  const homeBranches = new Map<string, { branch: Unit; from: number; to: number }[]>();
  for (const b of byKind.get('branch') ?? []) {
    if (b.areas === undefined) continue;
    const history = isHistory(b.areas) ? Object.entries(b.areas.values).sort(([x], [y]) => x.localeCompare(y)) : [[b.validFrom, { value: b.areas }] as const];
    history.forEach(([from, { value }], i) => {
      const next = history[i + 1]?.[0];
      const end = Math.min(next === undefined ? LAST : dayNumber(next) - 1, b.validTo === undefined ? LAST : dayNumber(b.validTo));
      for (const area of value ?? []) homeBranches.set(area, [...(homeBranches.get(area) ?? []), { branch: b, from: dayNumber(from), to: end }]);
    });
  }

  /** What a row's receiver selects for a query, compiled once per row. */
  const selectorOf = (row: JurisdictionRow): ((q: Resolved) => readonly string[]) => {
    const r = row.receiver;
    if ('unit' in r) {
      const f = unitSelection(r.unit);
      return (q) => f(q.day);
    }
    if ('unitKind' in r) {
      const f = kindSelection(r.unitKind);
      return (q) => f(q.day);
    }
    if ('unitOfArea' in r) {
      const byArea = areaSelection(r.unitOfArea);
      return (q) => (q.area === undefined ? NONE : byArea(q.area)(q.day));
    }
    if ('deskOf' in r) return (q) => (q.agency === undefined ? NONE : deskSelection(q.agency)(q.day));
    return (q) => (q.area === undefined ? NONE : homeSelection(q.area)(q.day));
  };
  const selectors = new Map(rows.map((r) => [r.row, selectorOf(r.row)]));
  const designatedOn = (row: JurisdictionRow, q: Resolved): readonly string[] => (selectors.get(row) ?? selectorOf(row))(q);

  interface Resolved {
    date: IsoDate;
    day: number;
    agency: string | undefined;
    level: Level | undefined;
    area: string | undefined;
    channel: Channel;
    extra: Facts | undefined;
    facts: Facts | undefined;
  }
  const resolve = (q: RouteQuery): Resolved => {
    checkExtraFacts(q.facts);
    const agency = q.agency === undefined ? undefined : agencies.get(q.agency);
    return {
      date: q.at,
      day: dayNumber(q.at),
      agency: q.agency,
      level: q.level ?? agency?.level,
      area: q.area ?? agency?.area,
      channel: q.channel,
      extra: q.facts,
      facts: undefined,
    };
  };
  // The facts object is built only when a row with conditions is reached.
  const factsOf = (q: Resolved): Facts =>
    (q.facts ??= { date: q.date, day: q.day, agency: q.agency, level: q.level, area: q.area, channel: q.channel, ...q.extra });

  /** The first reason a row does not match but for its conditions, or undefined when it does. */
  const scopeMismatch = (r: CompiledRow, q: Resolved): RejectionReason['code'] | undefined => {
    if (q.day < r.from || q.day > r.to) return 'not-in-force';
    if (r.channels !== undefined && !r.channels.includes(q.channel)) return 'channel';
    if (r.agencies !== undefined && (q.agency === undefined || !r.agencies.has(q.agency))) return 'agency';
    if (r.levels !== undefined && (q.level === undefined || !r.levels.includes(q.level))) return 'level';
    if (r.areas !== undefined && (q.area === undefined || !r.areas.has(q.area))) return 'area';
    return undefined;
  };
  /** The first reason a row does not match, or undefined when it does. */
  const mismatch = (r: CompiledRow, q: Resolved): RejectionReason['code'] | undefined =>
    scopeMismatch(r, q) ?? (r.condition !== undefined && !r.condition(factsOf(q)) ? 'condition' : undefined);

  const candidates = (q: Resolved) => (q.agency === undefined ? anyAgency : (byAgency.get(q.agency) ?? anyAgency));

  const matching = (q: Resolved) => {
    const allow: CompiledRow[] = [];
    const deny: CompiledRow[] = [];
    for (const r of candidates(q)) if (mismatch(r, q) === undefined) (r.deny ? deny : allow).push(r);
    return { allow, deny };
  };

  // The answer to every query of a decision key: the grants of the rows it matches but for their
  // conditions, and the receivers for each set of those conditions that hold.
  interface Part extends Grant {
    /** The row's bit in a mask of the conditions that hold (0: the row has none). */
    readonly bit: number;
  }
  interface Decision {
    readonly parts: readonly Part[];
    readonly conditional: readonly CompiledRow[];
    /** By the mask of the conditions that hold, filled on first use. */
    readonly receivers: (readonly string[] | undefined)[];
  }
  // Each conditional row doubles the answers a decision may keep; past this, route() answers.
  const MAX_CONDITIONAL = 12;
  const union = receiverUnion();
  const decide = (key: DecisionKey): readonly string[] | Decision => {
    const q: Resolved = { date: fromDay(key.day), day: key.day, agency: key.agency, level: key.level as Level | undefined, area: key.area, channel: key.channel as Channel, extra: undefined, facts: undefined };
    const matched = candidates(q).filter((r) => scopeMismatch(r, q) === undefined);
    const conditional = matched.filter((r) => r.condition !== undefined);
    const parts = matched.map((r) => ({ ids: designatedOn(r.row, q), deny: r.deny, bit: r.condition === undefined ? 0 : 1 << conditional.indexOf(r) }));
    const receivers = union(parts.filter((p) => p.bit === 0));
    // Without conditions the decision is its answer: one read less per query.
    return conditional.length === 0 ? receivers : { parts, conditional, receivers: [receivers] };
  };
  const decisionOf = decisionTable(
    {
      periodStarts: [...rows, ...content.units.map(spanOf), ...[...homeBranches.values()].flat()].flatMap((s) => (s.to === LAST ? [s.from] : [s.from, s.to + 1])),
      agencies,
      agencyIds: [...rows.flatMap((r) => [...(r.agencies ?? [])]), ...content.units.flatMap((u) => u.agency ?? [])],
      levels: [...rows.flatMap((r) => r.levels ?? []), ...content.agencies.map((a) => a.level)],
      areas: [...content.areas.map((a) => a.id), ...rows.flatMap((r) => [...(r.areas ?? [])]), ...content.units.flatMap((u) => u.area ?? []), ...homeBranches.keys()],
      channels: rows.flatMap((r) => r.channels ?? []),
    },
    decide,
  );
  const NO_FACTS: Facts = Object.freeze({});

  // No closure in here may capture a local: V8 would allocate their context on every call.
  const receiverIds = (query: RouteQuery): readonly string[] => {
    checkExtraFacts(query.facts);
    const d = decisionOf(query);
    if (isAnswer(d)) return d;
    if (d.conditional.length > MAX_CONDITIONAL) return idsOfRoute(query);
    // A condition that reads only extra facts reads them as they are; others get the full facts.
    const extra = query.facts === undefined ? NO_FACTS : readableAsIs(query.facts) ? query.facts : undefined;
    let full: Facts | undefined;
    let holding = 0;
    for (let i = 0; i < d.conditional.length; i++) {
      const r = d.conditional[i]!;
      if (r.condition!(extra !== undefined && !r.readsQuery ? extra : (full ??= factsOf(resolve(query))))) holding |= 1 << i;
    }
    return (d.receivers[holding] ??= receiversWhen(d, holding));
  };
  const receiversWhen = (d: Decision, holding: number) => union(d.parts.filter((p) => p.bit === 0 || (holding & p.bit) !== 0));
  const idsOfRoute = (query: RouteQuery) => Object.freeze(route(query).map((r) => r.unit.id));

  const route = (query: RouteQuery): Receiver[] => {
    const q = resolve(query);
    const { allow, deny } = matching(q);
    const denied = new Set(deny.flatMap((r) => [...designatedOn(r.row, q)]));
    const grants = new Map<string, JurisdictionRow[]>();
    for (const r of allow) for (const id of designatedOn(r.row, q)) if (!denied.has(id)) grants.set(id, [...(grants.get(id) ?? []), r.row]);
    return [...grants].map(([id, granted]) => ({
      unit: unitsById.get(id)!,
      basis: [...new Set(granted.map((g) => g.basis))],
      rows: granted,
      citations: granted.flatMap((g) => (Array.isArray(g.citation) ? g.citation : [g.citation])),
    }));
  };

  const rejections = (query: RouteQuery, lang: Lang = 'en'): Rejection[] => {
    const q = resolve(query);
    const granted = new Set(route(query).map((r) => r.unit.id));
    const all = rows.map((r) => ({ r, designated: new Set(designatedOn(r.row, q)) }));
    const text = reasonText(lang, q);
    const out: Rejection[] = [];
    for (const unit of content.units) {
      if (granted.has(unit.id) || !inForce(unit, q.date)) continue;
      const reasons: RejectionReason[] = [];
      for (const { r, designated } of all) {
        if (!couldDesignate(r.row, unit)) continue;
        const code = mismatch(r, q);
        // A deny row that does not apply explains nothing about a refusal.
        if (code !== undefined && !r.deny) reasons.push({ code, row: r.row.id, message: text(code, r) });
        else if (r.deny && designated.has(unit.id)) reasons.push({ code: 'denied', row: r.row.id, message: text('denied', r) });
        else if (!r.deny && !designated.has(unit.id)) reasons.push({ code: 'selector', row: r.row.id, message: text('selector', r) });
      }
      if (reasons.length === 0) reasons.push({ code: 'no-row', message: text('no-row') });
      out.push({ unit, reasons });
    }
    return out;
  };

  return {
    receiverIds,
    matchingRows: (query) => {
      const { allow, deny } = matching(resolve(query));
      return { allow: allow.map((r) => r.row), deny: deny.map((r) => r.row) };
    },
    designated: (row, query) => designatedOn(row, resolve(query)),
    route,
    rejections,
  };
}

/** Whether a decision is its answer already (no conditions to read). */
function isAnswer(d: object): d is readonly string[] {
  return Array.isArray(d);
}

/** A unit's validity as day numbers. */
function spanOf(u: Unit): { from: number; to: number } {
  return { from: dayNumber(u.validFrom), to: u.validTo === undefined ? LAST : dayNumber(u.validTo) };
}

/** Whether a row's selector can ever designate this unit (so that its failure explains the unit). */
function couldDesignate(row: JurisdictionRow, unit: Unit): boolean {
  const r = row.receiver;
  if ('unit' in r) return r.unit === unit.id;
  if ('unitKind' in r) return r.unitKind === unit.kind;
  if ('unitOfArea' in r) return r.unitOfArea === unit.kind;
  if ('deskOf' in r) return unit.kind === 'department-desk';
  return unit.kind === 'branch';
}

function reasonText(lang: Lang, q: { date: IsoDate; channel: Channel; agency: string | undefined; level: Level | undefined; area: string | undefined }) {
  const vi = lang === 'vi';
  return (code: RejectionReason['code'], r?: CompiledRow): string => {
    const row = r?.row;
    const name = row ? nameAt(row, q.date) : '';
    const span = row ? `${row.validFrom}–${row.validTo ?? '…'}` : '';
    switch (code) {
      case 'not-in-force':
        return vi ? `dòng "${name}" chỉ có hiệu lực ${span}, không áp dụng ngày ${q.date}` : `row "${name}" is in force ${span}, not on ${q.date}`;
      case 'channel':
        return vi ? `dòng "${name}" không áp dụng cho kênh ${q.channel} (chỉ ${row?.channels?.join(', ')})` : `row "${name}" does not cover the ${q.channel} channel (only ${row?.channels?.join(', ')})`;
      case 'agency':
        return vi ? `dòng "${name}" không gồm cơ quan ${q.agency ?? '(không nêu)'}` : `row "${name}" does not cover agency ${q.agency ?? '(none given)'}`;
      case 'level':
        return vi ? `dòng "${name}" chỉ cho cấp ${row?.levels?.join(', ')}, không cho cấp ${q.level ?? '(không nêu)'}` : `row "${name}" covers levels ${row?.levels?.join(', ')}, not ${q.level ?? '(none given)'}`;
      case 'area':
        return vi ? `dòng "${name}" không gồm địa bàn ${q.area ?? '(không nêu)'}` : `row "${name}" does not cover area ${q.area ?? '(none given)'}`;
      case 'condition':
        return vi ? `điều kiện của dòng "${name}" không thỏa` : `the conditions of row "${name}" do not hold`;
      case 'selector': {
        const r2 = row?.receiver;
        const what = r2 && 'homeBranchOf' in r2 ? (vi ? 'không phải Chi nhánh phụ trách địa bàn' : "it is not the area's home branch") : r2 && 'deskOf' in r2 ? (vi ? 'không phải bộ phận một cửa của cơ quan' : "it is not the agency's desk") : r2 && 'unitOfArea' in r2 ? (vi ? 'không thuộc địa bàn của hồ sơ' : "it is not in the dossier's area") : (vi ? 'dòng chỉ định đơn vị khác' : 'the row names other units');
        return vi ? `dòng "${name}" áp dụng nhưng không chỉ định đơn vị này (${what})` : `row "${name}" applies but does not designate this unit (${what})`;
      }
      case 'denied':
        return vi ? `bị loại trừ bởi dòng "${name}"` : `excluded by row "${name}"`;
      default:
        return vi ? 'không có dòng thẩm quyền nào chỉ định đơn vị này' : 'no jurisdiction row designates this unit';
    }
  };
}
