import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LocalDate } from '@lotrinh/shared';
import type { DiffRow } from '../model/roadmap-diff.js';

export interface ReplayCompareData {
  before: DiffRow[];
  after: DiffRow[];
}

/** The parts of `TaskFilter` a comparison can be narrowed by. */
export interface CompareFilter {
  plan?: string[];
  leadUnit?: string[];
}

export interface ReplayCompareVariables {
  from: LocalDate;
  to: LocalDate;
  filter: CompareFilter | null;
}

/**
 * The roadmap on two days. Rows of both days share ids, so the query must bypass the normalised cache
 * (`fetchPolicy: 'no-cache'`), or the later day's rows would overwrite the earlier's.
 */
export const REPLAY_COMPARE: TypedDocumentNode<ReplayCompareData, ReplayCompareVariables> = gql`
  query ReplayCompare($from: LocalDate!, $to: LocalDate!, $filter: TaskFilter) {
    before: timeline(asOf: $from, filter: $filter) {
      id
      title
      titleEn
      status
      start
      due
      leadUnit
    }
    after: timeline(asOf: $to, filter: $filter) {
      id
      title
      titleEn
      status
      start
      due
      leadUnit
    }
  }
`;
