import type { Condition } from '../model/jurisdiction.js';

/** Facts a condition reads: the query's own (`date`, `day`, `agency`, `level`, `area`, `channel`) and any extra ones. */
export type Facts = Readonly<Record<string, unknown>>;

/**
 * Compiles a json-rules-engine condition into a synchronous predicate with the same meaning:
 * strict equality, `in`/`contains` on arrays, and numeric comparisons that fail for facts that do
 * not parse as numbers (json-rules-engine's validator). A missing fact compares as `undefined`, as
 * json-rules-engine does with `allowUndefinedFacts`.
 */
export function compileCondition(condition: Condition): (facts: Facts) => boolean {
  // Plain loops: `every`/`some` with a callback closing over the facts would allocate per call.
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i]!(f)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (parts[i]!(f)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (f) => !inner(f);
  }
  const { fact, operator, value, path } = condition;
  const read = path === undefined ? (f: Facts) => f[fact] : (f: Facts) => readPath(f[fact], path);
  // As json-rules-engine: the fact must parse as a number, then plain JavaScript comparison.
  const numeric = (test: (a: never, b: never) => boolean) => (f: Facts) => {
    const a = read(f);
    return !Number.isNaN(Number.parseFloat(a as string)) && test(a as never, value as never);
  };
  switch (operator) {
    case 'equal':
      return (f) => read(f) === value;
    case 'notEqual':
      return (f) => read(f) !== value;
    case 'in':
      return (f) => Array.isArray(value) && value.indexOf(read(f)) > -1;
    case 'notIn':
      return (f) => Array.isArray(value) && value.indexOf(read(f)) === -1;
    case 'contains':
      return (f) => {
        const a = read(f);
        return Array.isArray(a) && a.indexOf(value) > -1;
      };
    case 'doesNotContain':
      return (f) => {
        const a = read(f);
        return Array.isArray(a) && a.indexOf(value) === -1;
      };
    case 'lessThan':
      return numeric((a, b) => a < b);
    case 'lessThanInclusive':
      return numeric((a, b) => a <= b);
    case 'greaterThan':
      return numeric((a, b) => a > b);
    case 'greaterThanInclusive':
      return numeric((a, b) => a >= b);
  }
}

/** The facts a condition names (for the linter and for explanations). */
export function factsOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  return [condition.fact];
}

/**
 * A `$.a.b` path (the subset of JSONPath motcua supports: dotted keys). As in json-rules-engine, a
 * fact that is not an object is compared as it is.
 */
function readPath(value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  let cur: unknown = value;
  for (const key of path.replace(/^\$\.?/, '').split('.').filter(Boolean)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
