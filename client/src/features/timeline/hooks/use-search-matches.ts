import { useCallback, useMemo, useState } from 'react';
import { buildSearchIndex, searchTasks } from '../model/filter.js';
import type { TimelineLayout } from '../model/layout.js';
import type { TimelineTask } from '../model/types.js';

export interface SearchMatches {
  /** Matching task ids in row order. */
  matches: readonly string[];
  matchSet: ReadonlySet<string>;
  /** Position of the current match in `matches` (0 when there are matches). */
  current: number;
  currentKey: string | null;
  step: (direction: 1 | -1) => void;
}

/** The rows matching the search text, and which of them is current (the view scrolls to it). */
export function useSearchMatches({ tasks, layout, query }: { tasks: readonly TimelineTask[]; layout: TimelineLayout; query: string }): SearchMatches {
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildSearchIndex({ tasks }) : null), [tasks, searching]);
  const matches = useMemo(() => {
    if (!index) return [];
    const ids: string[] = [];
    for (const row of layout.rows) if (row.type === 'task') ids.push(row.key);
    return searchTasks({ index, query, ids });
  }, [index, layout, query]);
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

  return { matches, matchSet, current, currentKey: matches[current] ?? null, step };
}
