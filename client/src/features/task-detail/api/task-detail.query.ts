import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateKnowledge, LocalDate, ObservedStatus, TaskStatus } from '@lotrinh/shared';

export interface CitationData {
  id: string;
  sourceFile: string | null;
  url: string | null;
  quote: string;
  external: boolean;
  confidence: string | null;
}

export interface TaskDetailData {
  task: {
    id: string;
    title: string;
    titleEn: string | null;
    description: string | null;
    kind: string;
    status: TaskStatus;
    progress: number | null;
    assignedOn: LocalDate;
    start: LocalDate | null;
    startKnown: DateKnowledge;
    startBasis: string | null;
    due: LocalDate | null;
    dueKnown: DateKnowledge;
    dueBasis: string | null;
    completedOn: LocalDate | null;
    ambiguity: string | null;
    version: number;
    leadUnit: { code: string; name: string; nameEn: string } | null;
    supportUnits: { code: string; name: string; nameEn: string }[];
    plan: { key: string; title: string; titleEn: string } | null;
    assignedBy: { __typename: 'Document'; number: string; title: string } | { __typename: 'Event'; date: LocalDate; title: string } | null;
    citations: CitationData[];
    statusHistory: { id: string; observedOn: LocalDate; status: ObservedStatus; note: string; noteEn: string | null; citations: CitationData[] }[];
  } | null;
  /** The units a task can be led by, for the edit form. */
  units: { nodes: { code: string; name: string; nameEn: string | null }[] };
}

const CITATION = 'id sourceFile url quote external confidence';

export const TASK_DETAIL: TypedDocumentNode<TaskDetailData, { id: string }> = gql`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      id title titleEn description kind status progress assignedOn
      start startKnown startBasis due dueKnown dueBasis completedOn ambiguity version
      leadUnit { code name nameEn }
      supportUnits { code name nameEn }
      plan { key title titleEn }
      assignedBy {
        __typename
        ... on Document { number title }
        ... on Event { date title }
      }
      citations { ${CITATION} }
      statusHistory { id observedOn status note noteEn citations { ${CITATION} } }
    }
    units(first: 500) { nodes { code name nameEn } }
  }
`;
