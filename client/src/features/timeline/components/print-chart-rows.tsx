import { useI18n } from '../../../i18n/i18n.js';
import { barGeometry } from '../model/bar-geometry.js';
import type { LayoutRow } from '../model/layout.js';
import type { PrintPage } from '../model/print-pages.js';
import type { TimeScale } from '../model/scale.js';
import { PrintBar } from './print-bar.js';
import { rowAriaLabel } from './row-labels.js';

export interface PrintChartRowsProps {
  page: PrintPage;
  rows: readonly LayoutRow[];
  scale: TimeScale;
}

/** The bars of a page's rows, each centred in its row (rows on paper are as tall as their text); a chip for a row with no date. */
export function PrintChartRows({ page, rows, scale }: PrintChartRowsProps) {
  const i18n = useI18n();
  return (
    <>
      {page.rows.map(({ index, top, height }) => {
        const row = rows[index];
        if (!row) return null;
        const kind = row.type === 'group' ? 'GROUP' : row.task.kind;
        const bar = barGeometry({ key: row.key, rowIndex: 0, dates: row.dates, kind, scale, rowHeight: height });
        const label = rowAriaLabel({ row, dates: row.dates, i18n });
        if (!bar) {
          return (
            <span key={row.key} className="tl-sheet__undated" style={{ top: `${top + height / 2}px` }} role="img" aria-label={label}>
              {i18n.t('timeline.undated')}
            </span>
          );
        }
        return <PrintBar key={row.key} bar={bar} status={row.type === 'task' ? row.task.status : null} top={top} label={label} />;
      })}
    </>
  );
}
