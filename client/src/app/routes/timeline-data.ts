import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateKnowledge, DependencyType, LocalDate, TaskKind, TaskStatus } from '@lotrinh/shared';
import type { TaskUpdateInput } from '../../features/task-detail/index.js';
import type {
  AddDependencyInput,
  CreateTaskInput,
  RemoveDependencyInput,
  TimelineMarker,
  TimelineTask,
  UpdateDependencyInput,
} from '../../features/timeline/index.js';

interface TimelineRowData {
  id: string;
  parentId: string | null;
  title: string;
  titleEn: string | null;
  kind: TaskKind;
  status: TaskStatus;
  progress: number | null;
  start: LocalDate | null;
  startKnown: DateKnowledge;
  due: LocalDate | null;
  dueKnown: DateKnowledge;
  completedOn: LocalDate | null;
  leadUnit: string | null;
  plan: string | null;
  document: string | null;
  event: string | null;
  version: number;
  dependencies: { id: string; dependsOnId: string; type: DependencyType; lagDays: number }[];
}

export interface TimelinePageData {
  timeline: TimelineRowData[];
  units: { nodes: { code: string; name: string; nameEn: string }[] };
  plans: { nodes: { id: string; key: string; title: string; titleEn: string }[] };
  documents: { nodes: { id: string; number: string; title: string; issuedOn: LocalDate | null }[] };
  events: { nodes: { id: string; key: string; title: string; date: LocalDate }[] };
}

export const TIMELINE_PAGE: TypedDocumentNode<TimelinePageData, { asOf?: LocalDate | null }> = gql`
  query TimelinePage($asOf: LocalDate) {
    timeline(asOf: $asOf) {
      id parentId title titleEn kind status progress start startKnown due dueKnown completedOn
      leadUnit plan document event version
      dependencies { id dependsOnId type lagDays }
    }
    units(first: 500) { nodes { code name nameEn } }
    plans(first: 500) { nodes { id key title titleEn } }
    documents(first: 500) { nodes { id number title issuedOn } }
    events(first: 500) { nodes { id key title date } }
  }
`;

const TASK_EDIT_FIELDS = 'id version start due progress status startKnown dueKnown';

export const RESCHEDULE_TASK: TypedDocumentNode<unknown, { input: { id: string; version: number; start: LocalDate | null; due: LocalDate | null } }> = gql`
  mutation RescheduleTask($input: RescheduleTaskInput!) { rescheduleTask(input: $input) { ${TASK_EDIT_FIELDS} } }
`;

export const SET_TASK_PROGRESS: TypedDocumentNode<unknown, { input: { id: string; version: number; progress: number } }> = gql`
  mutation SetTaskProgress($input: SetTaskProgressInput!) { setTaskProgress(input: $input) { ${TASK_EDIT_FIELDS} } }
`;

type Versioned = { id: string; version: number };

export const CREATE_TASK: TypedDocumentNode<{ createTask: Versioned }, { input: CreateTaskInput }> = gql`
  mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { id version } }
`;

/** The fields the detail panel shows come back, so its cached task updates at once. */
export const UPDATE_TASK: TypedDocumentNode<unknown, { input: TaskUpdateInput }> = gql`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) { ${TASK_EDIT_FIELDS} title titleEn leadUnit { code name nameEn } }
  }
`;

export const DELETE_TASK: TypedDocumentNode<unknown, { input: Versioned }> = gql`
  mutation DeleteTask($input: VersionedInput!) { deleteTask(input: $input) { id version } }
`;

export const RESTORE_TASK: TypedDocumentNode<unknown, { input: Versioned }> = gql`
  mutation RestoreTask($input: VersionedInput!) { restoreTask(input: $input) { id version } }
`;

export const ADD_DEPENDENCY: TypedDocumentNode<unknown, { input: AddDependencyInput }> = gql`
  mutation AddDependency($input: AddDependencyInput!) { addDependency(input: $input) { id version } }
`;

export const REMOVE_DEPENDENCY: TypedDocumentNode<unknown, { input: RemoveDependencyInput }> = gql`
  mutation RemoveDependency($input: RemoveDependencyInput!) { removeDependency(input: $input) { id version } }
`;

export const UPDATE_DEPENDENCY: TypedDocumentNode<unknown, { input: UpdateDependencyInput }> = gql`
  mutation UpdateDependency($input: UpdateDependencyInput!) { updateDependency(input: $input) { id version } }
`;

/**
 * The page's data as the timeline draws it: tasks joined with their unit, plan and assigning source; markers
 * for documents and events (only those dated by `asOf`, when the roadmap is replayed as of a day).
 */
export function toTimeline(data: TimelinePageData, asOf: LocalDate | null = null): { tasks: TimelineTask[]; markers: TimelineMarker[] } {
  const units = new Map(data.units.nodes.map((unit) => [unit.code, unit]));
  const plans = new Map(data.plans.nodes.map((plan) => [plan.key, plan]));
  const documents = new Map(data.documents.nodes.map((document) => [document.number, document]));
  const events = new Map(data.events.nodes.map((event) => [event.key, event]));
  const tasks = data.timeline.map((row): TimelineTask => {
    const unit = row.leadUnit ? units.get(row.leadUnit) : undefined;
    const plan = row.plan ? plans.get(row.plan) : undefined;
    const document = row.document ? documents.get(row.document) : undefined;
    const event = row.event ? events.get(row.event) : undefined;
    return {
      id: row.id,
      title: row.title,
      titleEn: row.titleEn,
      kind: row.kind,
      status: row.status,
      progress: row.progress,
      start: row.start,
      due: row.due,
      startKnown: row.startKnown,
      dueKnown: row.dueKnown,
      completedOn: row.completedOn,
      leadUnit: unit ? { code: unit.code, name: unit.name, nameEn: unit.nameEn } : null,
      plan: plan ? { id: plan.key, title: plan.title, titleEn: plan.titleEn } : null,
      assignedBy: document
        ? { id: document.id, label: document.number, kind: 'DOCUMENT' }
        : event
          ? { id: event.id, label: event.title, kind: 'EVENT' }
          : null,
      parentId: row.parentId,
      version: row.version,
      dependencies: row.dependencies.map((d) => ({ id: d.id, toTaskId: d.dependsOnId, type: d.type, lagDays: d.lagDays })),
    };
  });
  const markers: TimelineMarker[] = [
    ...data.documents.nodes
      .filter((document) => document.issuedOn)
      .map((document) => ({ id: document.id, date: document.issuedOn!, label: document.number, title: `${document.number} — ${document.title}`, kind: 'DOCUMENT' as const })),
    ...data.events.nodes.map((event) => ({ id: event.id, date: event.date, label: event.title, title: event.title, kind: 'EVENT' as const })),
  ];
  return { tasks, markers: asOf ? markers.filter((marker) => marker.date <= asOf) : markers };
}
