import {
  type CalendarDay,
  type Citation,
  type Citations,
  type Code,
  type Issue,
  type Lang,
  type MessageParams,
  type Row,
  type Severity,
  addDays,
  allValues,
  createIssue,
  hasErrors,
  isHistory,
  normalizeName,
} from '@motcua/core';
import { lintJurisdiction } from './lint-jurisdiction.js';
import { lintKpiIndices } from './lint-kpi.js';
import { lintProcedures } from './lint-procedures.js';
import type { ParsedPack, RowOrigin } from './parse-pack.js';
import { suggest } from './zod-issues.js';
import { locate } from './yaml-source.js';

type Path = readonly (string | number)[];

/** How an open end of a validity interval is written in messages. */
const OPEN = '…';
type CollectionKey = 'units' | 'agencies' | 'areas' | 'phases' | 'regimes' | 'calendars' | 'holidays' | 'jurisdiction';

const COLLECTIONS: readonly CollectionKey[] = ['units', 'agencies', 'areas', 'phases', 'regimes', 'calendars', 'holidays', 'jurisdiction'];

/** Which collection each reference field points into, per collection. */
const REFERENCES: Record<CollectionKey, readonly (readonly [field: string, target: CollectionKey, mustBeInForce: boolean])[]> = {
  units: [
    ['parent', 'units', true],
    ['predecessors', 'units', false],
    ['agency', 'agencies', true],
    ['area', 'areas', false],
    ['areas', 'areas', false],
    ['headOffice', 'units', false],
  ],
  agencies: [
    ['parent', 'agencies', true],
    ['predecessors', 'agencies', false],
    ['area', 'areas', false],
  ],
  areas: [
    ['parent', 'areas', false],
    ['predecessors', 'areas', false],
  ],
  phases: [],
  regimes: [],
  calendars: [
    ['extends', 'calendars', false],
    ['units', 'units', false],
  ],
  holidays: [['calendar', 'calendars', false]],
  jurisdiction: [
    ['agencies', 'agencies', false],
    ['areas', 'areas', false],
  ],
};

/**
 * The first lint pass over a parsed pack: unique ids, references that resolve, citations that name
 * declared documents (and a citation on every dated value), well-formed validity intervals,
 * unambiguous names, acyclic predecessors, phases that do not overlap and a legal regime on every
 * day of the coverage. Each issue points at `file:line:col`.
 */
