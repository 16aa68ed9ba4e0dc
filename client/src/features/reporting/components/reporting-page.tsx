import { useQuery } from '@apollo/client/react';
import type { LocalDate } from '@lotrinh/shared';
import { useEffect, useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { REPORTING_PAGE } from '../api/reporting.query.js';
import type { QuarterRef } from '../model/default-quarter.js';
import { groupByUnit, unanswerable } from '../model/obligations.js';
import { ObligationTable } from './obligation-table.js';
import { PeriodCard } from './period-card.js';
import { QuarterPicker } from './quarter-picker.js';
import { ReportForm } from './report-form.js';
import { RuleNote } from './rule-note.js';
import '../reporting.css';

export interface ReportingPageProps {
  quarter: QuarterRef;
  onQuarterChange: (quarter: QuarterRef) => void;
  unit: string | null;
  onUnitChange: (unit: string | null) => void;
  today: LocalDate;
  /** The app's replay day, which this page does not follow (it says so). */
  asOf: LocalDate | null;
}

/** `/reporting`: one quarter of the 2022 plan's reporting calendar: who owes what, what came in, and the form to report. */
export function ReportingPage({ quarter, onQuarterChange, unit, onUnitChange, today, asOf }: ReportingPageProps) {
  const { t, formatDate } = useI18n();
  const { data, previousData, loading, error, refetch } = useQuery(REPORTING_PAGE, { variables: quarter });
  const shown = data ?? previousData;
  const obligations = useMemo(() => shown?.quarterlyReport.obligations ?? [], [shown]);
  const grouped = useMemo(() => groupByUnit(obligations), [obligations]);
  const nobody = useMemo(() => unanswerable(obligations), [obligations]);

  useEffect(() => {
    document.title = `${t('reporting.title')} — ${t('reporting.period.title', { quarter: quarter.quarter, year: quarter.year })} — Lộ trình`;
  }, [t, quarter]);

  return (
    <div className="reporting-page" aria-busy={loading} data-loaded-quarter={data ? `${quarter.year}-Q${quarter.quarter}` : ''}>
      <h2>{t('reporting.title')}</h2>
      <p>{t('reporting.intro')}</p>
      {asOf && <p className="reporting-note">{t('reporting.asOfNote', { date: formatDate(asOf) })}</p>}
      {shown && <RuleNote rules={shown.reportingRules} />}
      <QuarterPicker value={quarter} onChange={onQuarterChange} />
      {error && (
        <div role="alert" className="report-error">
          <p>{t('app.error', { message: error.message })}</p>
          <button type="button" onClick={() => void refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {!shown && !error && (
        <p className="app-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {shown && (
        <>
          <PeriodCard period={shown.quarterlyReport.period} periods={shown.reportingPeriods} today={today} />
          <ObligationTable groups={grouped.groups} totals={grouped.totals} />
          {nobody.length > 0 && <p className="reporting-note">{t('reporting.unanswerable', { count: nobody.length })}</p>}
          <ReportForm
            year={quarter.year}
            quarter={quarter.quarter}
            obligations={obligations}
            unit={unit}
            onUnitChange={onUnitChange}
            onReload={() => refetch()}
          />
        </>
      )}
    </div>
  );
}
