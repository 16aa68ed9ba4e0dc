import type { Adapter } from './adapter.js';
import { afterThisPaint } from './frames.js';

export interface ScrollScript {
  axis: 'x' | 'y';
  pxPerSecond: number;
  durationMs: number;
}

/** A position moving at constant speed from `from`, bouncing between 0 and `max`. */
function bounce(from: number, travel: number, max: number): number {
  if (max <= 0) return 0;
  const period = 2 * max;
  const at = (((from + travel) % period) + period) % period;
  return at <= max ? at : period - at;
}

/**
 * Scrolls the chart along one axis at constant speed (the target follows the clock, so a slow frame makes the
 * next jump bigger, as a real fling does), one step per animation frame, and returns the frame-to-frame times
 * (deltas of the requestAnimationFrame timestamps). Each step is applied in a task just after the frame's paint,
 * as input arrives between frames, so the probe never forces a layout the library left pending. Ends back where
 * it started.
 */
export function scriptedScroll(adapter: Adapter, script: ScrollScript): Promise<number[]> {
  const origin = adapter.scrollPosition();
  const deltas: number[] = [];
  return new Promise((resolve) => {
    let start: number | null = null;
    let last = 0;
    const step = (now: number) => {
      if (start === null) start = now;
      else deltas.push(now - last);
      last = now;
      const elapsed = now - start;
      const travel = (script.pxPerSecond * elapsed) / 1000;
      afterThisPaint(() => {
        if (elapsed >= script.durationMs) {
          adapter.scrollTo(origin.left, origin.top);
          resolve(deltas);
          return;
        }
        if (script.axis === 'y') adapter.scrollTo(origin.left, bounce(origin.top, travel, origin.maxTop));
        else adapter.scrollTo(bounce(origin.left, travel, origin.maxLeft), origin.top);
        requestAnimationFrame(step);
      });
    };
    requestAnimationFrame(step);
  });
}
