import type { DateKnowledge, DependencyType, LocalDate, TaskKind, TaskStatus } from '@lotrinh/shared';

/** One task as the timeline draws it (the GraphQL `Task`, flattened). */
export interface TimelineTask {
  id: string;
  title: string;
  titleEn: string | null;
  kind: TaskKind;
  status: TaskStatus;
  progress: number | null;
  start: LocalDate | null;
  due: LocalDate | null;
  startKnown: DateKnowledge;
  dueKnown: DateKnowledge;
  completedOn: LocalDate | null;
  leadUnit: { code: string; name: string; nameEn: string | null } | null;
  plan: { id: string; title: string; titleEn: string | null } | null;
  assignedBy: { id: string; label: string } | null;
  parentId: string | null;
  version: number;
  /** `toTaskId` is the task this one depends on (its predecessor). */
  dependencies: { id: string; toTaskId: string; type: DependencyType; lagDays: number }[];
}

/** A document issued or an event held on a date, drawn as a vertical line. */
export interface TimelineMarker {
  id: string;
  date: LocalDate;
  label: string;
  title: string;
  kind: 'DOCUMENT' | 'EVENT';
}

export type ZoomLevelId = 'YEAR' | 'QUARTER' | 'MONTH' | 'WEEK';
/** A zoom level, or `FIT`: the whole roadmap fitted to the screen. */
export type ZoomSetting = ZoomLevelId | 'FIT';
export type Grouping = 'none' | 'plan' | 'leadUnit' | 'document';
export type Lang = 'vi' | 'en';

export interface TimelineFilters {
  /** Lead-unit codes; empty means every unit. */
  units: string[];
  /** Plan id. */
  plan: string | null;
  /** Statuses; empty means every status. */
  status: TaskStatus[];
  /** Assigning document or event: its id or its label (e.g. `458/TB-VP`). */
  document: string | null;
  /** Date window: tasks that overlap [from, to]. */
  from: LocalDate | null;
  to: LocalDate | null;
}

/** Everything the URL remembers about a timeline view. */
export interface TimelineViewState {
  zoom: ZoomSetting;
  /** A scale chosen by Ctrl+wheel; null means the zoom level's own scale. */
  pxPerDay: number | null;
  /** The first visible day; null means the start of the roadmap. */
  start: LocalDate | null;
  grouping: Grouping;
  filters: TimelineFilters;
  search: string;
  lang: Lang;
  selected: string | null;
}

/** What an edit can change on a task. */
export interface TaskEditValues {
  start: LocalDate | null;
  due: LocalDate | null;
  progress: number | null;
}

export interface RescheduleInput {
  id: string;
  version: number;
  start: LocalDate | null;
  due: LocalDate | null;
}

export interface SetProgressInput {
  id: string;
  version: number;
  progress: number;
}

export interface TimelineViewProps {
  tasks: TimelineTask[];
  markers: TimelineMarker[];
  today: LocalDate;
  state: TimelineViewState;
  onStateChange(next: TimelineViewState): void;
  /** Rejects with an Error whose `code` is 'CONFLICT' (or another GraphQL error code) when refused. */
  onReschedule(input: RescheduleInput): Promise<void>;
  onSetProgress(input: SetProgressInput): Promise<void>;
  onSelect(id: string | null): void;
  /** Reloads the tasks after a CONFLICT; the "Reload" button is shown only when this is given. */
  onReload?(): void;
}

/** A marker placed on the chart: a document, an event, or today. */
export interface PlacedMarker {
  id: string;
  x: number;
  kind: 'DOCUMENT' | 'EVENT' | 'TODAY';
  /** The full description, shown on hover and read by screen readers. */
  title: string;
}
