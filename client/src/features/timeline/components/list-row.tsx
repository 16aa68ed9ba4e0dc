import { memo } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { LayoutRow } from '../model/layout.js';
import type { RowDates } from '../model/rollup.js';
import { ROW_HEIGHT } from './chart-metrics.js';
import { rowTitle } from './row-labels.js';

export interface ListRowProps {
  index: number;
  /** The row and its drawn dates: stable objects while unchanged, so unchanged rows do not render again. */
  row: LayoutRow;
  dates: RowDates;
  selected: boolean;
  match: 'none' | 'match' | 'current';
  onToggle: (key: string) => void;
  onPick: (key: string) => void;
}

/** One row of the task list: title (indented, with a toggle for parents and groups), lead unit, dates, status, progress. */
export const ListRow = memo(function ListRow({ index, row, dates, selected, match, onToggle, onPick }: ListRowProps) {
  const i18n = useI18n();
  const { t, formatDate, pick } = i18n;
  const title = rowTitle({ row, i18n });
  const task = row.type === 'task' ? row.task : null;
  const derived = t('timeline.legend.derived');
  const classes = [
    'tl-list-row',
    `tl-list-row--${row.type}`,
    index % 2 === 1 && 'tl-list-row--odd',
    selected && 'tl-list-row--selected',
    match !== 'none' && 'tl-list-row--match',
    match === 'current' && 'tl-list-row--current-match',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classes}
      role="row"
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      style={{ top: `${index * ROW_HEIGHT}px` }}
      data-list-key={row.key}
    >
      <div className="tl-col tl-col--title tl-cell" role="cell" style={{ paddingInlineStart: `${6 + row.depth * 16}px` }}>
        {row.hasChildren ? (
          <button
            type="button"
            className="tl-toggle"
            tabIndex={-1}
            aria-expanded={!row.collapsed}
            aria-label={t(row.collapsed ? 'timeline.row.expand' : 'timeline.row.collapse', { title })}
            onClick={() => onToggle(row.key)}
          >
            <span aria-hidden="true">{row.collapsed ? '▸' : '▾'}</span>
          </button>
        ) : (
          <span className="tl-toggle-spacer" />
        )}
        <span className="tl-cell__title" title={title} onClick={() => onPick(row.key)}>
          {row.type === 'group' ? `${title} (${row.count})` : title}
        </span>
      </div>
      <div
        className="tl-col tl-col--leadUnit tl-cell"
        role="cell"
        title={task?.leadUnit ? pick(task.leadUnit.name, task.leadUnit.nameEn) : undefined}
      >
        {task?.leadUnit?.code ?? ''}
      </div>
      <div
        className={`tl-col tl-col--start tl-cell${dates.startDerived ? ' tl-cell--derived' : ''}`}
        role="cell"
        title={dates.startDerived ? derived : undefined}
      >
        {formatDate(dates.start)}
      </div>
      <div
        className={`tl-col tl-col--due tl-cell${dates.dueDerived ? ' tl-cell--derived' : ''}`}
        role="cell"
        title={dates.dueDerived ? derived : undefined}
      >
        {formatDate(dates.due)}
      </div>
      <div className="tl-col tl-col--status tl-cell" role="cell">
        {task && <span className={`tl-status-pill tl-status--${task.status}`}>{t(`timeline.status.${task.status}`)}</span>}
      </div>
      <div className="tl-col tl-col--progress tl-cell tl-cell--end" role="cell">
        {dates.progress === null ? '' : `${Math.round(dates.progress)}%`}
      </div>
    </div>
  );
});
