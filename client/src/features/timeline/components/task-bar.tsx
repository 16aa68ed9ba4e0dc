import { memo, useMemo, type CSSProperties } from 'react';
import type { TaskStatus } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import type { BarShape } from '../model/bar-geometry.js';
import type { LayoutRow } from '../model/layout.js';
import type { RowDates } from '../model/rollup.js';
import { rowAriaLabel, rowTitle } from './row-labels.js';

export interface TaskBarProps {
  rowKey: string;
  /** The task's id (absent for a group's bar). */
  taskId: string | null;
  rowIndex: number;
  shape: BarShape;
  x: number;
  y: number;
  width: number;
  height: number;
  progress: number | null;
  status: TaskStatus | null;
  openStart: boolean;
  openEnd: boolean;
  derivedStart: boolean;
  derivedEnd: boolean;
  editable: boolean;
  /** Shows the connectors a dependency is drawn from (drawn by the end handles' ::before, no extra elements). */
  linkable: boolean;
  /** The row and its drawn dates (stable objects while unchanged): the labels are made from them. */
  row: LayoutRow;
  dates: RowDates;
  focusable: boolean;
  selected: boolean;
  match: 'none' | 'match' | 'current';
  expanded: boolean | null;
}

/**
 * One bar (or milestone diamond, summary bracket, group band). Positioned by left/top (a transform per bar would make a paint chunk per bar); a drag previews
 * through the `translate` property and the `--tl-dw` / `--tl-pp` variables without rendering this again.
 */
export const TaskBar = memo(function TaskBar(props: TaskBarProps) {
  const { rowKey, taskId, rowIndex, shape, x, y, width, height, progress, status, focusable, selected, match, expanded } = props;
  const i18n = useI18n();
  const { row, dates } = props;
  // Zooming moves every bar; the labels only change with the row, its dates or the language.
  const label = useMemo(() => rowAriaLabel({ row, dates, i18n }), [row, dates, i18n]);
  const text = useMemo(() => rowTitle({ row, i18n }), [row, i18n]);
  const classes = [
    'tl-bar',
    `tl-bar--${shape}`,
    status ? `tl-status--${status}` : 'tl-status--GROUP',
    props.openStart && 'tl-bar--open-start',
    props.openEnd && 'tl-bar--open-end',
    props.derivedStart && 'tl-bar--derived-start',
    props.derivedEnd && 'tl-bar--derived-end',
    props.editable && 'tl-bar--editable',
    props.linkable && 'tl-bar--linkable',
    selected && 'tl-bar--selected',
    match !== 'none' && 'tl-bar--match',
    match === 'current' && 'tl-bar--current-match',
  ]
    .filter(Boolean)
    .join(' ');
  const style = {
    left: `${x}px`,
    top: `${y}px`,
    width: `calc(${width}px + var(--tl-dw, 0px))`,
    height: `${height}px`,
    '--tl-p': `${progress ?? 0}%`,
  } as CSSProperties;
  return (
    <div
      className={classes}
      style={style}
      role="button"
      tabIndex={focusable ? 0 : -1}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      aria-expanded={expanded ?? undefined}
      data-task-id={taskId ?? undefined}
      data-row-key={rowKey}
      data-row-index={rowIndex}
    >
      {shape !== 'milestone' && progress !== null && <span className="tl-bar__fill" />}
      {props.editable && shape === 'bar' && (
        <>
          {!props.openStart && <span className="tl-bar__handle tl-bar__handle--start" />}
          {!props.openEnd && <span className="tl-bar__handle tl-bar__handle--end" />}
          {!props.openStart && !props.openEnd && <span className="tl-bar__progress-handle" />}
        </>
      )}
      <span className="tl-bar__text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
});
