/**
 * Items grouped by key, in their order: one pass instead of filtering the whole list per key (which
 * made pages quadratic at national scale). An item with several keys is in each of their groups.
 */
export function groupBy<T, V = T>(
  items: readonly T[],
  keysOf: (item: T) => string | readonly string[] | null | undefined,
  valueOf: (item: T) => V = (item) => item as unknown as V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const keys = keysOf(item);
    for (const key of typeof keys === "string" ? [keys] : (keys ?? [])) {
      const group = groups.get(key);
      if (group) group.push(valueOf(item));
      else groups.set(key, [valueOf(item)]);
    }
  }
  return groups;
}
