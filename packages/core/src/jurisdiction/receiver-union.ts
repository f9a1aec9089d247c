/** A list of units that a matching row grants, or removes when it denies. */
export interface Grant {
  readonly ids: readonly string[];
  readonly deny: boolean;
}

/**
 * The units that some grant allows and no deny removes, in the order the grants name them. The
 * lists are the selectors' cached arrays, so a combination is cached under the identities of its
 * parts and the answers that combine the same lists share one array.
 */
export function receiverUnion(): (grants: readonly Grant[]) => readonly string[] {
  const NONE: readonly string[] = Object.freeze([]);
  const listIds = new WeakMap<readonly string[], number>();
  let nextListId = 1;
  const idOf = (list: readonly string[]) => {
    let id = listIds.get(list);
    if (id === undefined) listIds.set(list, (id = nextListId++));
    return id;
  };
  const unions = new Map<string, readonly string[]>();
  return (grants) => {
    const allowed = grants.filter((g) => !g.deny && g.ids.length > 0);
    const denied = grants.filter((g) => g.deny && g.ids.length > 0);
    if (allowed.length === 0) return NONE;
    // Usually one row grants and none denies: its list as it is.
    if (allowed.length === 1 && denied.length === 0) return allowed[0]!.ids;
    const key = [...allowed.map((g) => idOf(g.ids)), ...denied.map((g) => -idOf(g.ids))].join(',');
    let out = unions.get(key);
    if (out === undefined) {
      const excluded = new Set(denied.flatMap((g) => g.ids));
      unions.set(key, (out = Object.freeze([...new Set(allowed.flatMap((g) => g.ids))].filter((id) => !excluded.has(id)))));
    }
    return out;
  };
}
