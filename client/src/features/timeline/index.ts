/** The timeline feature's public surface. */
export { TimelineView } from './components/timeline-view.js';
export { timelineMessages } from './messages.js';
export {
  DEFAULT_VIEW_STATE,
  EMPTY_FILTERS,
  PARAM as TIMELINE_URL_PARAMS,
  parseTimelineState,
  ROADMAP_END,
  ROADMAP_START,
  serializeTimelineState,
} from './model/url-state.js';
export type {
  AddDependencyInput,
  CreateTaskInput,
  Grouping,
  RemoveDependencyInput,
  RescheduleInput,
  SetProgressInput,
  TimelineFilters,
  TimelineHandle,
  TimelineMarker,
  TimelineTask,
  TimelineViewProps,
  TimelineViewState,
  UpdateDependencyInput,
  UpdateTaskInput,
  VersionedTaskInput,
  ZoomLevelId,
  ZoomSetting,
} from './model/types.js';
