import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LocalDate } from '@lotrinh/shared';
import type { Obligation } from '../model/obligations.js';

export interface PeriodData {
  year: number;
  quarter: number;
  start: LocalDate;
  end: LocalDate;
  reportDue: LocalDate;
}

export interface ReportingRuleData {
  id: string;
  dueDay: number;
  plan: { key: string; title: string; titleEn: string };
  recipient: { code: string; name: string; nameEn: string };
  citations: { id: string; sourceFile: string | null; url: string | null; quote: string }[];
}

export interface ReportingPageData {
  quarterlyReport: { period: PeriodData; obligations: Obligation[] };
  reportingPeriods: PeriodData[];
  reportingRules: ReportingRuleData[];
}

export interface ReportingPageVariables {
  year: number;
  quarter: number;
}

/** One quarter's reporting: its calendar, the reports owed and received, the rule they follow. */
export const REPORTING_PAGE: TypedDocumentNode<ReportingPageData, ReportingPageVariables> = gql`
  query ReportingPage($year: Int!, $quarter: Int!) {
    quarterlyReport(year: $year, quarter: $quarter) {
      period {
        year
        quarter
        start
        end
        reportDue
      }
      obligations {
        state
        unit {
          id
          code
          name
          nameEn
        }
        task {
          id
          title
          titleEn
          version
          status
          progress
          due
          leadUnit {
            id
            code
          }
          supportUnits {
            id
            code
          }
        }
        report {
          id
          observedOn
          submittedOn
          status
          progress
          note
          reportedBy {
            id
            code
          }
        }
      }
    }
    reportingPeriods(year: $year) {
      year
      quarter
      start
      end
      reportDue
    }
    reportingRules {
      id
      dueDay
      plan {
        id
        key
        title
        titleEn
      }
      recipient {
        id
        code
        name
        nameEn
      }
      citations {
        id
        sourceFile
        url
        quote
      }
    }
  }
`;
