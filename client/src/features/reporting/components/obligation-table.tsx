import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { REPORT_STATES, type StateCounts, type SubmittedReport, type UnitObligations } from '../model/obligations.js';
import { StateBadge } from './state-badge.js';

export interface ObligationTableProps {
  groups: readonly UnitObligations[];
  totals: StateCounts;
}

function ReportCell({ report }: { report: SubmittedReport | null }) {
  const { t, formatDate } = useI18n();
  if (!report) return <>—</>;
  return (
    <span className="report-observation" data-observation-id={report.id}>
      {t('reporting.report.value', {
        submitted: formatDate(report.submittedOn),
        observed: formatDate(report.observedOn),
        status: t(`reporting.observed.${report.status}`),
        progress: report.progress === null ? '' : t('reporting.report.progress', { progress: report.progress }),
        note: report.note,
      })}
      {report.reportedBy && <small> {t('reporting.report.by', { unit: report.reportedBy.code })}</small>}
    </span>
  );
}

/** Every report owed this quarter, by unit: the task, whether the report came in (on time, late) or is missing, and what it said. */
export function ObligationTable({ groups, totals }: ObligationTableProps) {
  const { t, pick } = useI18n();
  const titleId = useId();
  const count = REPORT_STATES.reduce((sum, state) => sum + totals[state], 0);
  return (
    <section className="reporting-obligations" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('reporting.obligations.title')}</h3>
      <p>{t('reporting.totals', { count })}</p>
      <ul className="reporting-totals" data-testid="reporting-totals">
        {REPORT_STATES.map((state) => (
          <li key={state} data-state={state}>
            <StateBadge state={state} />: <strong>{totals[state]}</strong>
          </li>
        ))}
      </ul>
      {groups.length === 0 ? (
        <p>{t('reporting.obligations.none')}</p>
      ) : (
        <table className="reporting-table" data-testid="obligations">
          <thead>
            <tr>
              <th scope="col">{t('reporting.col.task')}</th>
              <th scope="col">{t('reporting.col.state')}</th>
              <th scope="col">{t('reporting.col.report')}</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.unit?.code ?? '—'} data-unit={group.unit?.code ?? ''}>
              <tr className="reporting-unit-row">
                <th scope="rowgroup" colSpan={3}>
                  {group.unit ? `${group.unit.code} — ${pick(group.unit.name, group.unit.nameEn)}` : t('reporting.noUnit')}{' '}
                  <span className="reporting-unit-counts">
                    (
                    {REPORT_STATES.filter((state) => group.counts[state] > 0)
                      .map((state) => `${t(`reporting.state.${state}`)}: ${group.counts[state]}`)
                      .join('; ')}
                    )
                  </span>
                </th>
              </tr>
              {group.obligations.map((obligation) => (
                <tr key={obligation.task.id} data-task-id={obligation.task.id} data-state={obligation.state}>
                  <th scope="row">{pick(obligation.task.title, obligation.task.titleEn)}</th>
                  <td>
                    <StateBadge state={obligation.state} />
                  </td>
                  <td>
                    <ReportCell report={obligation.report} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
