import { useCallback, useMemo, useState } from 'react';
import { chartDomain, type ChartDomain } from '../model/chart-domain.js';
import { dependencyEdges, type DependencyEdge } from '../model/dependency-paths.js';
import { filterTasks } from '../model/filter.js';
import { layoutRows, type TimelineLayout } from '../model/layout.js';
import type { SortOrder } from '../model/row-sort.js';
import type { TimelineTask, TimelineViewState } from '../model/types.js';

export interface TimelineData {
  /** The view state's filters, the same object while their values stay the same. */
  filters: TimelineViewState['filters'];
  filtered: readonly TimelineTask[];
  layout: TimelineLayout;
  domain: ChartDomain;
  edges: readonly DependencyEdge[];
  collapsed: ReadonlySet<string>;
  toggle: (key: string, expand?: boolean) => void;
  /** Opens the given collapsed rows at once. */
  expand: (keys: readonly string[]) => void;
  sort: SortOrder | null;
  setSort: (sort: SortOrder | null) => void;
}

/**
 * Everything derived from the tasks, memoised on what it depends on: filtering, the row layout (grouping,
 * collapsing, sorting), the chart's date span and the dependency edges. Scrolling, hovering and focusing
 * change none of these.
 */
export function useTimelineData(options: { tasks: readonly TimelineTask[]; state: TimelineViewState }): TimelineData {
  const { tasks, state } = options;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [sort, setSort] = useState<SortOrder | null>(null);
  // The owner may rebuild equal filters on every URL change (a scroll); compare them by value.
  const filtersKey = JSON.stringify(state.filters);
  const filters = useMemo(() => JSON.parse(filtersKey) as TimelineViewState['filters'], [filtersKey]);
  const filtered = useMemo(() => filterTasks({ tasks, filters }), [tasks, filters]);
  const layout = useMemo(
    () => layoutRows({ tasks: filtered, grouping: state.grouping, collapsed, sort }),
    [filtered, state.grouping, collapsed, sort],
  );
  const domain = useMemo(() => chartDomain({ tasks }), [tasks]);
  const edges = useMemo(() => dependencyEdges({ tasks: filtered, indexByKey: layout.indexByKey }), [filtered, layout]);
  const toggle = useCallback(
    (key: string, expand?: boolean) =>
      setCollapsed((current) => {
        const isCollapsed = current.has(key);
        const collapse = expand === undefined ? !isCollapsed : !expand;
        if (collapse === isCollapsed) return current;
        const next = new Set(current);
        if (collapse) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const expand = useCallback(
    (keys: readonly string[]) =>
      setCollapsed((current) => {
        if (!keys.some((key) => current.has(key))) return current;
        const next = new Set(current);
        for (const key of keys) next.delete(key);
        return next;
      }),
    [],
  );
  return { filters, filtered, layout, domain, edges, collapsed, toggle, expand, sort, setSort };
}
