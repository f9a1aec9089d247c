/**
 * Name matching for identifiers, names and aliases: case- and diacritic-insensitive, with đ read
 * as d, punctuation and dashes ignored, so "Sở Tài chính", "so tai chinh" and "SO-TAI-CHINH" match.
 */

/** The comparison key of a name. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Levenshtein distance between two strings (used to suggest the closest candidates). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The `limit` candidates whose keys are closest to `query` (already normalised), best first.
 * A key that contains the query counts as very close, so "tay ho" finds "chi nhanh tay ho".
 */
export function closest<T>(query: string, candidates: readonly { key: string; item: T }[], limit = 5): T[] {
  const scored = new Map<T, number>();
  for (const { key, item } of candidates) {
    const score = key.includes(query) ? key.length - query.length === 0 ? 0 : 1 : 2 + editDistance(query, key);
    const best = scored.get(item);
    if (best === undefined || score < best) scored.set(item, score);
  }
  return [...scored.entries()]
    .sort((x, y) => x[1] - y[1])
    .slice(0, limit)
    .map(([item]) => item);
}
