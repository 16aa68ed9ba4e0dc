import { useLayoutEffect, useMemo, useRef } from 'react';
import type { PlacedRow } from '../model/row-geometry.js';
import { assignSlots } from '../model/row-slots.js';

/**
 * React keys for the rendered rows that let rows scrolling in reuse the DOM nodes of rows scrolling out
 * (see assignSlots). A row that stays rendered keeps its node: the focused row, always rendered, keeps its
 * focus.
 */
export function useRowSlots(placed: readonly PlacedRow[]): ReadonlyMap<string, number> {
  const previous = useRef<ReadonlyMap<string, number>>(new Map());
  const slots = useMemo(() => assignSlots({ previous: previous.current, keys: placed.map((p) => p.row.key) }), [placed]);
  useLayoutEffect(() => {
    previous.current = slots;
  }, [slots]);
  return slots;
}
