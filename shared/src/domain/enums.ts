/** Vocabulary of the domain, shared by the server's GraphQL enums and the client. */
export const TASK_KINDS = ['TASK', 'MILESTONE', 'SUMMARY'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** The status a task has on a given date, derived from its dates and the observations known then. */
export const TASK_STATUSES = [
  'PLANNED',
  'IN_PROGRESS',
  'AT_RISK',
  'DONE_ON_TIME',
  'DONE_LATE',
  'OVERDUE',
  'CANCELLED',
  'UNKNOWN',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What a source (or a quarterly report) said about a task on a date. */
export const OBSERVED_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ON_TRACK', 'BEHIND', 'DONE', 'CANCELLED'] as const;
export type ObservedStatus = (typeof OBSERVED_STATUSES)[number];

/** How a date is known: stated by a source, derived from another fact, or not given at all. */
export const DATE_KNOWLEDGE = ['STATED', 'DERIVED', 'UNKNOWN'] as const;
export type DateKnowledge = (typeof DATE_KNOWLEDGE)[number];

export const DEPENDENCY_TYPES = ['FINISH_TO_START', 'START_TO_START', 'FINISH_TO_FINISH', 'START_TO_FINISH'] as const;
export type DependencyType = (typeof DEPENDENCY_TYPES)[number];

export const UNIT_KINDS = [
  'GOVERNMENT',
  'PARTY',
  'MINISTRY',
  'MINISTRY_UNIT',
  'GENERAL_DEPARTMENT',
  'CENTRE',
  'COMMITTEE',
  'EXTERNAL_AGENCY',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const DOCUMENT_KINDS = [
  'NGHI_QUYET',
  'QUYET_DINH',
  'NGHI_DINH',
  'THONG_BAO',
  'KE_HOACH',
  'CONG_VAN',
  'BAO_CAO',
  'ARTICLE',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const EVENT_KINDS = ['MEETING', 'INSPECTION', 'CONFERENCE', 'REVIEW', 'PUBLICATION'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const INDICATOR_VALUE_KINDS = ['ACTUAL', 'TARGET'] as const;
export type IndicatorValueKind = (typeof INDICATOR_VALUE_KINDS)[number];