export function lintPack(pack: ParsedPack, options: { lang?: Lang } = {}): Issue[] {
  const lang = options.lang ?? 'en';
  const { content, origins } = pack;
  const issues: Issue[] = [];
  const report = (code: Code, params: MessageParams, row: object | undefined, field: Path = [], severity: Severity = 'error') => {
    const origin = row ? origins.get(row) : undefined;
    issues.push(createIssue(code, params, { severity, lang, ...where(origin, field) }));
  };

  const documentCodes = new Set(content.documents.map((d) => d.code));
  const registerIds = new Set(content.register.map((r) => r.id));
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, Row>()])) as Record<CollectionKey, Map<string, Row>>;

  const successors = Object.fromEntries(COLLECTIONS.map((c) => [c, successorsIn(content[c] as readonly Row[])])) as Record<CollectionKey, Map<string, Row[]>>;

  // Unique ids (and unique document codes and register ids).
  for (const c of COLLECTIONS) {
    for (const row of content[c] as readonly Row[]) {
      const first = ids[c].get(row.id);
      if (first) report('PACK_DUPLICATE_ID', { id: row.id, collection: c, other: describe(origins.get(first)) }, row, ['id']);
      else ids[c].set(row.id, row);
    }
  }
  uniqueBy(content.documents, (d) => d.code, 'documents', ['code']);
  uniqueBy(content.register, (r) => r.id, 'register', ['id']);
  uniqueBy(content.kpiIndices, (k) => k.id, 'kpiIndices', ['id']);
  uniqueBy(content.procedures, (p) => p.id, 'procedures', ['id']);

  const checkCitations = (row: object, citations: Citations | undefined, path: Path) => {
    const list: readonly Citation[] = citations === undefined ? [] : Array.isArray(citations) ? citations : [citations];
    list.forEach((c, i) => {
      if (!documentCodes.has(c.doc)) {
        const at = Array.isArray(citations) ? [...path, i, 'doc'] : [...path, 'doc'];
        report('PACK_UNKNOWN_DOCUMENT', { doc: c.doc, suggestion: suggest(c.doc, [...documentCodes]) }, row, at);
      }
    });
  };

  for (const c of COLLECTIONS) {
    for (const row of content[c] as readonly Row[]) {
      checkCitations(row, row.citation, ['citation']);
      if (row.validTo !== undefined && row.validTo < row.validFrom) report('PACK_BAD_INTERVAL', { from: row.validFrom, to: row.validTo }, row, ['validTo']);
      for (const [field, value] of [['name', row.name] as const, ['areas', (row as { areas?: unknown }).areas] as const]) {
        if (value === undefined || !isHistory(value as never)) continue;
        for (const [date, entry] of Object.entries((value as { values: Record<string, { citation?: Citations }> }).values)) {
          if (entry.citation === undefined) report('PACK_MISSING_CITATION', { what: `${row.id}.${field}.values.${date}` }, row, [field, 'values', date]);
          else checkCitations(row, entry.citation, [field, 'values', date, 'citation']);
          if (date < row.validFrom || (row.validTo !== undefined && date > row.validTo)) {
            report('PACK_DATED_ORDER', { date, from: row.validFrom, to: row.validTo ?? OPEN }, row, [field, 'values', date], 'warning');
          }
        }
      }
      for (const entry of row.register ?? []) {
        if (!registerIds.has(entry)) report('PACK_REGISTER_REF', { ref: entry }, row, ['register', (row.register ?? []).indexOf(entry)]);
      }
      for (const [field, target, mustBeInForce] of REFERENCES[c]) {
        const raw = (row as unknown as Record<string, unknown>)[field];
        const refs = raw === undefined ? [] : typeof raw === 'string' ? [raw] : Array.isArray(raw) ? (raw as string[]) : (allValues(raw as never) as string[][]).flat();
        for (const ref of new Set(refs)) {
          const found = ids[target].get(ref);
          const at = typeof raw === 'string' ? [field] : Array.isArray(raw) ? [field, raw.indexOf(ref)] : [field];
          if (!found) {
            report('PACK_UNKNOWN_REF', { field, ref, collection: target, suggestion: suggest(ref, [...ids[target].keys()]) }, row, at);
          } else if (mustBeInForce && !coversWithSuccessors(found, row, successors[target])) {
            report('PACK_REF_NOT_IN_FORCE', { field, ref, from: row.validFrom, to: row.validTo ?? OPEN }, row, at, 'warning');
          }
        }
      }
    }
  }
  content.regimes.forEach((r) => {
    if (!documentCodes.has(r.forms)) report('PACK_UNKNOWN_DOCUMENT', { doc: r.forms, suggestion: suggest(r.forms, [...documentCodes]) }, r, ['forms']);
    r.decrees.forEach((d, i) => {
      if (!documentCodes.has(d)) report('PACK_UNKNOWN_DOCUMENT', { doc: d, suggestion: suggest(d, [...documentCodes]) }, r, ['decrees', i]);
    });
  });
  const anyId = new Set([...COLLECTIONS.flatMap((c) => [...ids[c].keys()]), ...content.kpiIndices.map((k) => k.id), ...content.procedures.map((p) => p.id)]);
  for (const entry of content.register) {
    checkCitations(entry, entry.source, ['source']);
    (entry.affects ?? []).forEach((id, i) => {
      if (!anyId.has(id)) report('PACK_UNKNOWN_REF', { field: 'affects', ref: id, collection: 'pack', suggestion: suggest(id, [...anyId]) }, entry, ['affects', i]);
    });
  }
  if (content.manifest.citation) checkCitations(content.manifest, content.manifest.citation, ['citation']);

  // Dated calendar days: their calendar and occasion exist, their sources are declared, and one
  // date is not decided twice by the same decision.
  const decisions = new Map<string, CalendarDay>();
  for (const day of content.calendarDays) {
    checkCitations(day, day.citation, ['citation']);
    if (!ids.calendars.has(day.calendar)) report('PACK_UNKNOWN_REF', { field: 'calendar', ref: day.calendar, collection: 'calendars', suggestion: suggest(day.calendar, [...ids.calendars.keys()]) }, day, ['calendar']);
    if (day.occasion !== undefined && !ids.holidays.has(day.occasion)) {
      report('PACK_UNKNOWN_REF', { field: 'occasion', ref: day.occasion, collection: 'holidays', suggestion: suggest(day.occasion, [...ids.holidays.keys()]) }, day, ['occasion']);
    }
    const key = `${day.calendar} ${day.date} ${day.status} ${day.issued ?? ''}`;
    const first = decisions.get(key);
    if (first) report('PACK_DUPLICATE_ID', { id: `${day.date} (${day.calendar})`, collection: 'calendarDays', other: describe(origins.get(first)) }, day, ['date']);
    else decisions.set(key, day);
  }
  // A jurisdiction row's named receiver, and the units and agencies expert cases name, exist.
  for (const row of content.jurisdiction) {
    const unit = 'unit' in row.receiver ? row.receiver.unit : undefined;
    if (unit !== undefined && !ids.units.has(unit)) report('PACK_UNKNOWN_REF', { field: 'receiver.unit', ref: unit, collection: 'units', suggestion: suggest(unit, [...ids.units.keys()]) }, row, ['receiver', 'unit']);
  }
  for (const c of content.cases) {
    const refs: [string, string | undefined, CollectionKey][] = [['query.agency', c.query.agency, 'agencies'], ['query.area', c.query.area, 'areas']];
    for (const [field, ref, collection] of refs) {
      if (ref !== undefined && !ids[collection].has(ref)) report('PACK_UNKNOWN_REF', { field, ref, collection, suggestion: suggest(ref, [...ids[collection].keys()]) }, c, field.split('.'));
    }
    for (const key of ['receivers', 'includes', 'excludes'] as const) {
      (c.expect[key] ?? []).forEach((u, i) => {
        if (!ids.units.has(u)) report('PACK_UNKNOWN_REF', { field: `expect.${key}`, ref: u, collection: 'units', suggestion: suggest(u, [...ids.units.keys()]) }, c, ['expect', key, i]);
      });
    }
  }
  // Lunar holidays need the lunar table; each year appears once.
  uniqueBy(content.lunarYears, (y) => String(y.year), 'lunarYears', ['year']);
  const lunarRule = content.holidays.find((h) => 'lunar' in h.date);
  if (lunarRule && content.lunarYears.length === 0) report('PACK_MISSING_FIELD', { field: 'lunarYears' }, lunarRule, ['date']);
  if (content.calendars.length > 0 && content.lunarYears.length === 0 && !lunarRule) {
    report('PACK_MISSING_FIELD', { field: 'lunarYears' }, content.calendars[0], ['id']);
  }

  // Names and aliases: one name may not designate two rows that are in force at the same time.
  for (const c of COLLECTIONS) {
    const seen = new Map<string, Row[]>();
    for (const row of content[c] as readonly Row[]) {
      const written = new Map<string, { text: string; field: Path }>();
      for (const text of allValues(row.name)) if (!written.has(normalizeName(text))) written.set(normalizeName(text), { text, field: ['name'] });
      (row.aliases ?? []).forEach((text, i) => {
        if (!written.has(normalizeName(text))) written.set(normalizeName(text), { text, field: ['aliases', i] });
      });
      for (const [key, { text, field }] of written) {
        for (const other of seen.get(key) ?? []) {
          if (overlaps(other, row)) report('PACK_ALIAS_AMBIGUOUS', { name: text, id: row.id, other: other.id, collection: c }, row, field);
        }
        seen.set(key, [...(seen.get(key) ?? []), row]);
      }
    }
  }

  // Predecessor chains must not loop.
  for (const c of COLLECTIONS) {
    for (const row of content[c] as readonly Row[]) {
      if (reaches(ids[c], row.id, row.id)) report('PACK_SELF_PREDECESSOR', { id: row.id }, row, ['predecessors']);
    }
  }

  // Phases do not overlap; some regime is in force on every day of the coverage.
  const phases = [...content.phases].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  for (let i = 1; i < phases.length; i++) {
    const [prev, cur] = [phases[i - 1]!, phases[i]!];
    if (prev.validTo === undefined || prev.validTo >= cur.validFrom) {
      report('PACK_PHASE_OVERLAP', { id: cur.id, other: prev.id, from: cur.validFrom, to: prev.validTo ?? OPEN }, cur, ['validFrom']);
    }
  }
  const { coverage } = content.manifest;
  if (coverage.to !== undefined && coverage.to < coverage.from) {
    report('PACK_BAD_INTERVAL', { from: coverage.from, to: coverage.to }, content.manifest, ['coverage', 'to']);
  } else {
    // A gap is reported at the regime that ends just before it (or at the manifest when none does).
    for (const gap of gaps(content.regimes, coverage.from, coverage.to)) {
      const before = content.regimes.find((r) => r.validTo !== undefined && addDays(r.validTo, 1) === gap.from);
      report('PACK_REGIME_GAP', gap, before ?? content.manifest, before ? ['validTo'] : ['coverage']);
    }
  }
  // Jurisdiction checks only make sense on a pack whose references resolve.
  if (!hasErrors(issues)) lintJurisdiction(content, report);
  // KPI indices stand apart from the network: checked whatever else is wrong.
  lintKpiIndices(content, report, checkCitations);
  // So does the procedure catalogue: its checks need only the agencies and the documents.
  lintProcedures(content, report, checkCitations);
  return issues;

  function uniqueBy<T extends object>(rows: readonly T[], key: (row: T) => string, collection: string, field: Path) {
    const seen = new Map<string, T>();
    for (const row of rows) {
      const k = key(row);
      const first = seen.get(k);
      if (first) report('PACK_DUPLICATE_ID', { id: k, collection, other: describe(origins.get(first)) }, row, field);
      else seen.set(k, row);
    }
  }
}

