import { MotcuaError } from '../errors.js';
import type { Condition } from '../model/jurisdiction.js';
import { type Facts, factsOf } from './conditions.js';

/** Facts every condition can read, taken from the query itself. */
export const BUILT_IN_FACTS = ['date', 'day', 'agency', 'level', 'area', 'channel'] as const;

/** Throws when a query's extra facts would shadow its own. */
export function checkExtraFacts(facts: Facts | undefined): void {
  if (facts === undefined) return;
  // BUILT_IN_FACTS spelt out: constant keys make this check cheap enough for every query.
  if ('date' in facts || 'day' in facts || 'agency' in facts || 'level' in facts || 'area' in facts || 'channel' in facts) {
    const key = BUILT_IN_FACTS.find((k) => k in facts);
    throw new MotcuaError('INVALID_ARGUMENT', { detail: `extra fact "${key}" would shadow the query's own` });
  }
}

/** Whether a condition reads any of the query's own facts (else only its extra facts). */
export function readsQueryFacts(condition: Condition): boolean {
  return factsOf(condition).some((f) => (BUILT_IN_FACTS as readonly string[]).includes(f));
}

const plain = new WeakMap<Facts, boolean>();

/**
 * Whether conditions may read extra facts as they are, in place of the full facts that spread them
 * after the query's own: true of a plain object of data properties, which reads the same either way.
 */
export function readableAsIs(facts: Facts): boolean {
  let is = plain.get(facts);
  if (is === undefined) {
    is = Object.getPrototypeOf(facts) === Object.prototype && Object.values(Object.getOwnPropertyDescriptors(facts)).every((d) => d.enumerable && 'value' in d);
    plain.set(facts, is);
  }
  return is;
}
