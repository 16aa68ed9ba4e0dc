import { daysBetween, type LocalDate } from '@lotrinh/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { PeriodData } from '../api/reporting.query.js';

export interface PeriodCardProps {
  period: PeriodData;
  periods: readonly PeriodData[];
  today: LocalDate;
}

/** The quarter's data window and due day, as the server computes them, and the year's four quarters. */
export function PeriodCard({ period, periods, today }: PeriodCardProps) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const days = daysBetween(today, period.reportDue);
  const when =
    days < 0
      ? t('reporting.period.passed', { days: -days })
      : days === 0
        ? t('reporting.period.today')
        : t('reporting.period.left', { days });
  return (
    <section className="reporting-period" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('reporting.period.title', { quarter: period.quarter, year: period.year })}</h3>
      <dl data-testid="reporting-period">
        <dt>{t('reporting.period.window')}</dt>
        <dd>{t('reporting.period.windowValue', { start: formatDate(period.start), end: formatDate(period.end) })}</dd>
        <dt>{t('reporting.period.due')}</dt>
        <dd>{t('reporting.period.dueValue', { date: formatDate(period.reportDue), when })}</dd>
      </dl>
      <table className="reporting-table reporting-calendar">
        <caption>{t('reporting.period.calendar', { year: period.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.quarter')}</th>
            <th scope="col">{t('reporting.period.window')}</th>
            <th scope="col">{t('reporting.period.due')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.quarter} aria-current={p.quarter === period.quarter ? 'true' : undefined}>
              <th scope="row">{t('reporting.quarterOption', { quarter: p.quarter })}</th>
              <td>{t('reporting.period.windowValue', { start: formatDate(p.start), end: formatDate(p.end) })}</td>
              <td>{formatDate(p.reportDue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
