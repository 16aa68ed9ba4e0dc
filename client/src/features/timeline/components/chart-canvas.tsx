import type { RefObject } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { ChartPointerHandlers } from '../hooks/use-chart-pointer.js';
import type { ColumnResizing } from '../hooks/use-column-widths.js';
import { useChartWindow, type ChartWindowInputs } from '../hooks/use-chart-window.js';
import type { SearchMatches } from '../hooks/use-search-matches.js';
import type { SortKey, SortOrder } from '../model/row-sort.js';
import { BarLayer } from './bar-layer.js';
import { ChartGrid } from './chart-grid.js';
import { HEADER_HEIGHT, ROW_HEIGHT } from './chart-metrics.js';
import { DependencyLayer } from './dependency-layer.js';
import { ListBody } from './list-body.js';
import { ListHeader } from './list-header.js';
import { TimeHeader } from './time-header.js';

export interface ChartCanvasProps extends Omit<ChartWindowInputs, 'scrollerRef'> {
  scrollerRef: RefObject<HTMLDivElement | null>;
  chartRef: RefObject<HTMLDivElement | null>;
  tipRef: RefObject<HTMLDivElement | null>;
  linkRef: RefObject<SVGSVGElement | null>;
  /** Bars show connectors to draw dependencies from. */
  linking: boolean;
  helpId: string;
  pointer: ChartPointerHandlers;
  /** The row that takes the Tab stop; null: the first rendered one. */
  focusKey: string | null;
  selected: string | null;
  selectedIndex: number;
  search: SearchMatches;
  sort: SortOrder | null;
  onSort: (key: SortKey) => void;
  columns: ColumnResizing;
  onToggle: (key: string) => void;
  onPick: (key: string) => void;
}

/**
 * The one scroller: the task list (sticky on the left, its header sticky on top) beside the chart (time
 * header sticky on top; grid, markers, arrows and bars below). Both scroll together natively.
 */
export function ChartCanvas(props: ChartCanvasProps) {
  const { t } = useI18n();
  const { search, columns, pointer } = props;
  // The window lives here: scrolling renders the chart, not the view around it.
  const { visible, placed, edges, decor, onScroll } = useChartWindow(props);
  const rowCount = props.layout.rows.length;
  const bodyHeight = rowCount * ROW_HEIGHT;
  const focusKey = props.focusKey ?? placed[0]?.row.key ?? null;
  return (
    <div ref={props.scrollerRef} className="tl-scroller" onScroll={onScroll}>
      <div
        className="tl-canvas"
        style={{ width: `calc(var(--tl-list-w) + ${props.contentWidth}px)`, height: `${HEADER_HEIGHT + bodyHeight}px` }}
      >
        <div className="tl-list" role="table" aria-label={t('timeline.list')} aria-rowcount={rowCount + 1}>
          <div className="tl-list-head" role="rowgroup">
            <ListHeader
              sort={props.sort}
              onSort={props.onSort}
              onResizeStart={columns.startResize}
              onResizeBy={columns.resizeBy}
              widths={columns.widths}
            />
          </div>
          <div className="tl-list-body" role="rowgroup" style={{ height: `${bodyHeight}px` }}>
            <ListBody
              placed={placed}
              selected={props.selected}
              matchSet={search.matchSet}
              currentMatch={search.currentKey}
              onToggle={props.onToggle}
              onPick={props.onPick}
            />
          </div>
          {rowCount === 0 && <p className="tl-empty">{t('timeline.empty')}</p>}
        </div>
        <div className="tl-chart-area" style={{ width: `${props.contentWidth}px` }}>
          <TimeHeader top={decor.top} bottom={decor.bottom} markers={decor.markers} contentWidth={props.contentWidth} />
          <div
            ref={props.chartRef}
            className="tl-chart"
            role="group"
            aria-label={t('timeline.chart')}
            aria-describedby={props.helpId}
            style={{ height: `${bodyHeight}px` }}
            onPointerDown={pointer.onPointerDown}
            onPointerMove={pointer.onPointerMove}
            onPointerUp={pointer.onPointerUp}
            onPointerCancel={pointer.onPointerCancel}
            onDoubleClick={pointer.onDoubleClick}
          >
            <ChartGrid
              top={decor.top}
              bottom={decor.bottom}
              markers={decor.markers}
              selectedIndex={props.selectedIndex}
              rowHeight={ROW_HEIGHT}
            />
            <DependencyLayer placed={edges} />
            <BarLayer
              placed={placed}
              x0={visible.x0}
              x1={visible.x1}
              focusKey={focusKey}
              selected={props.selected}
              matchSet={search.matchSet}
              currentMatch={search.currentKey}
              linking={props.linking}
            />
            <svg ref={props.linkRef} className="tl-link-preview" aria-hidden="true" focusable="false">
              <path />
            </svg>
            <div ref={props.tipRef} className="tl-drag-tip" hidden aria-hidden="true" />
          </div>
        </div>
      </div>
    </div>
  );
}
