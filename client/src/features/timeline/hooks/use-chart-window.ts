import { useCallback, useMemo, type RefObject } from 'react';
import type { LocalDate } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import type { BarGeometry } from '../model/bar-geometry.js';
import type { DependencyEdge, PlacedEdge } from '../model/dependency-paths.js';
import type { TimelineLayout } from '../model/layout.js';
import { placeRows, type PlacedRow } from '../model/row-geometry.js';
import type { TimeScale } from '../model/scale.js';
import type { TaskEditValues, TimelineMarker } from '../model/types.js';
import type { VirtualWindow } from '../model/virtual-window.js';
import type { ZoomLevel } from '../model/zoom-levels.js';
import { useChartDecor, type ChartDecor } from './use-chart-decor.js';
import { usePlacedEdges } from './use-placed-edges.js';
import { useVirtualWindow } from './use-virtual-window.js';

export interface ChartWindowInputs {
  scrollerRef: RefObject<HTMLElement | null>;
  /** The scrollLeft a zoom is about to set (see useHorizontalPosition). */
  pendingLeft: number | null;
  /** Reads the horizontal position first, while the layout is clean (before the window's render writes). */
  onPositionScroll: () => void;
  layout: TimelineLayout;
  scale: TimeScale;
  level: ZoomLevel;
  overrides: ReadonlyMap<string, TaskEditValues>;
  /** The focused row, rendered wherever it is (-1: none). */
  activeIndex: number;
  edges: readonly DependencyEdge[];
  barOf: (rowIndex: number) => BarGeometry | null;
  markers: readonly TimelineMarker[];
  today: LocalDate;
  domainEnd: LocalDate;
  rowHeight: number;
  contentWidth: number;
  viewportWidth: number;
  viewportHeight: number;
}

export interface ChartWindow {
  visible: VirtualWindow;
  placed: PlacedRow[];
  edges: PlacedEdge[];
  decor: ChartDecor;
  onScroll: () => void;
}

/**
 * What the chart draws for the scroller's position: the window's rows with their bars, the arrows and the
 * header cells and markers across it. Kept in the component that draws them, so that scrolling renders the
 * chart and nothing above it.
 */
export function useChartWindow(options: ChartWindowInputs): ChartWindow {
  const { scrollerRef, pendingLeft, onPositionScroll, layout, scale, level, overrides, activeIndex, rowHeight } = options;
  const i18n = useI18n();
  const { window: visible, onScroll: onWindowScroll } = useVirtualWindow({
    scrollerRef,
    pendingLeft,
    rowCount: layout.rows.length,
    rowHeight,
    contentWidth: options.contentWidth,
    viewportWidth: options.viewportWidth,
    viewportHeight: options.viewportHeight,
  });
  const { firstRow, lastRow } = visible;
  const placed = useMemo(
    () => placeRows({ layout, firstRow, lastRow, extra: activeIndex, scale, rowHeight, edits: overrides }),
    [layout, firstRow, lastRow, activeIndex, scale, rowHeight, overrides],
  );
  const edges = usePlacedEdges({ edges: options.edges, visible, barOf: options.barOf, rowHeight });
  const decor = useChartDecor({ scale, level, visible, markers: options.markers, today: options.today, domainEnd: options.domainEnd, i18n });
  const onScroll = useCallback(() => {
    onPositionScroll();
    onWindowScroll();
  }, [onPositionScroll, onWindowScroll]);
  return { visible, placed, edges, decor, onScroll };
}
