import type { LayoutRow } from '../model/layout.js';
import { PRINT_METRICS, type PrintRowText } from '../model/print-pages.js';

export interface PrintListRowProps {
  row: LayoutRow;
  text: PrintRowText;
  top: number;
  height: number;
  /** A search match: printed bold and marked at the left. */
  match: boolean;
  striped: boolean;
}

/** One row of the printed list: the whole title (wrapped, indented by depth), lead unit, start over due, progress. */
export function PrintListRow({ row, text, top, height, match, striped }: PrintListRowProps) {
  const { dates } = row;
  const classes = ['tl-prow', `tl-prow--${row.type}`, striped && 'tl-prow--odd', match && 'tl-prow--match'].filter(Boolean).join(' ');
  const derived = [dates.startDerived, dates.dueDerived];
  return (
    <div className={classes} style={{ top: `${top}px`, height: `${height}px` }} data-print-row={row.key}>
      <div
        className="tl-prow__cell tl-prow__title"
        style={{ paddingInlineStart: `${PRINT_METRICS.cellPadPx + row.depth * PRINT_METRICS.indentPx}px` }}
        data-print-task-id={row.type === 'task' ? row.task.id : undefined}
      >
        {text.title}
      </div>
      <div className="tl-prow__cell tl-prow__unit">{text.leadUnit}</div>
      <div className="tl-prow__cell tl-prow__dates">
        {text.dates.map((date, index) => (
          <span key={index} className={`tl-prow__date${derived[index] ? ' tl-cell--derived' : ''}`}>
            {date}
          </span>
        ))}
      </div>
      <div className="tl-prow__cell tl-prow__progress">{dates.progress === null ? '' : `${Math.round(dates.progress)}%`}</div>
    </div>
  );
}
