import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { COLUMNS } from '../model/columns.js';
import type { SortKey, SortOrder } from '../model/row-sort.js';

export interface ListHeaderProps {
  sort: SortOrder | null;
  onSort: (key: SortKey) => void;
  onResizeStart: (key: SortKey, event: PointerEvent<HTMLElement>) => void;
  onResizeBy: (key: SortKey, delta: number) => void;
  widths: Readonly<Record<SortKey, number>>;
}

/** The task list's column headers: a button sorts (asc, desc, none), the separator after it resizes. */
export const ListHeader = memo(function ListHeader({ sort, onSort, onResizeStart, onResizeBy, widths }: ListHeaderProps) {
  const { t } = useI18n();
  const onKey = (key: SortKey) => (event: KeyboardEvent<HTMLElement>) => {
    const step = event.shiftKey ? 40 : 10;
    if (event.key === 'ArrowLeft') onResizeBy(key, -step);
    else if (event.key === 'ArrowRight') onResizeBy(key, step);
    else return;
    event.preventDefault();
  };
  return (
    <div className="tl-list-header" role="row">
      {COLUMNS.map((column) => {
        const name = t(`timeline.column.${column.key}`);
        const direction = sort?.key === column.key ? sort.dir : null;
        return (
          <div
            key={column.key}
            className={`tl-col tl-col--${column.key} tl-list-header__cell`}
            role="columnheader"
            aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
          >
            <button
              type="button"
              className="tl-sort-button"
              onClick={() => onSort(column.key)}
              title={t('timeline.column.sort', { column: name })}
            >
              <span>{name}</span>
              <span className="tl-sort-indicator" aria-hidden="true">
                {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
              </span>
            </button>
            <div
              className="tl-col-resizer"
              role="separator"
              aria-orientation="vertical"
              aria-label={t('timeline.column.resize', { column: name })}
              aria-valuenow={widths[column.key]}
              aria-valuemin={column.min}
              aria-valuemax={column.max}
              tabIndex={0}
              onPointerDown={(event) => onResizeStart(column.key, event)}
              onKeyDown={onKey(column.key)}
            />
          </div>
        );
      })}
    </div>
  );
});
