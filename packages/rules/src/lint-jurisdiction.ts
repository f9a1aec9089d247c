import {
  type Code,
  type Condition,
  type JurisdictionRow,
  type MessageParams,
  type PackContent,
  type Severity,
  addDays,
  compileJurisdiction,
  inForce,
  isHistory,
  valueAt,
} from '@motcua/core';

type Report = (code: Code, params: MessageParams, row: object | undefined, field?: readonly (string | number)[], severity?: Severity) => void;

/** The facts the router gives every condition; others must come from the caller's `facts`. */
const KNOWN_FACTS = new Set(['date', 'day', 'agency', 'level', 'area', 'channel']);

/**
 * The jurisdiction checks of the linter: phases cover the coverage, rows do not repeat or cancel
 * each other, conditions can hold, every agency in force has a receiver, and every area that
 * branches serve has exactly one home branch on each date.
 */
export function lintJurisdiction(content: PackContent, report: Report): void {
  phaseGaps(content, report);
  if (content.jurisdiction.length === 0) return;
  const rows = content.jurisdiction;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    if (a.conditions) for (const detail of never(a.conditions)) report('PACK_JUR_NEVER', { id: a.id, detail }, a, ['conditions'], 'warning');
    for (let j = 0; j < i; j++) {
      const b = rows[j]!;
      if (!sameScope(a, b) || !overlap(a, b)) continue;
      if ((a.effect ?? 'allow') === (b.effect ?? 'allow') && a.basis === b.basis) report('PACK_JUR_OVERLAP', { id: a.id, other: b.id }, a, ['receiver'], 'warning');
      else if ((a.effect ?? 'allow') !== (b.effect ?? 'allow')) {
        const [allow, deny] = a.effect === 'deny' ? [b, a] : [a, b];
        // Only a deny row in force for the whole of the allow row cancels it entirely.
        const covers = deny.validFrom <= allow.validFrom && (deny.validTo === undefined || (allow.validTo !== undefined && allow.validTo <= deny.validTo));
        if (covers) report('PACK_JUR_CONTRADICTION', { id: allow.id, other: deny.id }, deny, ['effect'], 'warning');
      }
    }
  }
  noReceiver(content, report);
  homeBranches(content, report);
}

function sameScope(a: JurisdictionRow, b: JurisdictionRow): boolean {
  const key = (r: JurisdictionRow) => JSON.stringify([r.receiver, [...(r.agencies ?? [])].sort(), [...(r.levels ?? [])].sort(), [...(r.areas ?? [])].sort(), [...(r.channels ?? [])].sort(), r.conditions ?? null]);
  return key(a) === key(b);
}

function overlap(a: { validFrom: string; validTo?: string | undefined }, b: { validFrom: string; validTo?: string | undefined }): boolean {
  return a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');
}

/** Reasons a condition can never hold (empty `in`, two different `equal` values of one fact under `all`). */
function never(c: Condition): string[] {
  if ('any' in c) return c.any.every((x) => never(x).length > 0) ? ['no branch of "any" can hold'] : [];
  if ('not' in c) return [];
  if ('all' in c) {
    const out = c.all.flatMap(never);
    const equals = new Map<string, unknown>();
    for (const x of c.all) {
      if (!('fact' in x) || x.operator !== 'equal') continue;
      if (equals.has(x.fact) && equals.get(x.fact) !== x.value) out.push(`"${x.fact}" cannot equal both ${JSON.stringify(equals.get(x.fact))} and ${JSON.stringify(x.value)}`);
      equals.set(x.fact, x.value);
    }
    return out;
  }
  if (c.operator === 'in' && Array.isArray(c.value) && c.value.length === 0) return [`"${c.fact}" in an empty list`];
  if (!KNOWN_FACTS.has(c.fact)) return [];
  if (c.fact === 'channel' && (c.operator === 'equal' || c.operator === 'in')) {
    const values = Array.isArray(c.value) ? c.value : [c.value];
    if (!values.some((v) => v === 'direct' || v === 'online' || v === 'postal')) return [`"channel" is never ${JSON.stringify(c.value)}`];
  }
  return [];
}

/** Days of the coverage that no phase covers. */
function phaseGaps(content: PackContent, report: Report): void {
  if (content.phases.length === 0) return;
  const sorted = [...content.phases].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  let cursor = content.manifest.coverage.from;
  const end = content.manifest.coverage.to ?? '9999-12-31';
  for (const p of sorted) {
    if (p.validFrom > cursor && cursor <= end) report('PACK_PHASE_GAP', { from: cursor, to: addDays(p.validFrom, -1) }, p, ['validFrom'], 'warning');
    if (p.validTo === undefined) return;
    if (p.validTo >= cursor) cursor = addDays(p.validTo, 1);
  }
  if (cursor <= end) report('PACK_PHASE_GAP', { from: cursor, to: content.manifest.coverage.to ?? '…' }, sorted.at(-1), ['validTo'], 'warning');
}

/** Each agency, on each date its situation can change, has some receiver through some channel. */
function noReceiver(content: PackContent, report: Report): void {
  const router = compileJurisdiction(content);
  const dates = new Set<string>();
  for (const r of [...content.jurisdiction, ...content.units, ...content.agencies]) {
    dates.add(r.validFrom);
    if (r.validTo !== undefined) dates.add(addDays(r.validTo, 1));
  }
  const from = content.jurisdiction.map((r) => r.validFrom).sort()[0]!;
  for (const agency of content.agencies) {
    for (const date of [...dates].sort()) {
      if (date < from || !inForce(agency, date)) continue;
      const any = (['direct', 'online', 'postal'] as const).some((channel) => router.receiverIds({ at: date, agency: agency.id, channel }).length > 0);
      if (!any) {
        report('PACK_JUR_NO_RECEIVER', { agency: agency.id, channel: 'direct/online/postal', date }, agency, ['id'], 'warning');
        break;
      }
    }
  }
}

/**
 * On the dates a home-branch row is in force, every area that branches declare as home areas has
 * exactly one home branch (before that, branches may list their own district without a network).
 */
function homeBranches(content: PackContent, report: Report): void {
  const homeRows = content.jurisdiction.filter((r) => 'homeBranchOf' in r.receiver && r.effect !== 'deny');
  if (homeRows.length === 0) return;
  const branches = content.units.filter((u) => u.kind === 'branch' && u.areas !== undefined);
  const dates = new Set<string>();
  for (const b of branches) {
    dates.add(b.validFrom);
    if (isHistory(b.areas!)) for (const d of Object.keys(b.areas.values)) dates.add(d);
  }
  for (const r of homeRows) dates.add(r.validFrom);
  const areas = new Map(content.areas.map((a) => [a.id, a]));
  const reported = new Set<string>();
  for (const date of [...dates].sort()) {
    if (!homeRows.some((r) => inForce(r, date))) continue;
    const homes = new Map<string, string[]>();
    for (const b of branches) if (inForce(b, date)) for (const a of valueAt(b.areas!, date) ?? []) homes.set(a, [...(homes.get(a) ?? []), b.id]);
    if (homes.size === 0) continue;
    const kinds = new Set([...homes.keys()].map((a) => areas.get(a)?.kind));
    for (const area of content.areas) {
      if (!kinds.has(area.kind) || !inForce(area, date)) continue;
      const list = homes.get(area.id) ?? [];
      if (list.length !== 1 && !reported.has(area.id)) {
        reported.add(area.id);
        report('PACK_HOME_BRANCH', { area: area.id, count: list.length, date, branches: list.join(', ') }, area, ['id'], 'warning');
      }
    }
  }
}
