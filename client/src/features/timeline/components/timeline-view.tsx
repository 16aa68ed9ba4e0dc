import { useCallback, useId, useImperativeHandle, useMemo, useRef, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../../../i18n/i18n.js';
import { columnVariables, useColumnWidths } from '../hooks/use-column-widths.js';
import { useChartPointer } from '../hooks/use-chart-pointer.js';
import { useCreateTask } from '../hooks/use-create-task.js';
import { useEdits } from '../hooks/use-edits.js';
import { useElementSize } from '../hooks/use-element-size.js';
import { useFillHeight } from '../hooks/use-fill-height.js';
import { useRowCommands } from '../hooks/use-row-commands.js';
import { useHorizontalPosition } from '../hooks/use-horizontal-position.js';
import { usePageUndo } from '../hooks/use-page-undo.js';
import { usePrintMode } from '../hooks/use-print-mode.js';
import { useRevealMatches, useSearchMatches } from '../hooks/use-search-matches.js';
import { useTimelineData } from '../hooks/use-timeline-data.js';
import { useTimelineKeyboard } from '../hooks/use-timeline-keyboard.js';
import { useTimelineNavigation } from '../hooks/use-timeline-navigation.js';
import { useTaskCommands } from '../hooks/use-task-commands.js';
import { useTimelineScale } from '../hooks/use-timeline-scale.js';
import { useViewEmitter } from '../hooks/use-view-emitter.js';
import { useWheelZoom } from '../hooks/use-wheel-zoom.js';
import { useZoomCommands } from '../hooks/use-zoom-commands.js';
import { nextSort } from '../model/columns.js';
import type { DragMode } from '../model/drag.js';
import { filterOptions } from '../model/filter-options.js';
import { placeRow } from '../model/row-geometry.js';
import type { SortKey } from '../model/row-sort.js';
import type { Grouping, TaskEditValues, TimelineFilters, TimelineViewProps } from '../model/types.js';
import type { EditCommand } from '../model/undo-stack.js';
import { ChartCanvas } from './chart-canvas.js';
import { HEADER_HEIGHT, METRIC_VARIABLES, MIN_YEAR_PX, ROW_HEIGHT } from './chart-metrics.js';
import { CreateTaskDialog } from './create-task-dialog.js';
import { EditNotice } from './edit-notice.js';
import { FilterBar } from './filter-bar.js';
import { LinkPanel } from './link-panel.js';
import { editText } from './row-labels.js';
import { TimelinePrint } from './timeline-print.js';
import { TimelineToolbar } from './timeline-toolbar.js';
import '../timeline.css';

/**
 * The interactive Gantt timeline of the roadmap: toolbar, task list and chart side by side in one scroller
 * (the list sticks to the left, the headers to the top), virtualised by arithmetic, editable by pointer and
 * keyboard with optimistic, undoable saves; tasks created and dependencies drawn on it. The view state
 * lives with the owner (the URL).
 */
export function TimelineView(props: TimelineViewProps) {
  const { tasks, markers, today, state, onStateChange, onSelect, onReload, onCreateTask, onAddDependency, onRemoveDependency } = props;
  const i18n = useI18n();
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<SVGSVGElement>(null);
  const helpId = useId();

  const emit = useViewEmitter({ state, onStateChange });
  const data = useTimelineData({ tasks, state });
  const { layout, domain } = data;
  const columns = useColumnWidths({ rootRef });
  useFillHeight({ ref: scrollerRef });
  const size = useElementSize({ ref: scrollerRef, initial: { width: 1280, height: 640 } });
  // On a narrow screen the list keeps at most about half the width (its last columns are clipped), and
  // leaves the chart room for every year's label when the whole roadmap is fitted.
  const yearsRoom = Math.ceil((domain.totalDays / 365.25) * MIN_YEAR_PX);
  const listWidth = Math.min(columns.listWidth, Math.max(160, Math.min(Math.round(size.width * 0.55), size.width - yearsRoom)));
  const chartWidth = Math.max(1, size.width - listWidth);
  const bodyHeight = Math.max(0, size.height - HEADER_HEIGHT);
  const zoom = useTimelineScale({
    zoom: state.zoom,
    pxPerDay: state.pxPerDay,
    viewportWidth: chartWidth,
    totalDays: domain.totalDays,
    emit,
  });
  const scale = useMemo(() => ({ origin: domain.start, pxPerDay: zoom.pxPerDay }), [domain.start, zoom.pxPerDay]);
  const contentWidth = Math.max(chartWidth, Math.ceil(domain.totalDays * zoom.pxPerDay));
  // Scroll position first: its layout effects put a zoom's anchor in place before the window is measured.
  const position = useHorizontalPosition({
    scrollerRef,
    scale,
    viewportWidth: chartWidth,
    contentWidth,
    start: state.start,
    anchorRef: zoom.anchorRef,
    emit,
  });
  useWheelZoom({ scrollerRef, chartLeft: listWidth, scale: zoom });
  const handlers = {
    onReschedule: props.onReschedule,
    onSetProgress: props.onSetProgress,
    onDeleteTask: props.onDeleteTask,
    onRestoreTask: props.onRestoreTask,
    onAddDependency,
    onRemoveDependency,
    onUpdateTask: props.onUpdateTask,
    onUpdateDependency: props.onUpdateDependency,
  };
  const edits = useEdits({ tasks, handlers });
  const commands = useTaskCommands({ tasks, edits, onCreateTask, onUpdateTask: props.onUpdateTask, onSelect });
  useImperativeHandle(props.ref, () => ({ updateTask: commands.update }), [commands.update]);
  usePageUndo({ undo: edits.undo, redo: edits.redo });
  const options = useMemo(() => filterOptions({ tasks }), [tasks]);
  const search = useSearchMatches({ tasks: data.filtered, layout, query: state.search });
  useRevealMatches({
    matches: search.allMatches,
    tasks: data.filtered,
    grouping: state.grouping,
    collapsed: data.collapsed,
    expand: data.expand,
  });

  const barOf = useCallback(
    (index: number) => placeRow({ layout, index, scale, rowHeight: ROW_HEIGHT, edits: edits.overrides })?.bar ?? null,
    [layout, scale, edits.overrides],
  );
  const nav = useTimelineNavigation({
    scrollerRef,
    chartRef,
    layout,
    barOf,
    rowHeight: ROW_HEIGHT,
    bodyHeight,
    chartWidth,
    selected: state.selected,
    searchKey: search.currentKey,
    initialStart: state.start,
  });
  const activeIndex = nav.activeKey === null ? -1 : (layout.indexByKey.get(nav.activeKey) ?? -1);

  const { apply } = edits;
  const { pick, nudgeRow } = useRowCommands({
    layout,
    barOf,
    snapUnit: zoom.level.snapUnit,
    setActiveKey: nav.setActiveKey,
    toggle: data.toggle,
    onSelect,
    apply,
  });
  const describe = useCallback(
    (values: TaskEditValues, mode: DragMode) => editText({ i18n, ...values, showProgress: mode === 'progress' }),
    [i18n],
  );
  const onCommit = useCallback((command: EditCommand) => flushSync(() => apply(command)), [apply]);
  const creating = useCreateTask({ layout, scale, rowHeight: ROW_HEIGHT, grouping: state.grouping, create: commands.create });
  const pointer = useChartPointer({
    chartRef,
    scrollerRef,
    tipRef,
    barOf,
    scale,
    rowHeight: ROW_HEIGHT,
    snapUnit: zoom.level.snapUnit,
    describe,
    onCommit,
    onClick: pick,
    linkRef,
    onLink: onAddDependency ? commands.link : undefined,
    onEmptyDoubleClick: onCreateTask ? creating.openAt : undefined,
  });

  const zoomCommands = useZoomCommands({ zoom, scale, scrollerRef, chartWidth });
  const { cancel: cancelPointer } = pointer;
  const { cancelLink } = commands;
  const cancelDrag = useCallback(() => cancelPointer() || cancelLink(), [cancelPointer, cancelLink]);
  const onKeyDown = useTimelineKeyboard({
    layout,
    activeKey: nav.activeKey,
    focusRow: nav.focusRow,
    toggle: data.toggle,
    open: pick,
    nudge: nudgeRow,
    zoom: zoomCommands.step,
    undo: edits.undo,
    redo: edits.redo,
    link: onAddDependency ? commands.keyLink : undefined,
    cancelDrag,
  });
  const { setSort, sort } = data;
  const onSort = useCallback((key: SortKey) => setSort(nextSort({ current: sort, key })), [setSort, sort]);

  const onGrouping = useCallback((grouping: Grouping) => emit({ grouping }), [emit]);
  const onSearch = useCallback((value: string) => emit({ search: value }), [emit]);
  const onFilters = useCallback((filters: TimelineFilters) => emit({ filters }), [emit]);
  const print = usePrintMode({ asOf: today });

  const rootStyle = {
    ...METRIC_VARIABLES,
    ...columnVariables({ widths: columns.widths }),
    '--tl-list-w': `${listWidth}px`,
  } as CSSProperties;
  return (
    <div ref={rootRef} className="tl-root" style={rootStyle} onKeyDown={onKeyDown}>
      <TimelineToolbar
        zoom={zoom.setting.zoom}
        onZoom={zoomCommands.zoomTo}
        onZoomStep={zoomCommands.step}
        onFit={zoomCommands.fit}
        today={today}
        domain={domain}
        onGoToDate={zoomCommands.goTo}
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
        onCreate={onCreateTask ? creating.open : undefined}
        print={print.controls}
      />
      <FilterBar
        filters={data.filters}
        options={options}
        shown={data.filtered.length}
        total={tasks.length}
        domain={domain}
        onChange={onFilters}
      />
      <EditNotice notice={edits.notice} announcement={edits.announcement} onDismiss={edits.dismiss} onReload={onReload} />
      <LinkPanel
        tasks={tasks}
        selected={state.selected}
        linkFrom={commands.linkFrom}
        onUnlink={onRemoveDependency ? commands.unlink : undefined}
        onChangeLink={props.onUpdateDependency ? commands.relink : undefined}
        onCancelLink={commands.cancelLink}
      />
      <p id={helpId} className="tl-visually-hidden">
        {i18n.t('timeline.chart.help')}
      </p>
      <ChartCanvas
        scrollerRef={scrollerRef}
        chartRef={chartRef}
        tipRef={tipRef}
        linkRef={linkRef}
        linking={onAddDependency !== undefined}
        helpId={helpId}
        pointer={pointer}
        pendingLeft={position.pendingLeft}
        onPositionScroll={position.onScroll}
        layout={layout}
        scale={scale}
        level={zoom.level}
        overrides={edits.overrides}
        activeIndex={activeIndex}
        edges={data.edges}
        barOf={barOf}
        markers={markers}
        today={today}
        domainEnd={domain.end}
        rowHeight={ROW_HEIGHT}
        contentWidth={contentWidth}
        viewportWidth={chartWidth}
        viewportHeight={bodyHeight}
        focusKey={activeIndex >= 0 ? nav.activeKey : null}
        selected={state.selected}
        selectedIndex={state.selected === null ? -1 : (layout.indexByKey.get(state.selected) ?? -1)}
        search={search}
        sort={sort}
        onSort={onSort}
        columns={columns}
        onToggle={data.toggle}
        onPick={pick}
      />
      <TimelinePrint
        mode={print.mode}
        controls={print.controls}
        onSnapshot={print.onSnapshot}
        rows={layout.rows}
        domain={domain}
        asOf={today}
        markers={markers}
        grouping={state.grouping}
        filters={data.filters}
        search={state.search}
        matchSet={search.matchSet}
        filterOptions={options}
        shown={data.filtered.length}
        total={tasks.length}
      />
      {onCreateTask && (
        <CreateTaskDialog
          initial={creating.draft}
          units={options.units}
          plans={options.plans}
          onCreate={creating.submit}
          onClose={creating.close}
        />
      )}
    </div>
  );
}
