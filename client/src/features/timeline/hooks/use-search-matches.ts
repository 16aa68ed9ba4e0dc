import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buildSearchIndex, searchTasks } from '../model/filter.js';
import type { TimelineLayout } from '../model/layout.js';
import { keysToReveal } from '../model/reveal.js';
import type { Grouping, TimelineTask } from '../model/types.js';

export interface SearchMatches {
  /** Matching task ids in row order. */
  matches: readonly string[];
  /** Matching task ids among all the (filtered) tasks, rows or not (collapsed away). */
  allMatches: readonly string[];
  matchSet: ReadonlySet<string>;
  /** Position of the current match in `matches` (0 when there are matches). */
  current: number;
  currentKey: string | null;
  step: (direction: 1 | -1) => void;
}

/** The rows matching the search text, and which of them is current (the view scrolls to it). */
export function useSearchMatches({
  tasks,
  layout,
  query,
}: {
  tasks: readonly TimelineTask[];
  layout: TimelineLayout;
  query: string;
}): SearchMatches {
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildSearchIndex({ tasks }) : null), [tasks, searching]);
  const matches = useMemo(() => {
    if (!index) return [];
    const ids: string[] = [];
    for (const row of layout.rows) if (row.type === 'task') ids.push(row.key);
    return searchTasks({ index, query, ids });
  }, [index, layout, query]);
  const allMatches = useMemo(() => (index ? searchTasks({ index, query, ids: index.keys() }) : []), [index, query]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const [position, setPosition] = useState({ query, current: 0 });
  const current = position.query === query && position.current < matches.length ? position.current : 0;

  const step = useCallback(
    (direction: 1 | -1) => {
      if (matches.length === 0) return;
      setPosition({ query, current: (current + direction + matches.length) % matches.length });
    },
    [matches.length, query, current],
  );

  return { matches, allMatches, matchSet, current, currentKey: matches[current] ?? null, step };
}

/**
 * A new search opens the collapsed groups and parents that hide its matches, so the view can scroll to
 * them; collapsing them again afterwards is the user's choice (only a new set of matches opens rows).
 */
export function useRevealMatches(options: {
  matches: readonly string[];
  tasks: readonly TimelineTask[];
  grouping: Grouping;
  collapsed: ReadonlySet<string>;
  expand: (keys: readonly string[]) => void;
}): void {
  const { matches } = options;
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const { tasks, grouping, collapsed, expand } = latest.current;
    const keys = keysToReveal({ ids: matches, tasks, grouping, collapsed });
    if (keys.length > 0) expand(keys);
  }, [matches]);
}
