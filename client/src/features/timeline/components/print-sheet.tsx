import { memo, useMemo, type CSSProperties, type Ref } from 'react';
import type { LocalDate } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import { useChartDecor } from '../hooks/use-chart-decor.js';
import type { PrintSheetData } from '../hooks/use-print-sheet.js';
import { PAPER_SPECS } from '../model/paper.js';
import { PRINT_METRICS } from '../model/print-pages.js';
import type { TimelineMarker } from '../model/types.js';
import { levelForPxPerDay } from '../model/zoom-levels.js';
import { PrintPage } from './print-page.js';

export interface PrintSheetProps {
  sheet: PrintSheetData;
  markers: readonly TimelineMarker[];
  /** The day the data is as of: its red line, as "today" on screen. */
  asOf: LocalDate;
  matchSet: ReadonlySet<string>;
  sheetRef?: Ref<HTMLDivElement>;
}

/**
 * The timeline on paper: every row of the view (not only those on screen), page after page of the chosen
 * size, each page one printable box (timeline-print.css gives it its `@page`).
 */
export const PrintSheet = memo(function PrintSheet({ sheet, markers, asOf, matchSet, sheetRef }: PrintSheetProps) {
  const i18n = useI18n();
  const { layout } = sheet;
  const { scale, header, end } = layout.range;
  const inner = layout.chartWidth - 2 * PRINT_METRICS.chartPad;
  const level = useMemo(() => ({ ...levelForPxPerDay({ pxPerDay: scale.pxPerDay }), header }), [scale.pxPerDay, header]);
  const decor = useChartDecor({
    scale,
    level,
    visible: { firstRow: 0, lastRow: 0, x0: 0, x1: inner },
    markers,
    today: asOf,
    domainEnd: end,
    i18n,
  });
  const style = {
    '--tl-print-w': `${layout.page.width}px`,
    '--tl-print-h': `${layout.page.height}px`,
    '--tl-print-list-w': `${layout.listWidth}px`,
    '--tl-print-title-w': `${layout.titleWidth}px`,
    '--tl-print-chart-w': `${layout.chartWidth}px`,
    '--tl-print-body-h': `${layout.bodyHeight}px`,
    '--tl-print-pad': `${PRINT_METRICS.chartPad}px`,
    '--tl-print-margin': `${PAPER_SPECS[layout.paper].marginMm}mm`,
    '--tl-print-header-h': `${PRINT_METRICS.headerHeight}px`,
    '--tl-print-footer-h': `${PRINT_METRICS.footerHeight}px`,
    '--tl-print-font': `${PRINT_METRICS.fontPx}px`,
    '--tl-print-line': `${PRINT_METRICS.lineHeightPx}px`,
    '--tl-print-row-pad': `${PRINT_METRICS.rowPadPx}px`,
    '--tl-print-cell-pad': `${PRINT_METRICS.cellPadPx}px`,
    '--tl-print-unit-w': `${PRINT_METRICS.columns.leadUnit}px`,
    '--tl-print-dates-w': `${PRINT_METRICS.columns.dates}px`,
    '--tl-print-progress-w': `${PRINT_METRICS.columns.progress}px`,
    '--tl-header-row-h': `${PRINT_METRICS.axisRowHeight}px`,
    '--tl-marker-lane-h': `${PRINT_METRICS.markerLaneHeight}px`,
    '--tl-header-h': `${layout.axisHeight}px`,
  } as CSSProperties;
  return (
    <div
      ref={sheetRef}
      className="tl-sheet"
      data-paper={layout.paper}
      style={style}
      aria-label={i18n.t('timeline.print.sheet')}
      role="document"
    >
      {layout.pages.map((page) => (
        <PrintPage key={page.number} page={page} sheet={sheet} decor={decor} matchSet={matchSet} />
      ))}
    </div>
  );
});
