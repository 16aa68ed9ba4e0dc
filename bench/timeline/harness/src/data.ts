/**
 * The page's tasks, generated in the page by the same seeded generator for every library (bench/timeline/lib/
 * generate-tasks.mjs), in the app's TimelineTask shape. Generating costs a fraction of what fetching and parsing
 * the same tasks as JSON would (65 MB at 100,000 tasks); `dataMs` reports it, and it is the same for every library.
 */
import type { TimelineMarker, TimelineTask } from '../../../../client/src/features/timeline/index.ts';
import { BENCH_TODAY, generateMarkers, generateTasks } from '../../lib/generate-tasks.mjs';

export type { TimelineMarker, TimelineTask };
export const TODAY: string = BENCH_TODAY;

/** How many tasks the page draws (`?n=`). */
export const TASK_COUNT = Number(new URLSearchParams(location.search).get('n') ?? '10000');

export function benchTasks(): TimelineTask[] {
  return generateTasks({ count: TASK_COUNT }) as TimelineTask[];
}

export function benchMarkers(): TimelineMarker[] {
  return generateMarkers() as TimelineMarker[];
}
