import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SubmitInput } from '../model/report-form.js';

export interface SubmitReportData {
  submitQuarterlyReport: { id: string; version: number; progress: number | null; status: string }[];
}

/** A unit's quarterly report; each item becomes a status observation of its task (all or nothing). */
export const SUBMIT_QUARTERLY_REPORT: TypedDocumentNode<SubmitReportData, { input: SubmitInput }> = gql`
  mutation SubmitQuarterlyReport($input: SubmitQuarterlyReportInput!) {
    submitQuarterlyReport(input: $input) {
      id
      version
      progress
      status
    }
  }
`;
