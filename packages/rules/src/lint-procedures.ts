import { type Citations, type Code, type MessageParams, type PackContent, type Procedure, type Severity, addDays } from '@motcua/core';
import { suggest } from './zod-issues.js';

type Path = readonly (string | number)[];
type Report = (code: Code, params: MessageParams, row: object | undefined, field?: Path, severity?: Severity) => void;
type CheckCitations = (row: object, citations: Citations | undefined, path: Path) => void;

/** The last date the format can write; a version without `validTo` is in force up to it. */
const LAST_DAY = '9999-12-31';
/** How an open end of a validity interval is written in messages. */
const OPEN = '…';

/** The part of a national code that identifies the procedure: `1.001193` of `1.001193.000.00.00.H26`. */
const baseCode = (code: string) => /^\d\.\d{6}/.exec(code)?.[0] ?? code;

/**
 * The procedure-catalogue checks of the linter: every citation (procedure, version, component,
 * eligibility rule, fee) names a declared document and every `register:` id exists; no two
 * procedures share a national code (compared without the local suffix); the competent agency exists
 * (error) and, when named, is in force on every day of each version (warning); versions of one procedure do not
 * overlap (error) and are listed oldest first (warning); component codes and eligibility-rule ids
 * are unique within a version (error); a processing time is not given for a channel the version
 * does not offer (warning); a version lists some component (warning). Duplicate procedure ids are
 * reported by `lint.ts` with the other collections. Each issue points at the field concerned, as
 * `file:line:col` of the procedure's file.
 */
export function lintProcedures(content: PackContent, report: Report, checkCitations: CheckCitations): void {
  const agencies = new Map(content.agencies.map((a) => [a.id, a]));
  const registerIds = new Set(content.register.map((r) => r.id));
  const byCode = new Map<string, Procedure>();

  for (const p of content.procedures) {
    checkCitations(p, p.citation, ['citation']);
    if (p.code !== undefined) {
      const first = byCode.get(baseCode(p.code));
      if (first) report('PACK_PROC_DUPLICATE_CODE', { code: baseCode(p.code), id: p.id, other: first.id }, p, ['code']);
      else byCode.set(baseCode(p.code), p);
    }
    // No agency: every People's Committee of the level performs the procedure (nothing to resolve).
    const agency = p.agency === undefined ? undefined : agencies.get(p.agency);
    if (p.agency !== undefined && !agency) report('PACK_UNKNOWN_REF', { field: 'agency', ref: p.agency, collection: 'agencies', suggestion: suggest(p.agency, [...agencies.keys()]) }, p, ['agency']);

    p.versions.forEach((v, i) => {
      const at = ['versions', i] as const;
      const to = v.validTo ?? LAST_DAY;
      checkCitations(p, v.citation, [...at, 'citation']);
      (v.register ?? []).forEach((ref, r) => {
        if (!registerIds.has(ref)) report('PACK_REGISTER_REF', { ref }, p, [...at, 'register', r]);
      });
      if (v.validTo !== undefined && v.validTo < v.validFrom) report('PACK_BAD_INTERVAL', { from: v.validFrom, to: v.validTo }, p, [...at, 'validTo']);
      else if (agency) {
        // The first day of the version on which the agency is not in force, if any.
        const after = agency.validTo === undefined ? undefined : addDays(agency.validTo, 1);
        const gap = v.validFrom < agency.validFrom ? v.validFrom : after !== undefined && to >= after ? (after > v.validFrom ? after : v.validFrom) : undefined;
        if (gap !== undefined) report('PACK_PROC_AGENCY_NOT_IN_FORCE', { id: p.id, agency: p.agency, date: gap, from: v.validFrom, to: v.validTo ?? OPEN }, p, [...at, 'validFrom'], 'warning');
      }

      // Versions: oldest first, never two in force on one day (reported at the later-listed one).
      const prev = p.versions[i - 1];
      if (prev && v.validFrom < prev.validFrom) report('PACK_PROC_VERSION_ORDER', { id: p.id, version: v.validFrom, other: prev.validFrom }, p, [...at, 'validFrom'], 'warning');
      for (const other of p.versions.slice(0, i)) {
        const from = v.validFrom > other.validFrom ? v.validFrom : other.validFrom;
        const end = to < (other.validTo ?? LAST_DAY) ? to : (other.validTo ?? LAST_DAY);
        if (from <= end) report('PACK_PROC_VERSION_OVERLAP', { id: p.id, version: v.validFrom, other: other.validFrom, from, to: end === LAST_DAY ? OPEN : end }, p, [...at, 'validFrom']);
      }

      // A time for a channel the version does not offer is never used.
      for (const channel of ['online', 'postal'] as const) {
        if (v.processingTime[channel] !== undefined && !v.channels.includes(channel)) {
          report('PACK_PROC_CHANNEL_TIME', { id: p.id, version: v.validFrom, channel }, p, [...at, 'processingTime', channel], 'warning');
        }
      }

      if (v.components.length === 0) report('PACK_PROC_NO_COMPONENTS', { id: p.id, version: v.validFrom }, p, [...at, 'components'], 'warning');
      const codes = new Set<string>();
      v.components.forEach((c, j) => {
        if (codes.has(c.code)) report('PACK_PROC_DUPLICATE_COMPONENT', { id: p.id, version: v.validFrom, component: c.code }, p, [...at, 'components', j, 'code']);
        codes.add(c.code);
        if (c.citation !== undefined) checkCitations(p, c.citation, [...at, 'components', j, 'citation']);
      });
      const rules = new Set<string>();
      (v.eligibility ?? []).forEach((e, j) => {
        if (rules.has(e.id)) report('PACK_PROC_DUPLICATE_RULE', { id: p.id, version: v.validFrom, rule: e.id }, p, [...at, 'eligibility', j, 'id']);
        rules.add(e.id);
        checkCitations(p, e.citation, [...at, 'eligibility', j, 'citation']);
      });
      (v.fees ?? []).forEach((f, j) => checkCitations(p, f.citation, [...at, 'fees', j, 'citation']));
    });
  }
}
