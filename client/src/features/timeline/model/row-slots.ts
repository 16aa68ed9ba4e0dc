/**
 * Stable slots for the rendered rows, to use as React keys: a row that stays keeps its slot, and a row
 * coming into the window takes a slot a departing row left, so scrolling updates DOM nodes in place
 * instead of removing some and creating others. Slots are small numbers, at most one per rendered row.
 */
export function assignSlots({ previous, keys }: { previous: ReadonlyMap<string, number>; keys: readonly string[] }): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const key of keys) {
    const slot = previous.get(key);
    if (slot !== undefined && !taken.has(slot)) {
      slots.set(key, slot);
      taken.add(slot);
    }
  }
  let next = 0;
  for (const key of keys) {
    if (slots.has(key)) continue;
    while (taken.has(next)) next += 1;
    slots.set(key, next);
    taken.add(next);
  }
  return slots;
}
