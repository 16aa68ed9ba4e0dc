import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { TableScroll } from './table-scroll.js';
import type { LateTask } from '../model/late-tasks.js';

export interface LateTaskTableProps {
  late: readonly LateTask[];
  unitName: (code: string) => string;
}

/** Tasks overdue or at risk on the day, with the lead unit and how many days late (or left). */
export function LateTaskTable({ late, unitName }: LateTaskTableProps) {
  const { t, pick, formatDate } = useI18n();
  const titleId = useId();
  return (
    <section className="briefing-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('briefing.late.title')}</h3>
      {late.length === 0 ? (
        <p>{t('briefing.late.none')}</p>
      ) : (
        <TableScroll labelledBy={titleId}>
          <table className="briefing-table" data-testid="late-tasks">
            <thead>
              <tr>
                <th scope="col">{t('briefing.col.task')}</th>
                <th scope="col">{t('briefing.col.lead')}</th>
                <th scope="col">{t('briefing.col.due')}</th>
                <th scope="col">{t('briefing.col.status')}</th>
                <th scope="col" className="num">
                  {t('briefing.col.daysLate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {late.map((item) => (
                <tr key={item.task.id} data-task-id={item.task.id} data-status={item.status}>
                  <th scope="row">{pick(item.task.title, item.task.titleEn)}</th>
                  <td>
                    {item.task.leadUnit ? (
                      <abbr title={unitName(item.task.leadUnit)}>{item.task.leadUnit}</abbr>
                    ) : (
                      t('briefing.unitUnknown')
                    )}
                  </td>
                  <td className="nowrap">{item.task.due ? formatDate(item.task.due) : t('briefing.late.noDue')}</td>
                  <td>
                    <span className={`status status-${item.status.toLowerCase()}`}>{t(`briefing.status.${item.status}`)}</span>
                  </td>
                  <td className="num" data-cell="days">
                    {item.daysLate !== null
                      ? t('briefing.late.daysLate', { days: item.daysLate })
                      : item.daysLeft !== null
                        ? t('briefing.late.daysLeft', { days: item.daysLeft })
                        : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
