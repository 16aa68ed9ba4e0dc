import { useQuery } from '@apollo/client/react';
import type { LocalDate } from '@lotrinh/shared';
import { useMemo } from 'react';
import { REPLAY_COMPARE, type CompareFilter } from '../api/replay-compare.query.js';
import { diffRoadmaps, orderedPair, type RoadmapDiff } from '../model/roadmap-diff.js';

export interface RoadmapDiffState {
  diff: RoadmapDiff | null;
  loading: boolean;
  error: Error | null;
}

/** The changes between the roadmap on two days (in either order), among the tasks `filter` selects; nothing is fetched until both days are given. */
export function useRoadmapDiff({
  a,
  b,
  filter = null,
}: {
  a: LocalDate | null;
  b: LocalDate | null;
  filter?: CompareFilter | null;
}): RoadmapDiffState {
  const [from, to] = a && b ? orderedPair(a, b) : [null, null];
  const { data, loading, error } = useQuery(REPLAY_COMPARE, {
    variables: { from: from ?? '', to: to ?? '', filter },
    skip: !from || !to,
    fetchPolicy: 'no-cache',
  });
  const diff = useMemo(
    () => (data && from && to ? diffRoadmaps({ from, to, before: data.before, after: data.after }) : null),
    [data, from, to],
  );
  return { diff, loading, error: error ?? null };
}
