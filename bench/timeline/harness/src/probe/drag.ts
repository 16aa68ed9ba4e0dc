import type { Adapter } from './adapter.js';
import { barsInView } from './geometry.js';
import { frames, sleep } from './frames.js';

export interface DragTarget {
  id: string;
  /** Where to press, in viewport coordinates: the middle of the bar, in its upper half (clear of handles). */
  x: number;
  y: number;
  width: number;
}

/**
 * The first draggable bar with at least 60 px of it visible in the chart viewport, leaving room to move `dx` to
 * the right. The press goes to the middle of its visible part, in the upper half of the bar and at least 20 px
 * from either end: clear of the resize handles and of ours' progress handle (lower half).
 */
export function pickDragTarget(adapter: Adapter, dx: number, skip: ReadonlySet<string>): DragTarget | null {
  const view = adapter.chartViewport();
  for (const bar of barsInView(adapter)) {
    const id = adapter.idOf(bar);
    if (id === null || skip.has(id) || !adapter.draggable(bar)) continue;
    const rect = bar.getBoundingClientRect();
    const left = Math.max(rect.left + 20, view.left + 8);
    const right = Math.min(rect.right - 20, view.right - dx - 8);
    if (right - left >= 40 && rect.top >= view.top && rect.bottom <= view.bottom) {
      return { id, x: (left + right) / 2, y: rect.top + rect.height * 0.35, width: rect.width };
    }
  }
  return null;
}

/**
 * A drag target; when no bar in view qualifies, scrolls the chart sideways to the start of a rendered bar in a
 * visible row (the time in view after a zoom may hold no bar at all) and looks again.
 */
export async function findDragTarget(adapter: Adapter, dx: number, skip: ReadonlySet<string>): Promise<DragTarget | null> {
  const found = pickDragTarget(adapter, dx, skip);
  if (found) return found;
  const view = adapter.chartViewport();
  const candidate = Array.from(adapter.bars()).find((bar) => {
    const id = adapter.idOf(bar);
    const rect = bar.getBoundingClientRect();
    return (
      id !== null && !skip.has(id) && adapter.draggable(bar) && rect.width >= 100 && rect.top >= view.top && rect.bottom <= view.bottom
    );
  });
  if (!candidate) return null;
  const position = adapter.scrollPosition();
  const shift = candidate.getBoundingClientRect().left - view.left - 100;
  adapter.scrollTo(Math.max(0, Math.min(position.maxLeft, position.left + shift)), position.top);
  await frames(3);
  await sleep(300);
  return pickDragTarget(adapter, dx, skip);
}

interface Sample {
  left: number;
  width: number;
  dragging: boolean;
  paintedAt: number;
}

export interface DragOutcome {
  ms: number | null;
  reason?: string;
  movedPx?: number;
}

/**
 * Watches one drag: notes where the bar was, the time of the pointer release (the event's own timestamp), then
 * samples the bar in every frame for `watchMs`. The commit time is the paint of the first frame after the
 * release in which the bar is no longer drawn as a drag preview and stands where it finally settles.
 */
export function watchDrag(adapter: Adapter, id: string, watchMs: number): () => Promise<DragOutcome> {
  const origin = adapter.barOf(id)?.getBoundingClientRect() ?? null;
  const samples: Sample[] = [];
  let releasedAt: number | null = null;
  let finished: Promise<void> | null = null;

  const sampleFrames = () =>
    new Promise<void>((resolve) => {
      const tick = () => {
        const bar = adapter.barOf(id);
        const rect = bar?.getBoundingClientRect();
        const sample = {
          left: rect?.left ?? NaN,
          width: rect?.width ?? NaN,
          dragging: bar ? adapter.isDragging(bar) : false,
          paintedAt: 0,
        };
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          sample.paintedAt = performance.now();
          samples.push(sample);
          if (releasedAt !== null && sample.paintedAt - releasedAt < watchMs) requestAnimationFrame(tick);
          else resolve();
        };
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(tick);
    });

  const onRelease = (event: PointerEvent) => {
    window.removeEventListener('pointerup', onRelease, true);
    releasedAt = Math.min(event.timeStamp, performance.now());
    finished = sampleFrames();
  };
  window.addEventListener('pointerup', onRelease, true);

  return async () => {
    for (let waited = 0; finished === null && waited < 5000; waited += 50) await sleep(50);
    if (finished === null || releasedAt === null || origin === null) return { ms: null, reason: 'no pointer release seen' };
    await finished;
    const last = samples[samples.length - 1];
    if (!last || Number.isNaN(last.left)) return { ms: null, reason: 'bar not found after the drop' };
    const movedPx = last.left - origin.left;
    if (Math.abs(movedPx) < 10) return { ms: null, reason: 'the bar did not move', movedPx };
    const first = samples.find((s) => !s.dragging && Math.abs(s.left - last.left) < 1 && Math.abs(s.width - last.width) < 1);
    return first ? { ms: first.paintedAt - releasedAt, movedPx } : { ms: null, reason: 'no settled frame', movedPx };
  };
}
