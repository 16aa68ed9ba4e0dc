import type { Ref } from 'react';
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
  /** The document (its number) or the event (its title) that assigned the task. */
  assignedBy: { id: string; label: string; kind?: 'DOCUMENT' | 'EVENT' } | null;
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

/** A task created on the timeline; the owner answers with its new id. */
export interface CreateTaskInput {
  title: string;
  start: LocalDate | null;
  due: LocalDate | null;
  /** Lead unit code. */
  leadUnit?: string | null;
  /** Plan key (`TimelineTask.plan.id`). */
  plan?: string | null;
}

/** `id` depends on `dependsOnId` (its predecessor); `version` is the dependent task's. */
export interface AddDependencyInput {
  id: string;
  version: number;
  dependsOnId: string;
  type: DependencyType;
  lagDays?: number;
}

export interface RemoveDependencyInput {
  id: string;
  version: number;
  dependencyId: string;
}

/** The fields of a task an update (the side panel's) changes; a field left out stays as it is, null clears it. */
export interface TaskUpdateFields {
  title?: string;
  titleEn?: string | null;
  start?: LocalDate | null;
  due?: LocalDate | null;
  /** Lead unit code. */
  leadUnit?: string | null;
  progress?: number | null;
}

/** `updateTask`'s input: the changed fields with the version they were changed from. */
export interface UpdateTaskInput extends TaskUpdateFields {
  id: string;
  version: number;
}

/** The kind and lag of a dependency. */
export interface LinkSettings {
  type: DependencyType;
  lagDays: number;
}

/** A new kind and lag for dependency `dependencyId` of task `id` (guarded by the task's version). */
export interface UpdateDependencyInput extends LinkSettings {
  id: string;
  version: number;
  dependencyId: string;
}

/** A change to a whole task (delete, restore), guarded by its version. */
export interface VersionedTaskInput {
  id: string;
  version: number;
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
  /** Creates a task ("Thêm nhiệm vụ", or a double-click on the chart); resolves with its id, which is then selected. */
  onCreateTask?(input: CreateTaskInput): Promise<string>;
  /** Undoing a creation deletes the task (softly); redoing restores it. Without these a creation is not undoable. */
  onDeleteTask?(input: VersionedTaskInput): Promise<void>;
  onRestoreTask?(input: VersionedTaskInput): Promise<void>;
  /** Draws a dependency from one bar to another; the server refuses self-links and cycles (BAD_USER_INPUT). */
  onAddDependency?(input: AddDependencyInput): Promise<void>;
  onRemoveDependency?(input: RemoveDependencyInput): Promise<void>;
  /** Saves a task's fields; given, edits made through the handle's `updateTask` (the side panel's) are undoable. */
  onUpdateTask?(input: UpdateTaskInput): Promise<void>;
  /** Changes a dependency's kind and lag; given, the link list offers to edit them. */
  onUpdateDependency?(input: UpdateDependencyInput): Promise<void>;
  ref?: Ref<TimelineHandle>;
}

/** What the owner can ask of a mounted timeline. */
export interface TimelineHandle {
  /**
   * Saves a change made outside the timeline (the side panel) through `onUpdateTask` as one undoable edit,
   * shown at once on the bar. Resolves once saved; rejects with the server's error, which the caller shows.
   */
  updateTask(input: UpdateTaskInput): Promise<void>;
}

/** A marker placed on the chart: a document, an event, or today. */
export interface PlacedMarker {
  id: string;
  x: number;
  kind: 'DOCUMENT' | 'EVENT' | 'TODAY';
  /** The full description, shown on hover and read by screen readers. */
  title: string;
}
