const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/**
 * A list by id, indexed once per list (the first item of an id wins, as `find` would give): the pages of a build
 * look up the same records, places and indicators many times.
 */
export function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const x of list) if (!index.has(x.id)) index.set(x.id, x);
    indexes.set(list, index);
  }
  return index as Map<string, T>;
}
