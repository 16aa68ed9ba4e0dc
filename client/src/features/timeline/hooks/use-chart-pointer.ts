import { useCallback, useEffect, useRef, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { BarGeometry } from '../model/bar-geometry.js';
import type { TimeUnit } from '../model/calendar-units.js';
import { dragReducer, IDLE, type DragMode, type DragState } from '../model/drag.js';
import { barsAround, hitTest, LINK_PX, type BarPart } from '../model/hit-test.js';
import type { TimeScale } from '../model/scale.js';
import type { TaskEditValues } from '../model/types.js';
import type { EditCommand } from '../model/undo-stack.js';
import { arrowsOf, moveArrows, restoreArrows, type DraggedArrow } from './arrow-preview.js';
import { clearPreview, hideTip, showPreview, showTip } from './bar-preview.js';
import { useLinkGesture, type DrawnLink } from './use-link-gesture.js';

const MODES: Record<BarPart, DragMode> = {
  body: 'move',
  start: 'resize-start',
  end: 'resize-end',
  progress: 'progress',
  'link-start': 'move',
  'link-end': 'move',
};
const PAN_THRESHOLD_PX = 4;

interface Pan {
  pointerId: number;
  clientX: number;
  clientY: number;
  scrollLeft: number;
  scrollTop: number;
  moved: boolean;
  key: string | null;
}

/** The pointer in chart coordinates, from its travel since pointerdown (no layout read during a drag). */
function pointerPosition(origin: { clientX: number; clientY: number; x: number; y: number } | null, event: ReactPointerEvent<HTMLElement>) {
  return origin ? { x: origin.x + event.clientX - origin.clientX, y: origin.y + event.clientY - origin.clientY } : { x: 0, y: 0 };
}

export interface ChartPointerHandlers {
  onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerCancel: (event: ReactPointerEvent<HTMLElement>) => void;
  /** A double-click on empty chart space (not on a bar). */
  onDoubleClick: (event: ReactMouseEvent<HTMLElement>) => void;
  /** Cancels a drag in progress (Escape); true when there was one. */
  cancel: () => boolean;
}

/**
 * Pointer gestures on the chart: dragging an editable bar (move, resize either end, progress) through the
 * drag state machine with pointer capture and a CSS preview; panning by dragging anything else; a press
 * without travel is a click. What is under the pointer comes from hit-testing the model's geometry.
 */
export function useChartPointer(options: {
  chartRef: RefObject<HTMLElement | null>;
  scrollerRef: RefObject<HTMLElement | null>;
  tipRef: RefObject<HTMLElement | null>;
  /** Any row's bar: what is under the pointer, and the other ends of the dragged bar's arrows. */
  barOf: (rowIndex: number) => BarGeometry | null;
  scale: TimeScale;
  rowHeight: number;
  snapUnit: TimeUnit;
  describe: (values: TaskEditValues, mode: DragMode) => string;
  onCommit: (command: EditCommand) => void;
  onClick: (key: string | null) => void;
  /** The line drawn while linking two bars. */
  linkRef: RefObject<SVGSVGElement | null>;
  /** Given, bars get connectors to draw dependencies from. */
  onLink?: (link: DrawnLink) => void;
  /** Given, a double-click on empty chart space reports where, in chart coordinates. */
  onEmptyDoubleClick?: (at: { x: number; y: number }) => void;
}): ChartPointerHandlers {
  const latest = useRef(options);
  const onLink = useCallback((link: DrawnLink) => latest.current.onLink?.(link), []);
  const link = useLinkGesture({ chartRef: options.chartRef, linkRef: options.linkRef, barOf: options.barOf, rowHeight: options.rowHeight, onLink });
  useEffect(() => {
    latest.current = options;
  });
  const drag = useRef<DragState>(IDLE);
  const dragged = useRef<{
    element: HTMLElement;
    bar: BarGeometry;
    arrows: DraggedArrow[];
    clientX: number;
    clientY: number;
    x: number;
    y: number;
  } | null>(null);
  const pan = useRef<Pan | null>(null);

  const finish = useCallback((state: DragState) => {
    const current = dragged.current;
    const { onCommit, onClick, tipRef } = latest.current;
    dragged.current = null;
    drag.current = IDLE;
    hideTip({ tip: tipRef.current });
    // Arrows back as React drew them first, so the commit's render (same task, no paint between) redraws them.
    if (current) restoreArrows({ arrows: current.arrows });
    if (state.phase === 'committed') onCommit({ taskId: state.taskId, before: state.before, after: state.after });
    if (current) clearPreview({ element: current.element });
    if (state.phase === 'cancelled' && state.reason === 'click') onClick(state.taskId);
  }, []);

  const send = useCallback(
    (event: Parameters<typeof dragReducer>[0]['event']) => {
      const { scale, snapUnit, rowHeight, describe, tipRef } = latest.current;
      const next = dragReducer({ state: drag.current, event, config: { pxPerDay: scale.pxPerDay, snapUnit } });
      drag.current = next;
      const current = dragged.current;
      if (next.phase === 'dragging' && current) {
        const moved = showPreview({ element: current.element, bar: current.bar, proposal: next.proposal, scale, rowHeight });
        if (moved) moveArrows({ arrows: current.arrows, bar: moved, rowHeight });
        showTip({ tip: tipRef.current, text: describe(next.proposal, next.mode), x: next.x + 12, y: current.bar.y - 26 });
      }
      if (next.phase === 'committed' || next.phase === 'cancelled') finish(next);
    },
    [finish],
  );

  const cancel = useCallback(() => {
    if (link.cancel()) return true;
    if (drag.current.phase !== 'pointing' && drag.current.phase !== 'dragging') return false;
    send({ type: 'escape' });
    return true;
  }, [send, link]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && cancel()) event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [cancel]);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const { chartRef, scrollerRef, barOf, rowHeight } = latest.current;
      const chart = chartRef.current;
      const scroller = scrollerRef.current;
      if (!chart || !scroller || event.button !== 0 || drag.current.phase === 'pointing' || drag.current.phase === 'dragging') return;
      const rect = chart.getBoundingClientRect();
      const x = event.clientX - rect.left;
      const y = event.clientY - rect.top;
      const hit = hitTest({ x, y, bars: barsAround({ y, rowHeight, barOf }), linkPx: latest.current.onLink ? LINK_PX : 0 });
      const element = hit ? chart.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(hit.key)}"]`) : null;
      event.currentTarget.setPointerCapture(event.pointerId);
      if (hit && link.begin(hit, event, { x, y })) return;
      if (hit && element && hit.bar.editable) {
        event.preventDefault();
        element.focus({ preventScroll: true });
        const arrows = arrowsOf({ chart, key: hit.key, barOf: latest.current.barOf });
        dragged.current = { element, bar: hit.bar, arrows, clientX: event.clientX, clientY: event.clientY, x, y };
        const before = { start: hit.bar.start, due: hit.bar.due, progress: hit.bar.progress };
        const mode = hit.bar.shape === 'milestone' ? 'move' : MODES[hit.part];
        send({
          type: 'pointer-down',
          taskId: hit.key,
          mode,
          pointerId: event.pointerId,
          x,
          y,
          before,
          barX: hit.bar.x,
          barWidth: hit.bar.width,
        });
        return;
      }
      pan.current = {
        pointerId: event.pointerId,
        clientX: event.clientX,
        clientY: event.clientY,
        scrollLeft: scroller.scrollLeft,
        scrollTop: scroller.scrollTop,
        moved: false,
        key: hit?.key ?? (event.target as HTMLElement).closest<HTMLElement>('[data-row-key]')?.dataset.rowKey ?? null,
      };
    },
    [send, link],
  );

  const onPointerMove = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (link.move(event)) return;
      const p = pan.current;
      if (p && p.pointerId === event.pointerId) {
        const dx = event.clientX - p.clientX;
        const dy = event.clientY - p.clientY;
        if (!p.moved && Math.hypot(dx, dy) < PAN_THRESHOLD_PX) return;
        p.moved = true;
        const scroller = latest.current.scrollerRef.current;
        if (scroller) {
          scroller.scrollLeft = p.scrollLeft - dx;
          scroller.scrollTop = p.scrollTop - dy;
        }
        return;
      }
      if (drag.current.phase === 'pointing' || drag.current.phase === 'dragging') {
        send({ type: 'pointer-move', pointerId: event.pointerId, ...pointerPosition(dragged.current, event), shift: event.shiftKey });
      }
    },
    [send, link],
  );

  const onPointerUp = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (link.end(event)) return;
      const p = pan.current;
      if (p && p.pointerId === event.pointerId) {
        pan.current = null;
        if (!p.moved && p.key !== null) latest.current.onClick(p.key);
        return;
      }
      if (drag.current.phase === 'pointing' || drag.current.phase === 'dragging') {
        send({ type: 'pointer-up', pointerId: event.pointerId, ...pointerPosition(dragged.current, event), shift: event.shiftKey });
      }
    },
    [send, link],
  );

  const onPointerCancel = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (link.cancel()) return;
      if (pan.current?.pointerId === event.pointerId) pan.current = null;
      else send({ type: 'pointer-cancel', pointerId: event.pointerId });
    },
    [send, link],
  );

  const onDoubleClick = useCallback((event: ReactMouseEvent<HTMLElement>) => {
    const { chartRef, barOf, rowHeight, onEmptyDoubleClick } = latest.current;
    const chart = chartRef.current;
    if (!chart || !onEmptyDoubleClick) return;
    const rect = chart.getBoundingClientRect();
    const at = { x: event.clientX - rect.left, y: event.clientY - rect.top };
    if (hitTest({ ...at, bars: barsAround({ y: at.y, rowHeight, barOf }), linkPx: LINK_PX }) || (event.target as HTMLElement).closest('[data-row-key]')) return;
    event.preventDefault();
    onEmptyDoubleClick(at);
  }, []);

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onDoubleClick, cancel };
}
