import {
  DATE_KNOWLEDGE,
  DEPENDENCY_TYPES,
  DOCUMENT_KINDS,
  EVENT_KINDS,
  INDICATOR_VALUE_KINDS,
  OBSERVED_STATUSES,
  TASK_KINDS,
  TASK_STATUSES,
  UNIT_KINDS,
} from '@lotrinh/shared';
import { registerEnumType } from 'type-graphql';

/** type-graphql wants an enum object; the vocabulary itself lives in shared. */
function graphqlEnum<const T extends readonly string[]>(
  name: string,
  values: T,
  description: string,
  valueDescriptions: { [K in T[number]]: string },
): { [K in T[number]]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
  const valuesConfig = Object.fromEntries(
    values.map((value) => [value, { description: valueDescriptions[value as T[number]] }]),
  ) as Partial<Record<T[number], { description: string }>>;
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}

export const TaskKindEnum = graphqlEnum('TaskKind', TASK_KINDS, 'What a task is.', {
  TASK: 'A piece of work with a start and a due date.',
  MILESTONE: 'A point in time: a deadline, a decision, a delivery.',
  SUMMARY: 'A parent task that rolls up its children.',
});

export const TaskStatusEnum = graphqlEnum('TaskStatus', TASK_STATUSES, 'The status of a task on a date, derived from its dates and the observations known then.', {
  PLANNED: 'Not started yet: its start is after the date.',
  IN_PROGRESS: 'Started and not past its due date.',
  AT_RISK: 'A source reported it behind schedule, and its due date has not passed.',
  DONE_ON_TIME: 'Completed on or before its due date.',
  DONE_LATE: 'Completed after its due date.',
  OVERDUE: 'Past its due date with no report of completion.',
  CANCELLED: 'Reported cancelled.',
  UNKNOWN: 'The sources do not say enough to tell.',
});

export const ObservedStatusEnum = graphqlEnum('ObservedStatus', OBSERVED_STATUSES, 'What a source or report said about a task.', {
  NOT_STARTED: 'Not started.',
  IN_PROGRESS: 'Being carried out.',
  ON_TRACK: 'Being carried out on schedule.',
  BEHIND: 'Behind schedule (chậm tiến độ).',
  DONE: 'Completed.',
  CANCELLED: 'Cancelled.',
});

export const DateKnowledgeEnum = graphqlEnum('DateKnowledge', DATE_KNOWLEDGE, 'How a date is known.', {
  STATED: 'Stated by a source.',
  DERIVED: 'Derived from another fact (see the basis field).',
  UNKNOWN: 'No source gives it.',
});

export const DependencyTypeEnum = graphqlEnum('DependencyType', DEPENDENCY_TYPES, 'How one task depends on another.', {
  FINISH_TO_START: 'The task starts after the other finishes.',
  START_TO_START: 'The task starts after the other starts.',
  FINISH_TO_FINISH: 'The task finishes after the other finishes.',
  START_TO_FINISH: 'The task finishes after the other starts.',
});

export const UnitKindEnum = graphqlEnum('UnitKind', UNIT_KINDS, 'What kind of organisation a unit is.', {
  GOVERNMENT: 'The Government or the Prime Minister.',
  PARTY: 'A body of the Communist Party (Bộ Chính trị).',
  MINISTRY: 'A ministry.',
  MINISTRY_UNIT: 'A department (Vụ), office or agency (Cục) of a ministry.',
  GENERAL_DEPARTMENT: 'A general department (Tổng cục).',
  CENTRE: 'A centre (Trung tâm).',
  COMMITTEE: 'A steering committee or board.',
  EXTERNAL_AGENCY: 'An agency or company outside the Ministry.',
});

export const DocumentKindEnum = graphqlEnum('DocumentKind', DOCUMENT_KINDS, 'Kind of document (loại văn bản).', {
  NGHI_QUYET: 'Resolution (Nghị quyết).',
  QUYET_DINH: 'Decision (Quyết định).',
  NGHI_DINH: 'Decree (Nghị định).',
  THONG_BAO: 'Notice (Thông báo).',
  KE_HOACH: 'Plan (Kế hoạch).',
  CONG_VAN: 'Official letter (Công văn).',
  BAO_CAO: 'Report (Báo cáo).',
  ARTICLE: 'A news article.',
});

export const EventKindEnum = graphqlEnum('EventKind', EVENT_KINDS, 'Kind of event.', {
  MEETING: 'A working meeting.',
  INSPECTION: 'An inspection by an outside body.',
  CONFERENCE: 'A conference.',
  REVIEW: 'A progress review.',
  PUBLICATION: 'A publication of a plan or decision.',
});

export const IndicatorValueKindEnum = graphqlEnum('IndicatorValueKind', INDICATOR_VALUE_KINDS, 'Whether a value was measured or aimed at.', {
  ACTUAL: 'Measured.',
  TARGET: 'A target.',
});