function where(origin: RowOrigin | undefined, field: Path): { file?: string; line?: number; col?: number; path?: Path } {
  if (!origin) return {};
  const path = [...origin.path, ...field];
  return { file: origin.source.file, ...locate(origin.source, path), path };
}

function describe(origin: RowOrigin | undefined): string {
  if (!origin) return '?';
  const { line, col } = locate(origin.source, origin.path);
  return `${origin.source.file}:${line}:${col}`;
}

type Interval = { readonly validFrom: string; readonly validTo?: string | undefined };

function overlaps(a: Interval, b: Interval): boolean {
  return a.validFrom <= (b.validTo ?? LAST_DAY) && b.validFrom <= (a.validTo ?? LAST_DAY);
}

/** Rows that list each id among their predecessors. */
function successorsIn(rows: readonly Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) for (const p of ('predecessors' in row ? row.predecessors : undefined) ?? []) map.set(p, [...(map.get(p) ?? []), row]);
  return map;
}

/**
 * Whether `outer`, or the successors that took it over without a gap, are in force for the whole
 * validity of `inner`: a desk may keep naming a department that was merged while the desk still ran.
 */
function coversWithSuccessors(outer: Row, inner: Interval, successors: ReadonlyMap<string, readonly Row[]>): boolean {
  if (outer.validFrom > inner.validFrom) return false;
  let end = outer.validTo;
  let current: readonly Row[] = [outer];
  const seen = new Set<string>();
  while (end !== undefined && (inner.validTo === undefined || end < inner.validTo)) {
    const next = current.flatMap((r) => successors.get(r.id) ?? []).filter((s) => !seen.has(s.id) && s.validFrom <= addDays(end!, 1));
    if (next.length === 0) return false;
    for (const s of next) seen.add(s.id);
    end = next.some((s) => s.validTo === undefined) ? undefined : next.map((s) => s.validTo!).sort().at(-1);
    current = next;
  }
  return true;
}

