import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { TableScroll } from './table-scroll.js';
import type { PlanProgressRow } from '../model/plan-progress.js';
import { RAG_RULE, type RatingResult } from '../model/rag-rule.js';
import { percent, type TaskCounts } from '../model/task-counts.js';
import { RagBadge } from './rag-badge.js';

export interface PlanProgressTableProps {
  rows: readonly PlanProgressRow[];
}

function useReason() {
  const { t } = useI18n();
  return (rating: RatingResult, counts: TaskCounts) =>
    t(`briefing.reason.${rating.reason}`, {
      count: counts.count,
      overdue: counts.overdue,
      atRisk: counts.atRisk,
      unknown: counts.unknown,
      share: rating.overdueShare === null ? 0 : percent(rating.overdueShare),
      threshold: rating.reason === 'mostlyUnknown' ? percent(RAG_RULE.unratedUnknownShare) : percent(RAG_RULE.redOverdueShare),
    });
}

/** Progress per plan with its red/amber/green rating and, in words, why; the rule is stated above the table. */
export function PlanProgressTable({ rows }: PlanProgressTableProps) {
  const { t, pick, formatDate } = useI18n();
  const reason = useReason();
  const titleId = useId();
  return (
    <section className="briefing-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('briefing.plans.title')}</h3>
      <p className="briefing-rule">
        {t('briefing.plans.rule', { red: percent(RAG_RULE.redOverdueShare), unknown: percent(RAG_RULE.unratedUnknownShare) })}
      </p>
      {rows.length === 0 ? (
        <p>{t('briefing.plans.none')}</p>
      ) : (
        <TableScroll labelledBy={titleId}>
          <table className="briefing-table" data-testid="plan-progress">
            <thead>
              <tr>
                <th scope="col">{t('briefing.col.plan')}</th>
                <th scope="col">{t('briefing.col.period')}</th>
                <th scope="col" className="num">
                  {t('briefing.col.tasks')}
                </th>
                <th scope="col" className="num">
                  {t('briefing.col.done')}
                </th>
                <th scope="col">{t('briefing.col.progress')}</th>
                <th scope="col" className="num">
                  {t('briefing.col.overdue')}
                </th>
                <th scope="col" className="num">
                  {t('briefing.col.atRisk')}
                </th>
                <th scope="col">{t('briefing.col.rating')}</th>
                <th scope="col">{t('briefing.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const share = row.doneShare === null ? null : percent(row.doneShare);
                return (
                  <tr key={row.plan?.key ?? '—'} data-plan={row.plan?.key ?? ''}>
                    <th scope="row">{row.plan ? pick(row.plan.title, row.plan.titleEn) : t('briefing.noPlan')}</th>
                    <td className="nowrap">
                      {row.plan
                        ? t('briefing.period', { start: formatDate(row.plan.periodStart), end: formatDate(row.plan.periodEnd) })
                        : '—'}
                    </td>
                    <td className="num" data-cell="count">
                      {row.counts.count}
                    </td>
                    <td className="num" data-cell="done">
                      {row.counts.done}
                    </td>
                    <td>
                      {share === null ? (
                        '—'
                      ) : (
                        <span className="progress-cell">
                          <span className="progress-track" aria-hidden="true">
                            <span className="progress-fill" style={{ width: `${share}%` }} />
                          </span>
                          <span>{t('briefing.progressBar', { percent: share })}</span>
                        </span>
                      )}
                    </td>
                    <td className="num" data-cell="overdue">
                      {row.counts.overdue}
                    </td>
                    <td className="num" data-cell="atRisk">
                      {row.counts.atRisk}
                    </td>
                    <td>
                      <RagBadge rating={row.rating.rating} />
                    </td>
                    <td className="briefing-reason">{reason(row.rating, row.counts)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
