import { useCallback, useId, useMemo, useRef, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../../../i18n/i18n.js';
import { columnVariables, useColumnWidths } from '../hooks/use-column-widths.js';
import { useChartDecor } from '../hooks/use-chart-decor.js';
import { useChartPointer } from '../hooks/use-chart-pointer.js';
import { useEdits } from '../hooks/use-edits.js';
import { useElementSize } from '../hooks/use-element-size.js';
import { useHorizontalPosition } from '../hooks/use-horizontal-position.js';
import { useSearchMatches } from '../hooks/use-search-matches.js';
import { useTimelineData } from '../hooks/use-timeline-data.js';
import { useTimelineKeyboard } from '../hooks/use-timeline-keyboard.js';
import { useTimelineNavigation } from '../hooks/use-timeline-navigation.js';
import { useTimelineScale } from '../hooks/use-timeline-scale.js';
import { useViewEmitter } from '../hooks/use-view-emitter.js';
import { useVirtualWindow } from '../hooks/use-virtual-window.js';
import { useWheelZoom } from '../hooks/use-wheel-zoom.js';
import { dayIndexOf } from '../model/calendar-units.js';
import { nextSort } from '../model/columns.js';
import { edgesInRows } from '../model/dependency-paths.js';
import type { DragMode } from '../model/drag.js';
import { nudge } from '../model/nudge.js';
import { placeRow, placeRows } from '../model/row-geometry.js';
import type { SortKey } from '../model/row-sort.js';
import { dateToX } from '../model/scale.js';
import type { Grouping, TaskEditValues, TimelineViewProps, ZoomLevelId } from '../model/types.js';
import type { EditCommand } from '../model/undo-stack.js';
import { stepZoom } from '../model/zoom-levels.js';
import { ChartCanvas } from './chart-canvas.js';
import { HEADER_HEIGHT, METRIC_VARIABLES, ROW_HEIGHT } from './chart-metrics.js';
import { EditNotice } from './edit-notice.js';
import { editText } from './row-labels.js';
import { TimelineToolbar } from './timeline-toolbar.js';
import '../timeline.css';

/**
 * The interactive Gantt timeline of the roadmap: toolbar, task list and chart side by side in one scroller
 * (the list sticks to the left, the headers to the top), virtualised by arithmetic, editable by pointer and
 * keyboard with optimistic, undoable saves. The view state lives with the owner (the URL).
 */
export function TimelineView(props: TimelineViewProps) {
  const { tasks, markers, today, state, onStateChange, onReschedule, onSetProgress, onSelect, onReload } = props;
  const i18n = useI18n();
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const helpId = useId();

  const emit = useViewEmitter({ state, onStateChange });
  const data = useTimelineData({ tasks, markers, state });
  const { layout, domain } = data;
  const columns = useColumnWidths({ rootRef });
  const size = useElementSize({ ref: scrollerRef, initial: { width: 1280, height: 640 } });
  const chartWidth = Math.max(1, size.width - columns.listWidth);
  const bodyHeight = Math.max(0, size.height - HEADER_HEIGHT);
  const zoom = useTimelineScale({ zoom: state.zoom, pxPerDay: state.pxPerDay, viewportWidth: chartWidth, totalDays: domain.totalDays, emit });
  const scale = useMemo(() => ({ origin: domain.start, pxPerDay: zoom.pxPerDay }), [domain.start, zoom.pxPerDay]);
  const contentWidth = Math.max(chartWidth, Math.ceil(domain.totalDays * zoom.pxPerDay));
  // Scroll position first: its layout effects put a zoom's anchor in place before the window is measured.
  const onPositionScroll = useHorizontalPosition({ scrollerRef, scale, viewportWidth: chartWidth, start: state.start, anchorRef: zoom.anchorRef, emit });
  const { window, onScroll: onWindowScroll } = useVirtualWindow({
    scrollerRef, rowCount: layout.rows.length, rowHeight: ROW_HEIGHT, contentWidth, viewportWidth: chartWidth, viewportHeight: bodyHeight,
  });
  useWheelZoom({ scrollerRef, chartLeft: columns.listWidth, scale: zoom });
  const edits = useEdits({ tasks, onReschedule, onSetProgress });
  const search = useSearchMatches({ tasks: data.filtered, layout, query: state.search });

  const barOf = useCallback(
    (index: number) => placeRow({ layout, index, scale, rowHeight: ROW_HEIGHT, edits: edits.overrides })?.bar ?? null,
    [layout, scale, edits.overrides],
  );
  const nav = useTimelineNavigation({
    scrollerRef, chartRef, layout, barOf, rowHeight: ROW_HEIGHT, bodyHeight, chartWidth, selected: state.selected, searchKey: search.currentKey,
  });
  const activeIndex = nav.activeKey === null ? -1 : (layout.indexByKey.get(nav.activeKey) ?? -1);
  const placed = useMemo(
    () => placeRows({ layout, firstRow: window.firstRow, lastRow: window.lastRow, extra: activeIndex, scale, rowHeight: ROW_HEIGHT, edits: edits.overrides }),
    [layout, window.firstRow, window.lastRow, activeIndex, scale, edits.overrides],
  );
  const bars = useMemo(() => placed.flatMap((row) => (row.bar ? [row.bar] : [])), [placed]);
  const edges = useMemo(() => edgesInRows({ edges: data.edges, firstRow: window.firstRow, lastRow: window.lastRow }), [data.edges, window.firstRow, window.lastRow]);
  const decor = useChartDecor({ scale, level: zoom.level, window, markers, today, domainEnd: domain.end, i18n });
  const focusKey = activeIndex >= 0 ? nav.activeKey : (placed[0]?.row.key ?? null);

  const onScroll = useCallback(() => {
    onWindowScroll();
    onPositionScroll();
  }, [onWindowScroll, onPositionScroll]);

  const { setActiveKey } = nav;
  const { toggle } = data;
  const pick = useCallback(
    (key: string | null) => {
      if (key === null) return;
      const index = layout.indexByKey.get(key);
      const row = index === undefined ? undefined : layout.rows[index];
      if (!row) return;
      setActiveKey(key);
      if (row.type === 'group') toggle(key);
      else onSelect(key);
    },
    [layout, setActiveKey, toggle, onSelect],
  );

  const { apply } = edits;
  const describe = useCallback(
    (values: TaskEditValues, mode: DragMode) => editText({ i18n, ...values, showProgress: mode === 'progress' }),
    [i18n],
  );
  const onCommit = useCallback((command: EditCommand) => flushSync(() => apply(command)), [apply]);
  const pointer = useChartPointer({
    chartRef, scrollerRef, tipRef, bars, scale, rowHeight: ROW_HEIGHT, snapUnit: zoom.level.snapUnit, describe, onCommit, onClick: pick,
  });

  const onNudge = useCallback(
    (key: string, direction: 1 | -1, byUnit: boolean) => {
      const bar = barOf(layout.indexByKey.get(key) ?? -1);
      if (!bar?.editable) return;
      const before = { start: bar.start, due: bar.due, progress: bar.progress };
      const after = nudge({ before, direction, unit: byUnit ? zoom.level.snapUnit : 'DAY' });
      if (after.start !== before.start || after.due !== before.due) apply({ taskId: key, before, after });
    },
    [barOf, layout, zoom.level.snapUnit, apply],
  );
  const { setScale } = zoom;
  const onZoomStep = useCallback(
    (direction: 1 | -1) => setScale({ zoom: stepZoom({ pxPerDay: zoom.pxPerDay, direction }).id, pxPerDay: null }),
    [setScale, zoom.pxPerDay],
  );
  const onGoToDate = useCallback(
    (date: string) => {
      const offsetX = chartWidth / 3;
      if (zoom.setting.zoom === 'FIT') {
        setScale({ zoom: 'MONTH', pxPerDay: null }, { anchor: { day: dayIndexOf({ date }) - dayIndexOf({ date: domain.start }), offsetX } });
      } else if (scrollerRef.current) {
        scrollerRef.current.scrollLeft = Math.max(0, dateToX({ scale, date }) - offsetX);
      }
    },
    [chartWidth, zoom.setting.zoom, setScale, domain.start, scale],
  );
  const onKeyDown = useTimelineKeyboard({
    layout, activeKey: nav.activeKey, focusRow: nav.focusRow, toggle, open: pick, nudge: onNudge, zoom: onZoomStep,
    undo: edits.undo, redo: edits.redo, cancelDrag: pointer.cancel,
  });
  const { setSort, sort } = data;
  const onSort = useCallback((key: SortKey) => setSort(nextSort({ current: sort, key })), [setSort, sort]);

  const onZoom = useCallback((level: ZoomLevelId) => setScale({ zoom: level, pxPerDay: null }), [setScale]);
  const onFit = useCallback(() => setScale({ zoom: 'FIT', pxPerDay: null }), [setScale]);
  const onGrouping = useCallback((grouping: Grouping) => emit({ grouping }), [emit]);
  const onSearch = useCallback((value: string) => emit({ search: value }), [emit]);

  const rootStyle = { ...METRIC_VARIABLES, ...columnVariables({ widths: columns.widths }) } as CSSProperties;
  return (
    <div ref={rootRef} className="tl-root" style={rootStyle}>
      <TimelineToolbar
        zoom={zoom.setting.zoom}
        onZoom={onZoom}
        onZoomStep={onZoomStep}
        onFit={onFit}
        today={today}
        domain={domain}
        onGoToDate={onGoToDate}
        grouping={state.grouping}
        onGrouping={onGrouping}
        search={state.search}
        matchCount={search.matches.length}
        currentMatch={search.current}
        onSearch={onSearch}
        onSearchStep={search.step}
        canUndo={edits.canUndo}
        canRedo={edits.canRedo}
        onUndo={edits.undo}
        onRedo={edits.redo}
      />
      <EditNotice notice={edits.notice} announcement={edits.announcement} onDismiss={edits.dismiss} onReload={onReload} />
      <p id={helpId} className="tl-visually-hidden">
        {i18n.t('timeline.chart.help')}
      </p>
      <ChartCanvas
        scrollerRef={scrollerRef}
        chartRef={chartRef}
        tipRef={tipRef}
        helpId={helpId}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        pointer={pointer}
        rowCount={layout.rows.length}
        contentWidth={contentWidth}
        window={window}
        placed={placed}
        decor={decor}
        edges={edges}
        barOf={barOf}
        focusKey={focusKey}
        selected={state.selected}
        selectedIndex={state.selected === null ? -1 : (layout.indexByKey.get(state.selected) ?? -1)}
        search={search}
        sort={sort}
        onSort={onSort}
        columns={columns}
        onToggle={toggle}
        onPick={pick}
      />
    </div>
  );
}
