import { useCallback, useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { DependencyType } from '@lotrinh/shared';
import type { BarGeometry } from '../model/bar-geometry.js';
import { barsAround, hitTest, type Hit } from '../model/hit-test.js';
import { linkTypeFor, type LinkSide } from '../model/link.js';
import { hideLinkPreview, markLinkTarget, showLinkPreview } from './link-preview.js';

/** A dependency drawn by the pointer: `to` depends on `from`. */
export interface DrawnLink {
  from: string;
  to: string;
  type: DependencyType;
}

interface Gesture {
  pointerId: number;
  from: string;
  side: LinkSide;
  /** Where the line starts (the connector), in chart coordinates. */
  x0: number;
  y0: number;
  clientX: number;
  clientY: number;
  x: number;
  y: number;
  target: Hit | null;
}

export interface LinkGesture {
  /** Starts drawing from a connector hit; false when the hit is not a connector. */
  begin: (hit: Hit, event: ReactPointerEvent<HTMLElement>, at: { x: number; y: number }) => boolean;
  /** Follows the pointer; false when no link is being drawn by this pointer. */
  move: (event: ReactPointerEvent<HTMLElement>) => boolean;
  end: (event: ReactPointerEvent<HTMLElement>) => boolean;
  /** Cancels (Escape, pointer cancel); true when a link was being drawn. */
  cancel: () => boolean;
}

/**
 * Drawing a dependency: press a bar's connector (just past either end), drag to another bar, release. The
 * line and the target's outline are drawn straight to the DOM; the target and the kind of link come from
 * hit-testing the model's geometry (see `linkTypeFor`).
 */
export function useLinkGesture(options: {
  chartRef: RefObject<HTMLElement | null>;
  linkRef: RefObject<SVGSVGElement | null>;
  barOf: (rowIndex: number) => BarGeometry | null;
  rowHeight: number;
  onLink: (link: DrawnLink) => void;
}): LinkGesture {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const gesture = useRef<Gesture | null>(null);

  const stop = useCallback(() => {
    const { chartRef, linkRef } = latest.current;
    gesture.current = null;
    hideLinkPreview({ svg: linkRef.current });
    markLinkTarget({ chart: chartRef.current, key: null });
  }, []);

  const begin = useCallback((hit: Hit, event: ReactPointerEvent<HTMLElement>, at: { x: number; y: number }) => {
    if (hit.part !== 'link-start' && hit.part !== 'link-end') return false;
    const side: LinkSide = hit.part === 'link-start' ? 'start' : 'end';
    const { bar } = hit;
    event.preventDefault();
    gesture.current = {
      pointerId: event.pointerId,
      from: hit.key,
      side,
      x0: side === 'start' ? bar.x : bar.x + bar.width,
      y0: bar.y + bar.height / 2,
      clientX: event.clientX,
      clientY: event.clientY,
      x: at.x,
      y: at.y,
      target: null,
    };
    return true;
  }, []);

  const move = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    const g = gesture.current;
    if (!g || g.pointerId !== event.pointerId) return false;
    const x = g.x + event.clientX - g.clientX;
    const y = g.y + event.clientY - g.clientY;
    const { barOf, rowHeight, chartRef, linkRef } = latest.current;
    const hit = hitTest({ x, y, bars: barsAround({ y, rowHeight, barOf }) });
    g.target = hit && hit.key !== g.from && hit.bar.editable ? hit : null;
    showLinkPreview({ svg: linkRef.current, x0: g.x0, y0: g.y0, x1: x, y1: y });
    markLinkTarget({ chart: chartRef.current, key: g.target?.key ?? null });
    return true;
  }, []);

  const end = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const g = gesture.current;
      if (!g || g.pointerId !== event.pointerId) return false;
      move(event);
      const target = g.target;
      const x = g.x + event.clientX - g.clientX;
      stop();
      if (target) latest.current.onLink({ from: g.from, to: target.key, type: linkTypeFor({ side: g.side, x, target: target.bar }) });
      return true;
    },
    [move, stop],
  );

  const cancel = useCallback(() => {
    if (!gesture.current) return false;
    stop();
    return true;
  }, [stop]);

  return useMemo(() => ({ begin, move, end, cancel }), [begin, move, end, cancel]);
}
