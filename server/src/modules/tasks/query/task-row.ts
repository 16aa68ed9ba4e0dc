import type { DateKnowledge, LocalDate, TaskKind, TaskStatus } from '@lotrinh/shared';

/** A task as it stood on a date: the flat facts filters, sorting and aggregates work on. */
export interface TaskRow {
  id: number;
  title: string;
  titleEn: string | null;
  kind: TaskKind;
  planId: number | null;
  planKey: string | null;
  parentId: number | null;
  leadUnitId: number | null;
  leadUnitCode: string | null;
  supportUnitCodes: string[];
  documentNumber: string | null;
  eventKey: string | null;
  assignedOn: LocalDate;
  start: LocalDate | null;
  startKnown: DateKnowledge;
  due: LocalDate | null;
  dueKnown: DateKnowledge;
  completedOn: LocalDate | null;
  progress: number | null;
  status: TaskStatus;
  searchText: string;
  deleted: boolean;
  version: number;
}
