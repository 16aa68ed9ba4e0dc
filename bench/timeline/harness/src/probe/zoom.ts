import { PX_PER_DAY, type Adapter, type ZoomLevel } from './adapter.js';
import { paintedWhen } from './frames.js';

/**
 * Milliseconds from starting a zoom change to the paint of the first frame that shows the new scale: the time
 * axis has the new level's width (within 5 %; the peers pad the range by a cell or two) and bars are in the DOM.
 * Each library commits axis, header and bars together (one React commit; DHTMLX renders synchronously), so the
 * axis width tells that the new scale is drawn. Null on timeout.
 */
export async function timedZoom(adapter: Adapter, from: ZoomLevel, to: ZoomLevel, timeoutMs: number): Promise<number | null> {
  const before = adapter.timelineWidth();
  const expected = (before * PX_PER_DAY[to]) / PX_PER_DAY[from];
  const started = performance.now();
  adapter.zoom(to);
  const painted = await paintedWhen(
    () => Math.abs(adapter.timelineWidth() - expected) <= expected * 0.05 && adapter.bars().length > 0,
    timeoutMs,
  );
  return painted === null ? null : painted - started;
}
