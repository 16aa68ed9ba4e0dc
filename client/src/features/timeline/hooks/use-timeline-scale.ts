import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { resolveScale, type ResolvedScale } from '../model/zoom-levels.js';
import type { ZoomSetting } from '../model/types.js';
import type { EmitViewState } from './use-view-emitter.js';

/** A day (fractional, from the chart's origin) held at `offsetX` pixels from the chart viewport's left edge. */
export interface ZoomAnchor {
  day: number;
  offsetX: number;
}

export interface ScaleSetting {
  zoom: ZoomSetting;
  pxPerDay: number | null;
}

export interface TimelineScale extends ResolvedScale {
  setting: ScaleSetting;
  /** Changes the zoom, keeping `anchor` (default: the middle of the view) in place. */
  setScale: (next: ScaleSetting, options?: { anchor?: ZoomAnchor; debounce?: boolean }) => void;
  /** Set by setScale, consumed by the scroll keeper once the new scale is drawn. */
  anchorRef: RefObject<ZoomAnchor | null>;
}

/**
 * The zoom the chart draws at. It answers at once (wheel zoom needs that), and tells the owner of the view
 * state afterwards; a zoom change coming from the owner (a link, the back button) is adopted.
 */
export function useTimelineScale(options: {
  zoom: ZoomSetting;
  pxPerDay: number | null;
  viewportWidth: number;
  totalDays: number;
  emit: EmitViewState;
}): TimelineScale {
  const { zoom, pxPerDay, viewportWidth, totalDays, emit } = options;
  const [setting, setSetting] = useState<ScaleSetting>({ zoom, pxPerDay });
  const anchorRef = useRef<ZoomAnchor | null>(null);

  useEffect(() => {
    setSetting((current) => (current.zoom === zoom && current.pxPerDay === pxPerDay ? current : { zoom, pxPerDay }));
  }, [zoom, pxPerDay]);

  const setScale = useCallback<TimelineScale['setScale']>(
    (next, opts) => {
      anchorRef.current = opts?.anchor ?? null;
      setSetting(next);
      emit({ zoom: next.zoom, pxPerDay: next.pxPerDay }, { debounce: opts?.debounce ?? false });
    },
    [emit],
  );

  const resolved = resolveScale({ zoom: setting.zoom, pxPerDay: setting.pxPerDay, viewportWidth, totalDays });
  return { ...resolved, setting, setScale, anchorRef };
}
