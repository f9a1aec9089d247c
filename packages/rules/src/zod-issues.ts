import { type Issue, type Lang, createIssue, editDistance } from '@motcua/core';
import { z } from 'zod';
import { type YamlSource, locate } from './yaml-source.js';

type ZodIssue = z.core.$ZodIssue;

/** What a custom check expects, in words (see `params.expected` in the schemas). */
const EXPECTED: Record<string, Record<Lang, string>> = {
  id: { vi: 'mã phải là chữ thường không dấu, số và gạch nối (ví dụ "cn-tay-ho")', en: 'an id must be lowercase ASCII letters, digits and dashes (e.g. "cn-tay-ho")' },
  date: { vi: 'phải là một ngày có thật dạng YYYY-MM-DD (ví dụ 2025-04-01)', en: 'must be a real date written YYYY-MM-DD (e.g. 2025-04-01)' },
  'gso-code': { vi: 'mã GSO gồm 3–5 chữ số', en: 'a GSO code has 3–5 digits' },
  'condition-list': { vi: 'toán tử in/notIn cần một danh sách giá trị', en: 'the in/notIn operators need a list of values' },
  'condition-literal': { vi: 'giá trị so sánh phải là giá trị cụ thể (không hỗ trợ so sánh với fact khác)', en: 'the value must be a literal (comparing with another fact is not supported)' },
  'condition-path': { vi: 'path chỉ hỗ trợ dạng $.khóa.khóa', en: 'path supports only the dotted form $.key.key' },
  time: { vi: 'phải là giờ dạng HH:MM (ví dụ 08:00)', en: 'must be a time of day written HH:MM (e.g. 08:00)' },
  'month-day': { vi: 'phải là tháng-ngày dạng MM-DD (ví dụ 09-02)', en: 'must be a month-day written MM-DD (e.g. 09-02)' },
  'register-id': { vi: 'mã mục sổ đăng ký viết hoa (ví dụ "R01")', en: 'a register id is upper case (e.g. "R01")' },
  duration: { vi: 'thời hạn dạng "N working-days|working-hours|calendar-days" (ví dụ "5 working-days")', en: 'a duration written "N working-days|working-hours|calendar-days" (e.g. "5 working-days")' },
  'procedure-code': { vi: 'mã TTHC quốc gia dạng d.dddddd (ví dụ "1.001193")', en: 'a national procedure code written d.dddddd (e.g. "1.001193")' },
};

/**
 * Turns zod's issues for one file into motcua issues with `file:line:col`. `data` is what was
 * validated (to tell a missing field from a wrong one); `schema` is what it was validated against,
 * whose keys at the issue's path feed "did you mean".
 */
export function fromZodIssues(
  zodIssues: readonly ZodIssue[],
  data: unknown,
  source: YamlSource,
  lang: Lang,
  schema: z.ZodType,
  prefix: readonly PropertyKey[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = [...prefix, ...zi.path];
    const at = (key?: string) => ({ file: source.file, ...locate(source, path, key), path: path.map(keyOf), lang });
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        const suggestion = suggest(key, keysAt(schema, path));
        out.push(createIssue('PACK_UNKNOWN_KEY', { key, suggestion }, { ...at(key), path: [...path, key].map(keyOf) }));
      }
      continue;
    }
    if (valueAt(data, path) === undefined && path.length > 0) {
      const field = keyOf(path[path.length - 1]!);
      out.push(createIssue('PACK_MISSING_FIELD', { field: String(field) }, at()));
      continue;
    }
    if (zi.code === 'invalid_union') {
      const branch = bestBranch(zi.errors);
      out.push(...fromZodIssues(branch, data, source, lang, schema, path));
      continue;
    }
    if (zi.code === 'invalid_value' && zi.values.length > 1) {
      const raw = valueAt(data, path);
      const value = shown(raw);
      const choices = zi.values.map(String);
      const suggestion = typeof raw === 'string' ? suggest(raw, choices) : undefined;
      out.push(createIssue('PACK_INVALID_CHOICE', { value, choices: choices.join(', '), suggestion }, at()));
      continue;
    }
    if (zi.code === 'invalid_key') {
      // A record key (the date of a dated value) is wrong: point at the key itself.
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const nested = zi.issues.map((i) => (i.code === 'custom' ? (i.params as { expected?: string } | undefined)?.expected : undefined)).find(Boolean);
      const detail = nested && EXPECTED[nested] ? `"${key}": ${EXPECTED[nested][lang]}` : zi.message;
      out.push(createIssue('PACK_INVALID_VALUE', { detail }, { file: source.file, ...locate(source, parent, key), path: path.map(keyOf), lang }));
      continue;
    }
    const expected = zi.code === 'custom' ? (zi.params as { expected?: string } | undefined)?.expected : undefined;
    const detail = expected && EXPECTED[expected] ? EXPECTED[expected][lang] : zi.message;
    out.push(createIssue('PACK_INVALID_VALUE', { detail }, at()));
  }
  return out;
}

/** The union branch that got furthest into the value (deepest path), then the one with fewest issues. */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  let best = branches[0] ?? [];
  let bestScore = -Infinity;
  for (const issues of branches) {
    const depth = Math.max(0, ...issues.map((i) => i.path.length));
    const score = depth * 1000 - issues.length;
    if (score > bestScore) [best, bestScore] = [issues, score];
  }
  return best;
}

function keyOf(step: PropertyKey): string | number {
  return typeof step === 'number' ? step : String(step);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const step of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[step];
  }
  return cur;
}

/** The known name closest to `word`, if it is close enough to be a likely typo. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

type Def = { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; options?: unknown[]; innerType?: unknown; in?: unknown };

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The schema without optional/nullable/default wrappers. */
function unwrap(schema: unknown): unknown {
  let s = schema;
  for (let def = defOf(s); def && (def.innerType !== undefined || def.type === 'pipe'); def = defOf(s)) s = def.innerType ?? def.in;
  return s;
}

/** The schemas that may describe the value one step below `schema`. */
function children(schema: unknown, step: PropertyKey): unknown[] {
  const def = defOf(unwrap(schema));
  if (!def) return [];
  if (def.type === 'object') return def.shape && String(step) in def.shape ? [def.shape[String(step)]] : [];
  if (def.type === 'array') return [def.element];
  if (def.type === 'record') return [def.valueType];
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => children(o, step));
  return [];
}

/** The keys an object at `path` inside `schema` may have (for "did you mean"). */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let nodes: unknown[] = [schema];
  for (const step of path) nodes = nodes.flatMap((n) => children(n, step));
  const keys = (n: unknown): string[] => {
    const def = defOf(unwrap(n));
    if (def?.type === 'object') return Object.keys(def.shape ?? {});
    if (def?.type === 'union') return (def.options ?? []).flatMap(keys);
    return [];
  };
  return [...new Set(nodes.flatMap(keys))];
}

/** A value as JSON for a message; a self-referencing YAML alias (`&a [*a]`) cannot be, so it is named. */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '[circular]';
  }
}