function reaches(rows: ReadonlyMap<string, Row>, from: string, target: string, seen = new Set<string>()): boolean {
  const row = rows.get(from);
  for (const p of (row && 'predecessors' in row ? row.predecessors : undefined) ?? []) {
    if (p === target) return true;
    if (seen.has(p)) continue;
    seen.add(p);
    if (reaches(rows, p, target, seen)) return true;
  }
  return false;
}

/** Stretches of [from, to] (to open when undefined) that no interval covers. */
function gaps(intervals: readonly Interval[], from: string, to: string | undefined): { from: string; to: string }[] {
  const end = to ?? LAST_DAY;
  const sorted = [...intervals].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const out: { from: string; to: string }[] = [];
  let cursor = from;
  for (const i of sorted) {
    if (cursor > end) return out;
    if (i.validFrom > cursor) out.push({ from: cursor, to: i.validFrom <= end ? addDays(i.validFrom, -1) : to ?? OPEN });
    const last = i.validTo ?? LAST_DAY;
    if (last >= LAST_DAY) return out;
    if (last >= cursor) cursor = addDays(last, 1);
  }
  if (cursor <= end) out.push({ from: cursor, to: to ?? OPEN });
  return out;
}

/** The last date the format can write; a row ending then is open-ended. */
const LAST_DAY = '9999-12-31';

