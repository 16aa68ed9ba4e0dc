import { useI18n } from '../../../i18n/i18n.js';
import type { ChartDecor } from '../hooks/use-chart-decor.js';
import type { PrintSheetData } from '../hooks/use-print-sheet.js';
import { PRINT_METRICS, type PrintPage as PrintPageData } from '../model/print-pages.js';
import { ChartGrid } from './chart-grid.js';
import { PrintChartRows } from './print-chart-rows.js';
import { PrintListRow } from './print-list-row.js';
import { PrintPageHeader } from './print-page-header.js';
import { StatusLegend } from './status-legend.js';
import { TimeHeader } from './time-header.js';

export interface PrintPageProps {
  page: PrintPageData;
  sheet: PrintSheetData;
  decor: ChartDecor;
  matchSet: ReadonlySet<string>;
}

/**
 * One sheet of paper: the heading, the list's column names beside the time axis (repeated on every page),
 * the page's rows (list on the left, bars on the right, on the same grid lines and markers as on screen),
 * and the legend with the page number.
 */
export function PrintPage({ page, sheet, decor, matchSet }: PrintPageProps) {
  const { t } = useI18n();
  const { rows, texts, layout, heading } = sheet;
  return (
    <section className="tl-sheet__page" aria-label={t('timeline.print.page', { page: page.number, pages: layout.pages.length })}>
      <PrintPageHeader heading={heading} />
      <div className="tl-sheet__grid">
        <div className="tl-sheet__list-head" aria-hidden="true">
          <span className="tl-prow__title">{t('timeline.column.title')}</span>
          <span className="tl-prow__unit">{t('timeline.column.leadUnit')}</span>
          <span className="tl-prow__dates">{t('timeline.print.column.dates')}</span>
          <span className="tl-prow__progress">{t('timeline.column.progress')}</span>
        </div>
        <div className="tl-sheet__axis">
          <div className="tl-sheet__plot">
            <TimeHeader
              top={decor.top}
              bottom={decor.bottom}
              markers={decor.markers}
              contentWidth={layout.chartWidth - 2 * PRINT_METRICS.chartPad}
            />
          </div>
        </div>
        <div className="tl-sheet__list">
          {page.rows.map(({ index, top, height }) => {
            const row = rows[index];
            const text = texts[index];
            if (!row || !text) return null;
            return (
              <PrintListRow
                key={row.key}
                row={row}
                text={text}
                top={top}
                height={height}
                match={matchSet.has(row.key)}
                striped={index % 2 === 1}
              />
            );
          })}
        </div>
        <div className="tl-sheet__chart">
          {page.rows.map(({ index, top, height }) => (
            <div
              key={index}
              className={`tl-sheet__band${index % 2 === 1 ? ' tl-sheet__band--odd' : ''}`}
              style={{ top: `${top}px`, height: `${height}px` }}
            />
          ))}
          <div className="tl-sheet__plot">
            <ChartGrid top={decor.top} bottom={decor.bottom} markers={decor.markers} selectedIndex={-1} rowHeight={0} />
            <PrintChartRows page={page} rows={rows} scale={layout.range.scale} />
          </div>
        </div>
      </div>
      <footer className="tl-sheet__footer">
        <StatusLegend />
        <span className="tl-sheet__page-number">{t('timeline.print.page', { page: page.number, pages: layout.pages.length })}</span>
      </footer>
    </section>
  );
}
