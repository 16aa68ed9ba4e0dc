import { memo } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { useRowSlots } from '../hooks/use-row-slots.js';
import type { PlacedRow } from '../model/row-geometry.js';
import { LABEL_ALLOWANCE_PX } from './chart-metrics.js';
import { rowAriaLabel } from './row-labels.js';
import { TaskBar } from './task-bar.js';

export interface BarLayerProps {
  placed: readonly PlacedRow[];
  x0: number;
  x1: number;
  /** The row that takes the Tab stop (roving tabindex). */
  focusKey: string | null;
  selected: string | null;
  matchSet: ReadonlySet<string>;
  currentMatch: string | null;
  /** Editable bars get connectors to draw dependencies from. */
  linking: boolean;
}

/** The bars of the rows in the window whose extent meets the x-range; rows with no date get a chip. */
export const BarLayer = memo(function BarLayer({ placed, x0, x1, focusKey, selected, matchSet, currentMatch, linking }: BarLayerProps) {
  const i18n = useI18n();
  // Bars scrolling in reuse the nodes of bars scrolling out; the focused bar, always rendered, keeps its node.
  const slots = useRowSlots(placed);
  return (
    <>
      {placed.map(({ index, row, dates, bar }) => {
        const taskId = row.type === 'task' ? row.task.id : null;
        const focusable = row.key === focusKey;
        const match = matchSet.has(row.key) ? (row.key === currentMatch ? 'current' : 'match') : 'none';
        if (!bar) {
          return (
            <div key={`u${slots.get(row.key)}`} className="tl-undated-row" style={{ top: `calc(${index} * var(--tl-row-h))` }}>
              <span
                className={`tl-undated${match !== 'none' ? ' tl-bar--match' : ''}${selected === row.key ? ' tl-bar--selected' : ''}`}
                role="button"
                tabIndex={focusable ? 0 : -1}
                aria-label={rowAriaLabel({ row, dates, i18n })}
                data-task-id={taskId ?? undefined}
                data-row-key={row.key}
                data-row-index={index}
              >
                {i18n.t('timeline.undated')}
              </span>
            </div>
          );
        }
        if (!focusable && (bar.x > x1 || bar.x + bar.width + LABEL_ALLOWANCE_PX < x0)) return null;
        return (
          <TaskBar
            key={`b${slots.get(row.key)}`}
            rowKey={row.key}
            taskId={taskId}
            rowIndex={index}
            shape={bar.shape}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            progress={bar.progress}
            status={row.type === 'task' ? row.task.status : null}
            openStart={bar.openStart}
            openEnd={bar.openEnd}
            derivedStart={bar.derivedStart}
            derivedEnd={bar.derivedEnd}
            editable={bar.editable}
            linkable={linking && bar.editable}
            row={row}
            dates={dates}
            focusable={focusable}
            selected={selected === row.key}
            match={match}
            expanded={row.hasChildren ? !row.collapsed : null}
          />
        );
      })}
    </>
  );
});
