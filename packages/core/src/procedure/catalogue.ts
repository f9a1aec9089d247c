import type { Lang } from '../codes.js';
import { type Result, createIssue, fail, ok } from '../issues.js';
import type { Procedure, ProcedureVersion } from '../model/procedure.js';
import type { IsoDate } from '../util/dates.js';
import { closest, normalizeName } from '../util/names.js';

/**
 * The procedure catalogue of a pack: lookups by id, national code, name or alias, and the version
 * of a procedure in force on a date (a dossier uses the version in force when it is received).
 */
export interface Catalogue {
  readonly procedures: readonly Procedure[];
  get(id: string): Procedure | undefined;
  /** By national code, with or without a local suffix (`1.001193` finds `1.001193.000.00.00.H26`). */
  byCode(code: string): Procedure | undefined;
  /** The version in force on `date`, if any. */
  versionAt(procedure: Procedure, date: IsoDate): ProcedureVersion | undefined;
  /** Procedures with a version in force on `date` (all of them without a date). */
  list(date?: IsoDate): readonly Procedure[];
  /** Finds a procedure by id, national code, name or alias (case-, diacritic- and punctuation-insensitive). */
  resolve(text: string, options?: { lang?: Lang }): Result<Procedure>;
}

const baseCode = (code: string) => /^\d\.\d{6}/.exec(code)?.[0] ?? code;

/** Builds the catalogue of a pack's procedures. */
export function createCatalogue(procedures: readonly Procedure[]): Catalogue {
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const byBase = new Map<string, Procedure>();
  for (const p of procedures) if (p.code && !byBase.has(baseCode(p.code))) byBase.set(baseCode(p.code), p);

  const byName = new Map<string, Procedure[]>();
  const candidates: { key: string; item: Procedure }[] = [];
  for (const p of procedures) {
    for (const text of [p.id, p.name, ...(p.aliases ?? [])]) {
      const key = normalizeName(text);
      const list = byName.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      byName.set(key, list);
      candidates.push({ key, item: p });
    }
  }

  const versionAt = (p: Procedure, date: IsoDate) => p.versions.find((v) => v.validFrom <= date && (v.validTo === undefined || date <= v.validTo));
  const byCode = (code: string) => byBase.get(baseCode(code.trim()));

  return {
    procedures,
    get: (id) => byId.get(id),
    byCode,
    versionAt,
    list: (date) => (date === undefined ? procedures : procedures.filter((p) => versionAt(p, date) !== undefined)),
    resolve(text, options = {}) {
      const { lang } = options;
      const found = byId.get(text) ?? byCode(text);
      if (found) return ok(found);
      const key = normalizeName(text);
      const matches = byName.get(key) ?? [];
      if (matches.length === 1) return ok(matches[0]!);
      if (matches.length > 1) {
        return fail([createIssue('INPUT_AMBIGUOUS_NAME', { kind: 'procedure', name: text, candidates: matches.map((p) => `${p.id} (${p.code ?? p.name})`).join(', ') }, { lang })]);
      }
      const near = [...new Set(closest(key, candidates, 3))].map((p) => `${p.id} (${p.name})`);
      return fail([createIssue('INPUT_UNKNOWN_NAME', { kind: 'procedure', name: text, candidates: near.length > 0 ? near.join(', ') : undefined }, { lang })]);
    },
  };
}
