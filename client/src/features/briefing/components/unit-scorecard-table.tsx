import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { TableScroll } from './table-scroll.js';
import type { ScorecardRow } from '../model/unit-scorecard.js';

export interface UnitScorecardTableProps {
  rows: readonly ScorecardRow[];
}

/** Per lead unit: tasks led, done on time, done late, overdue, at risk, unknown. */
export function UnitScorecardTable({ rows }: UnitScorecardTableProps) {
  const { t, pick } = useI18n();
  const titleId = useId();
  return (
    <section className="briefing-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('briefing.units.title')}</h3>
      {rows.length === 0 ? (
        <p>{t('briefing.units.none')}</p>
      ) : (
        <TableScroll labelledBy={titleId}>
          <table className="briefing-table" data-testid="unit-scorecard">
            <thead>
              <tr>
                <th scope="col">{t('briefing.col.unit')}</th>
                <th scope="col" className="num">
                  {t('briefing.col.led')}
                </th>
                <th scope="col" className="num">
                  {t('briefing.col.doneOnTime')}
                </th>
                <th scope="col" className="num">
                  {t('briefing.col.doneLate')}
                </th>
                <th scope="col" className="num">
                  {t('briefing.col.overdue')}
                </th>
                <th scope="col" className="num">
                  {t('briefing.col.atRisk')}
                </th>
                <th scope="col" className="num">
                  {t('briefing.col.unknown')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code ?? '—'} data-unit={row.code ?? ''}>
                  <th scope="row">
                    {row.code ? (
                      <>
                        <strong>{row.code}</strong>
                        {row.unit && <span className="unit-name"> — {pick(row.unit.name, row.unit.nameEn)}</span>}
                      </>
                    ) : (
                      t('briefing.units.noLead')
                    )}
                  </th>
                  <td className="num" data-cell="led">
                    {row.led}
                  </td>
                  <td className="num" data-cell="doneOnTime">
                    {row.doneOnTime}
                  </td>
                  <td className="num" data-cell="doneLate">
                    {row.doneLate}
                  </td>
                  <td className="num" data-cell="overdue">
                    {row.overdue}
                  </td>
                  <td className="num" data-cell="atRisk">
                    {row.atRisk}
                  </td>
                  <td className="num" data-cell="unknown">
                    {row.unknown}
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
