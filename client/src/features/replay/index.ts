/** Replay: the app-wide "as of" day, its slider, playback, and the comparison of two days. */
export { ReplayBar, type ReplayBarProps } from './components/replay-bar.js';
export { CompareDates, type CompareDatesProps } from './components/compare-dates.js';
export { useAsOfParam, type AsOfParam } from './hooks/use-as-of-param.js';
export { useRoadmapDiff, type RoadmapDiffState } from './hooks/use-roadmap-diff.js';
export type { CompareFilter } from './api/replay-compare.query.js';
export { AS_OF_PARAM, clampToReplay, parseAsOf, REPLAY_END, REPLAY_START } from './model/replay-range.js';
export { addMonths, addYears } from './model/calendar-step.js';
export type { ChangeKind, RoadmapChange, RoadmapDiff } from './model/roadmap-diff.js';
export { replayMessages } from './messages.js';
